import PlaceworksDomain

/// A rule's pair of fixtures: data on which it finds nothing, and data on which it finds the
/// expected subject at its registered severity.
public struct RuleFixture: Sendable, CustomStringConvertible {
    public let rule: RuleID
    public let passing: Dataset
    public let failing: Dataset
    /// The identifier of the subject the failing fixture must be reported about.
    public let subject: String
    public let asOf: Day

    public init(_ rule: RuleID, passing: Dataset, failing: Dataset, subject: String, asOf: Day = Fixtures.asOf) {
        self.rule = rule
        self.passing = passing
        self.failing = failing
        self.subject = subject
        self.asOf = asOf
    }

    public var description: String { rule.rawValue }
}

public enum Fixtures {
    /// The day fixtures are checked as of unless they say otherwise.
    public static let asOf: Day = "2022-04-01"

    /// The findings of one rule on `dataset`, with `extensions` registered.
    public static func findings(of rule: RuleID, in dataset: Dataset, asOf: Day = asOf,
                                extensions: [any PlaceworksExtension]) throws -> [Finding] {
        let registry = try Registry(extensions)
        return registry.check(dataset, asOf: asOf).findings.filter { $0.rule == rule }
    }

    /// The registered severity of a rule.
    public static func severity(of rule: RuleID, extensions: [any PlaceworksExtension]) throws -> Severity? {
        try Registry(extensions).rule(rule)?.rule.severity
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
}
