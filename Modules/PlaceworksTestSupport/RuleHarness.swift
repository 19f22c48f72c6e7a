import PlaceworksDomain
import Testing

/// The one way extension tests check their rules against fixtures: the passing fixture finds
/// nothing; the failing one is reported with the rule's ID, the pinned severity, the subject and
/// the place (and survives `--place`); and nothing is reported the day before the rule took effect.
///
/// ```swift
/// let harness = try RuleHarness([NationalGuidance(), SouthEastLondonExtension()])
/// @Test(arguments: fixtures) func rule(_ fixture: RuleFixture) throws { harness.expectAll(fixture) }
/// ```
public struct RuleHarness: Sendable {
    public let registry: Registry

    public init(_ extensions: [any PlaceworksExtension]) throws {
        registry = try Registry(extensions)
    }

    /// The findings of one rule on `dataset` as of `asOf`, optionally narrowed to one place. A note
    /// that the rule passes on an extension's assumption is a pass, so it is not among them.
    public func findings(of rule: RuleID, in dataset: Dataset, asOf: Day = Fixtures.asOf,
                         place: ID<Place>? = nil) -> [Finding] {
        registry.check(dataset, asOf: asOf, place: place).findings.filter { $0.rule == rule && !$0.restsOnAssumptions }
    }

    /// Every check below, on one fixture.
    public func expectAll(_ fixture: RuleFixture, sourceLocation: SourceLocation = #_sourceLocation) {
        expectPasses(fixture, sourceLocation: sourceLocation)
        expectFails(fixture, sourceLocation: sourceLocation)
        expectSilentBeforeEffective(fixture, sourceLocation: sourceLocation)
    }

    /// The passing fixture has no finding of the rule.
    public func expectPasses(_ fixture: RuleFixture, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = findings(of: fixture.rule, in: fixture.passing, asOf: fixture.asOf)
        #expect(found.isEmpty, "\(fixture): \(found.map(\.message))", sourceLocation: sourceLocation)
    }

    /// The failing fixture is reported about its subject, at the pinned severity, in its place;
    /// and checking only that place still reports it.
    public func expectFails(_ fixture: RuleFixture, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf)
            .filter { $0.subject.id == fixture.subject }
        let reported = findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf).map(\.subject.id)
        #expect(!found.isEmpty, "\(fixture): nothing reported about \(fixture.subject); reported: \(reported)",
            sourceLocation: sourceLocation)
        let severity = fixture.severity ?? registry.rule(fixture.rule)?.rule.severity
        #expect(found.allSatisfy { $0.severity == severity },
                "\(fixture): expected \(severity?.rawValue ?? "?"), got \(found.map(\.severity.rawValue))",
                sourceLocation: sourceLocation)
        if let place = fixture.place {
            #expect(found.allSatisfy { $0.place == place }, "\(fixture): places \(found.map { $0.place?.rawValue ?? "none" })",
                    sourceLocation: sourceLocation)
        }
        if let words = fixture.mentions {
            #expect(found.contains { $0.message.contains(words) },
                    "\(fixture): no message mentions “\(words)”: \(found.map(\.message))", sourceLocation: sourceLocation)
        }
        for finding in found {
            guard let place = finding.place else { continue }
            let narrowed = findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf, place: place)
            #expect(narrowed.contains(finding), "\(fixture): `--place \(place)` drops “\(finding.message)”",
                    sourceLocation: sourceLocation)
        }
    }

    /// Checked the day before the rule took effect, the failing fixture reports nothing of the rule.
    public func expectSilentBeforeEffective(_ fixture: RuleFixture,
                                            sourceLocation: SourceLocation = #_sourceLocation) {
        guard let start = registry.rule(fixture.rule)?.rule.effective.start else {
            Issue.record("\(fixture.rule) has no effective date", sourceLocation: sourceLocation)
            return
        }
        let found = findings(of: fixture.rule, in: fixture.failing, asOf: start.adding(days: -1))
        #expect(found.isEmpty, "\(fixture) fires on \(start.adding(days: -1)), before it took effect: \(found.map(\.message))",
                sourceLocation: sourceLocation)
    }

    /// Every rule `owner` registers has at least one fixture, and every fixture names a rule it registers.
    public func expectEveryRuleCovered(by fixtures: [RuleFixture], owner: String,
                                       sourceLocation: SourceLocation = #_sourceLocation) {
        let registered = Set(registry.rules.filter { $0.owner == owner }.map(\.rule.id))
        let covered = Set(fixtures.map(\.rule))
        #expect(registered.subtracting(covered).isEmpty, "no fixture for \(registered.subtracting(covered).sorted())",
                sourceLocation: sourceLocation)
        #expect(covered.subtracting(registered).isEmpty,
                "fixtures for rules \(owner) does not register: \(covered.subtracting(registered).sorted())",
                sourceLocation: sourceLocation)
    }

    /// The seat-list check: for each line of `requirements` (written from the paper), removing the
    /// seats that fill it from `dataset` makes `rule` report it, naming the line's title.
    public func expectEverySeatRequired(_ requirements: [SeatRequirement], rule: RuleID, body: ID<Body>,
                                        in dataset: Dataset, asOf: Day = Fixtures.asOf,
                                        sourceLocation: SourceLocation = #_sourceLocation) {
        let index = DatasetIndex(dataset)
        let seats = SeatFacts.of(body, data: index, on: asOf)
        #expect(findings(of: rule, in: dataset, asOf: asOf).isEmpty, "\(rule) fires on the complete body",
                sourceLocation: sourceLocation)
        for requirement in requirements {
            let filling = seats.filter(requirement.matches).map(\.seat.id)
            let without = dataset.with { $0.seats.removeAll { filling.contains($0.id) } }
            let found = findings(of: rule, in: without, asOf: asOf)
            #expect(found.contains { $0.message.contains(requirement.title) },
                    "\(rule) does not report “\(requirement.title)” missing: \(found.map(\.message))",
                    sourceLocation: sourceLocation)
        }
    }
}
