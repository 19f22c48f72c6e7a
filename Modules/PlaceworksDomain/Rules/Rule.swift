/// A requirement's identifier, as in the requirements catalogue (e.g. `NAT-MEM-1`).
public struct RuleID: StringValue, Comparable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An executable requirement: it checks the partnership as of a date and reports concerns.
///
/// ```swift
/// Rule(id: "SEL-LCP-5", severity: .error,
///      requirement: "The borough Director of Public Health is a member of each LCP committee.",
///      citations: [Citation(.thrivingPlaces, "§4")]) { context in
///     context.places.flatMap { … }
/// }
/// ```
public struct Rule: Sendable {
    public let id: RuleID
    public let severity: Severity
    /// The requirement in a sentence a board secretary understands.
    public let requirement: String
    public let citations: [Citation]
    /// The broader rules this one states more specifically (a borough's risk-register requirement
    /// refines the national one). When both find something about the same subject, the report
    /// keeps this rule's finding only, so one problem is reported once.
    public let refines: [RuleID]
    /// The days the requirement applies: from the day it took effect (the cited paper's date, or
    /// the date the paper sets), to the day it lapsed where it did. The engine runs the rule only
    /// on a day inside it, so no rule judges anything before its requirement existed.
    public let effective: Period
    public let check: @Sendable (RuleContext) -> [Concern]

    public init(id: RuleID, severity: Severity, requirement: String, citations: [Citation], refines: [RuleID] = [],
                effective: Period = .always, check: @escaping @Sendable (RuleContext) -> [Concern]) {
        self.id = id
        self.severity = severity
        self.requirement = requirement
        self.citations = citations
        self.refines = refines
        self.effective = effective
        self.check = check
    }

    /// Whether the requirement applies on `day`.
    public func isEffective(on day: Day) -> Bool { effective.contains(day) }
}

/// What a rule sees: the data (indexed), the day it is checked as of, and the places and ICSs
/// it applies to (those its extension covers, narrowed by what the user asked for).
public struct RuleContext: Sendable {
    public let data: DatasetIndex
    public let asOf: Day
    public let places: [Place]
    public let systems: [ICS]
    /// The days the running rule applies (its ``Rule/effective`` period). A rule that reads
    /// history (meetings, decisions) looks only at facts dated inside it: see ``isInEffect(_:)``.
    public let effective: Period
    /// What the extensions assumed about the records they ship (see ``passesOnAssumptions(_:about:)``).
    public let assumptions: Assumptions

    public init(data: DatasetIndex, asOf: Day, places: [Place], systems: [ICS], effective: Period = .always,
                assumptions: Assumptions = .none) {
        self.data = data
        self.asOf = asOf
        self.places = places
        self.systems = systems
        self.effective = effective
        self.assumptions = assumptions
    }

    /// Whether a fact dated `day` falls inside the running rule's effective period (a meeting held
    /// before the requirement existed is not judged against it).
    public func isInEffect(_ day: Day) -> Bool { effective.contains(day) }

    /// The first day the running rule applies, if it has one.
    public var effectiveFrom: Day? { effective.start }
}
