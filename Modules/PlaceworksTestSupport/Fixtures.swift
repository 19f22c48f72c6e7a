import PlaceworksDomain

/// A rule's pair of fixtures: data on which it finds nothing, and data on which it finds the
/// expected subject — at the severity the source's words give (`severity`, pinned in the test, not
/// read back from the rule) and in the expected place. Check it with ``RuleHarness``.
public struct RuleFixture: Sendable, CustomStringConvertible {
    public let rule: RuleID
    public let passing: Dataset
    public let failing: Dataset
    /// The identifier of the subject the failing fixture must be reported about.
    public let subject: String
    public let asOf: Day
    /// The severity the source's modal verb gives ("must"/"will": error; "should"/"expected"/
    /// "proposed"/"could", or a slipped date: warning). Nil: the rule's registered severity.
    public let severity: Severity?
    /// The place the finding must carry (so `place check --place` keeps it); nil: not checked.
    public let place: ID<Place>?
    /// A few words the finding's message must contain (e.g. the missing seat); nil: not checked.
    public let mentions: String?
    /// A name for the case, when a rule has several failing fixtures.
    public let label: String?

    public init(_ rule: RuleID, passing: Dataset, failing: Dataset, subject: String, asOf: Day = Fixtures.asOf,
                severity: Severity? = nil, place: ID<Place>? = nil, mentions: String? = nil, label: String? = nil) {
        self.rule = rule
        self.passing = passing
        self.failing = failing
        self.subject = subject
        self.asOf = asOf
        self.severity = severity
        self.place = place
        self.mentions = mentions
        self.label = label
    }

    public var description: String { label.map { "\(rule.rawValue) (\($0))" } ?? rule.rawValue }
}

public enum Fixtures {
    /// The day fixtures are checked as of unless they say otherwise.
    public static let asOf: Day = "2022-04-01"

    /// The findings of one rule on `dataset`, with `extensions` registered (a note that the rule
    /// passes on an extension's assumption is a pass, so it is not among them).
    public static func findings(of rule: RuleID, in dataset: Dataset, asOf: Day = asOf,
                                extensions: [any PlaceworksExtension]) throws -> [Finding] {
        try RuleHarness(extensions).findings(of: rule, in: dataset, asOf: asOf)
    }

    /// The registered severity of a rule.
    public static func severity(of rule: RuleID, extensions: [any PlaceworksExtension]) throws -> Severity? {
        try RuleHarness(extensions).registry.rule(rule)?.rule.severity
    }
}

extension Dataset {
    /// A copy changed by `change`.
    public func with(_ change: (inout Dataset) -> Void) -> Dataset {
        var copy = self
        change(&copy)
        return copy
    }

    /// Changes every record of a kind that matches an identifier.
    public mutating func update<E: Entity>(_ keyPath: WritableKeyPath<Dataset, [E]>, _ id: ID<E>,
                                           _ change: (inout E) -> Void) {
        for index in self[keyPath: keyPath].indices where self[keyPath: keyPath][index].id == id {
            change(&self[keyPath: keyPath][index])
        }
    }

    /// Removes the records of a kind with the given identifiers.
    public mutating func remove<E: Entity>(_ keyPath: WritableKeyPath<Dataset, [E]>, _ ids: ID<E>...) {
        self[keyPath: keyPath].removeAll { ids.contains($0.id) }
    }

    /// Records a recruitment to `seat`, open from `opened`, to be concluded by `target` (nil: no
    /// target date; the window is then the deadline recorded on the seat, if any).
    public mutating func recruit(to seat: ID<Seat>, opened: Day, target: Day? = nil) {
        recruitments.append(Recruitment(id: ID("recruitment-\(seat.rawValue)"), title: "Recruitment to \(seat.rawValue)",
                                        seat: seat, opened: opened, target: target))
    }
}
