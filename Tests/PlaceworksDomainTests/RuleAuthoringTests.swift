import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Rule authoring: effective periods, per-place helpers, problems and refinement")
struct RuleAuthoringTests {
    private func registry(_ rules: [Rule], narrower: [Rule] = []) throws -> Registry {
        try Registry([TestExtension("National", .national, documents: [.thrivingPlaces]) { $0.add(rules) }]
            + (narrower.isEmpty ? [] : [TestExtension("Testborough", .place(TestWorld.place)) { $0.add(narrower) }]))
    }

    private static let reportsEveryPlace = Rule(
        id: "NAT-T-1", severity: .error, requirement: "Reports every place.", citations: [Citation(.thrivingPlaces, "§1")],
        effective: Period(from: "2021-09-01")
    ) { context in
        context.places.map { Concern(about: $0, "\($0.name) checked.") }
    }

    @Test("A rule reports nothing the day before it took effect, and reports from that day")
    func dayBeforeEffective() throws {
        let registry = try registry([Self.reportsEveryPlace])
        #expect(registry.check(TestWorld.dataset, asOf: "2021-08-31").findings.isEmpty)
        #expect(registry.check(TestWorld.dataset, asOf: "2021-09-01").findings.map(\.rule) == ["NAT-T-1"])
    }

    @Test("A rule whose requirement lapsed reports nothing after its end")
    func afterEnd() throws {
        let lapsed = Rule(id: "NAT-T-2", severity: .error, requirement: "Lapsed.", citations: [],
                          effective: Period(from: "2009-01-01", to: "2012-03-31")) { context in
            context.places.map { Concern(about: $0, "checked") }
        }
        let registry = try registry([lapsed])
        #expect(registry.check(TestWorld.dataset, asOf: "2012-03-31").findings.count == 1)
        #expect(registry.check(TestWorld.dataset, asOf: "2012-04-01").findings.isEmpty)
    }

    @Test("A rule reading history sees its effective period and can leave earlier facts alone")
    func historyInsideEffectivePeriod() throws {
        let rule = Rule(id: "NAT-T-3", severity: .warning, requirement: "Meetings since it took effect.",
                        citations: [], effective: Period(from: "2022-03-11")) { context in
            context.places.flatMap { place in
                context.data.meetings(of: TestWorld.committee, through: context.asOf)
                    .filter { context.isInEffect($0.date) }.map { Concern(about: $0, "meeting", place: place.id) }
            }
        }
        // The only meeting (10 March 2022) predates the requirement.
        #expect(try registry([rule]).check(TestWorld.dataset, asOf: "2022-04-01").findings.isEmpty)
    }

    @Test("Rules written per place or per committee fill in the place, so `--place` keeps their findings")
    func perPlaceFillsPlace() throws {
        let perPlace = Rule.perPlace(id: "NAT-T-4", severity: .warning, requirement: "Per place.", citations: [],
                                     effective: Period(from: "2021-01-01")) { place, _ in
            [Concern(Subject(kind: .place, id: place.id.rawValue, name: place.name), "no place given")]
        }
        let perCommittee = Rule.perPlaceCommittee(id: "NAT-T-5", severity: .warning, requirement: "Per committee.",
                                                  citations: [], effective: Period(from: "2021-01-01")) { _, committee, _ in
            [Concern(committee.subject, "no place or body given")]
        }
        let registry = try registry([perPlace, perCommittee])
        let narrowed = registry.check(TestWorld.dataset, asOf: Fixtures.asOf, place: TestWorld.place).findings
        #expect(Set(narrowed.map(\.rule)) == ["NAT-T-4", "NAT-T-5"])
        #expect(narrowed.allSatisfy { $0.place == TestWorld.place })
        #expect(narrowed.first { $0.rule == "NAT-T-5" }?.body == TestWorld.committee)
    }

    @Test("A concern about a body of a place is kept by `--place` even when the rule gave no place")
    func placeFromBody() throws {
        let rule = Rule(id: "NAT-T-6", severity: .warning, requirement: "Bodies.", citations: []) { _ in
            [Concern(Subject(kind: .body, id: TestWorld.committee.rawValue, name: "committee"), "about a body",
                     body: TestWorld.committee)]
        }
        let findings = try registry([rule]).check(TestWorld.dataset, asOf: Fixtures.asOf, place: TestWorld.place).findings
        #expect(findings.map(\.place) == [TestWorld.place])
    }

    @Test("A concern may carry its own severity (a \"should\" clause inside a \"must\" rule)")
    func concernSeverity() throws {
        let rule = Rule(id: "NAT-T-7", severity: .error, requirement: "Two clauses.", citations: []) { context in
            context.places.flatMap { place in
                [Concern(about: place, "must clause"), Concern(about: place, "should clause").reported(as: .warning)]
            }
        }
        let findings = try registry([rule]).check(TestWorld.dataset, asOf: Fixtures.asOf).findings
        #expect(findings.map(\.severity) == [.error, .warning])
    }

    /// A broad rule with two problems about one subject, refined by a rule that restates one.
    private func refinement(narrowProblems: [String]) throws -> [Finding] {
        let broad = Rule(id: "NAT-T-8", severity: .error, requirement: "Two problems.", citations: []) { context in
            context.places.flatMap { place in
                [Concern(about: place, "no owner").about(problems: "risk:owner"),
                 Concern(about: place, "review date passed").about(problems: "risk:review-date")]
            }
        }
        let narrow = Rule(id: "TB-T-1", severity: .error, requirement: "The owner.", citations: [],
                          refines: ["NAT-T-8"]) { context in
            context.places.map { place in
                var concern = Concern(about: place, "no owner, in the borough's words")
                concern.problems = Set(narrowProblems)
                return concern
            }
        }
        return try registry([broad], narrower: [narrow]).check(TestWorld.dataset, asOf: Fixtures.asOf).findings
    }

    @Test("Refinement removes only the duplicate problem, not the broader rule's other findings about the subject")
    func refinementKeepsOtherProblems() throws {
        let findings = try refinement(narrowProblems: ["risk:owner"])
        #expect(Set(findings.map(\.message)) == ["no owner, in the borough's words", "review date passed"])
    }

    @Test("A refining finding that names no problem removes nothing the broader rule names")
    func refinementWithoutProblemsKeepsNamedOnes() throws {
        let findings = try refinement(narrowProblems: [])
        #expect(findings.count == 3)
    }
}
