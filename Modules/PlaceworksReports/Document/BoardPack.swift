import PlaceworksDomain

/// A place's board pack as of a day: everything the board reads, as plain values computed from the
/// data, its findings and its audit log. Renderers turn it into HTML, PDF, Markdown, CSV or JSON.
///
/// ```swift
/// let report = registry.check(dataset, asOf: "2022-04-01", place: "E09000028")
/// let pack = BoardPack.make(place: "E09000028", dataset: dataset, registry: registry, report: report,
///                           audit: [], asOf: "2022-04-01", provenance: provenance)
/// ```
public struct BoardPack: Codable, Sendable, Hashable {
    /// Always `board-pack`: tells the JSON documents apart.
    public var document: String = "board-pack"
    public var cover: Cover
    /// What changed since the last pack, when `--since` asked for it.
    public var changes: ChangeSummary?
    /// The operating bodies of the place, each with its seats, members, deputies and vacancies.
    public var membership: [BodyMembership]
    public var findings: FindingGroups
    public var delegations: [DelegationEntry]
    public var budgets: [BudgetEntry]
    public var workstreams: [WorkstreamEntry]
    /// Milestones of the place that belong to no workstream.
    public var otherMilestones: [MilestoneEntry]
    /// Indicators of the place that belong to no workstream.
    public var otherIndicators: [IndicatorEntry]
    public var risks: RiskRegister
    /// Decisions taken at the place's bodies' meetings in the reporting window, newest first.
    public var decisions: [DecisionEntry]
    /// Declarations of interest made at those meetings, newest first.
    public var declarations: [DeclarationEntry]

    public init(cover: Cover, changes: ChangeSummary?, membership: [BodyMembership], findings: FindingGroups,
                delegations: [DelegationEntry], budgets: [BudgetEntry], workstreams: [WorkstreamEntry],
                otherMilestones: [MilestoneEntry], otherIndicators: [IndicatorEntry], risks: RiskRegister,
                decisions: [DecisionEntry], declarations: [DeclarationEntry]) {
        self.cover = cover
        self.changes = changes
        self.membership = membership
        self.findings = findings
        self.delegations = delegations
        self.budgets = budgets
        self.workstreams = workstreams
        self.otherMilestones = otherMilestones
        self.otherIndicators = otherIndicators
        self.risks = risks
        self.decisions = decisions
        self.declarations = declarations
    }
}

/// The first page: whose pack, as of when, from which data and rules.
public struct Cover: Codable, Sendable, Hashable {
    public var title: String
    public var placeID: String
    public var placeName: String
    public var systemName: String?
    /// The body the pack goes to: the place's partnership committee on the day, if it has one.
    public var bodyName: String?
    public var asOf: String
    public var asOfText: String
    /// The start of the "what changed" window, when asked for.
    public var since: String?
    public var sinceText: String?
    public var dataVersion: String
    public var ruleSetVersion: String
    public var rulesChecked: Int
    public var findings: SeverityCounts
}
