/// A module that extends Placeworks for an ICS or a place: it declares what it covers and
/// registers its rules and data.
///
/// ```swift
/// public struct LambethExtension: PlaceworksExtension {
///     public init() {}
///     public var name: String { "Lambeth" }
///     public var coverage: Coverage { .place("E09000022") }
///     public func register(into registrar: inout Registrar) {
///         registrar.add(LambethData.dataset)
///         registrar.add(LambethRules.all)
///         registrar.tighten("NAT-MEM-1", to: .error)   // stricter, for Lambeth only
///     }
/// }
/// ```
///
/// The executables build the registry from one explicit list of extensions; there is no
/// load-time registration.
public protocol PlaceworksExtension: Sendable {
    /// The extension's name, as shown in messages ("Southwark").
    var name: String { get }
    /// What it covers; its rules apply there only.
    var coverage: Coverage { get }
    /// Adds the extension's rules, data and severity adjustments.
    func register(into registrar: inout Registrar)
    /// Where a shipped record comes from (see ``Provenance``); the default records none.
    func provenance(of kind: SubjectKind, _ id: String) -> Provenance?
    /// How reports for the extension's area are presented; nil (the default) for the standard look.
    var reportPresentation: ReportPresentation? { get }
}

extension PlaceworksExtension {
    public var reportPresentation: ReportPresentation? { nil }
}

/// What one extension registers.
public struct Registrar: Sendable {
    public let extensionName: String
    public let coverage: Coverage
    public private(set) var rules: [Rule] = []
    public private(set) var data = Dataset()
    public private(set) var adjustments: [SeverityAdjustment] = []
    /// Records the extension's own data defines twice.
    public private(set) var clashes: [Subject] = []

    public init(extensionName: String, coverage: Coverage) {
        self.extensionName = extensionName
        self.coverage = coverage
    }

    /// Registers a rule; it applies within the extension's coverage.
    public mutating func add(_ rule: Rule) { rules.append(rule) }

    /// Registers several rules.
    public mutating func add(_ rules: [Rule]) { self.rules.append(contentsOf: rules) }

    /// Registers data: ICSs, places, organisations, bodies and seats, workstreams, milestones,
    /// risks, budgets, delegations, options…
    public mutating func add(_ data: Dataset) {
        clashes += self.data.merge(data, overlap: .refuse)
    }

    /// Makes another extension's rule stricter within this extension's coverage.
    public mutating func tighten(_ rule: RuleID, to severity: Severity) {
        adjustments.append(SeverityAdjustment(rule: rule, severity: severity))
    }

    /// Asks to switch a rule off within this extension's coverage. The registry refuses this for
    /// any rule of another extension: national and ICS rules cannot be switched off locally.
    public mutating func disable(_ rule: RuleID) {
        adjustments.append(SeverityAdjustment(rule: rule, severity: nil))
    }
}

/// An extension's change to a rule's severity within its coverage; nil switches the rule off.
public struct SeverityAdjustment: Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity?
}
