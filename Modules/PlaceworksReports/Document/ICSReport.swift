/// The places of an ICS side by side as of a day: compliance, budgets, escalated risks, delivery
/// and vacancies. Places the ICS has not recorded are shown as such, not as failures.
public struct ICSReport: Codable, Sendable, Hashable {
    /// Always `ics-report`: tells the JSON documents apart.
    public var document: String = "ics-report"
    public var cover: ICSCover
    public var places: [PlaceColumn]
    public var matrix: ComplianceMatrix
    /// Every finding, by place (and the ICS's own bodies), each with the anchor the matrix links to.
    public var findings: [PlaceFindings]
    public var budgets: BudgetComparison
    public var escalatedRisks: [RiskEntry]
    public var delivery: [PlaceDelivery]
    public var vacancies: [PlaceVacancies]
}

/// The ICS report's first page.
public struct ICSCover: Codable, Sendable, Hashable {
    public var title: String
    public var systemID: String
    public var systemName: String
    public var asOf: String
    public var asOfText: String
    public var dataVersion: String
    public var ruleSetVersion: String
    public var rulesChecked: Int
    public var findings: SeverityCounts
    public var placesRecorded: Int
    public var placesNotRecorded: Int
}

/// A place of the ICS, and whether the ICS has recorded its partnership.
public struct PlaceColumn: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    /// True when the place has a partnership committee operating on the day.
    public var recorded: Bool
    /// "Recorded" or "Not recorded".
    public var status: String
}

/// Places × rules: each cell counts the findings by severity and links to them.
public struct ComplianceMatrix: Codable, Sendable, Hashable {
    /// The column headings: the places, then the ICS's own bodies.
    public var columns: [String]
    /// One row per rule that found something anywhere in the ICS.
    public var rows: [MatrixRow]
    /// How many rules ran and found nothing anywhere.
    public var quietRules: Int
}

public struct MatrixRow: Codable, Sendable, Hashable {
    public var rule: String
    public var requirement: String
    public var cells: [MatrixCell]
}

public struct MatrixCell: Codable, Sendable, Hashable {
    public var column: String
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    public var total: Int
    /// The anchor of the cell's first finding, when it has one.
    public var link: String?
    /// `error`, `warning`, `info`, `clear` or `not-recorded`: the worst severity in the cell.
    public var state: String
    /// The cell in words: "2 errors, 1 warning", "None", "Not recorded".
    public var text: String
}

/// The findings about one place (or the ICS's own bodies).
public struct PlaceFindings: Codable, Sendable, Hashable {
    public var id: String
    public var anchor: String
    public var name: String
    public var recorded: Bool
    public var findings: [FindingEntry]
}

/// The places' delegated budgets side by side.
public struct BudgetComparison: Codable, Sendable, Hashable {
    public var rows: [PlaceBudget]
    public var chartSVG: String
    public var chartSummary: String
}

public struct PlaceBudget: Codable, Sendable, Hashable {
    public var placeID: String
    public var place: String
    public var financialYear: String?
    public var total: Int?
    /// "£12.3m" or "Not recorded".
    public var totalText: String
    public var lines: Int
}

/// How a place's workstreams are delivering.
public struct PlaceDelivery: Codable, Sendable, Hashable {
    public var placeID: String
    public var place: String
    public var recorded: Bool
    public var workstreams: Int
    public var red: Int
    public var amber: Int
    public var green: Int
    public var notAssessed: Int
    public var milestones: Int
    public var overdue: Int
    public var completed: Int
    public var text: String
}

/// The vacancies on a place's bodies.
public struct PlaceVacancies: Codable, Sendable, Hashable {
    public var placeID: String
    public var place: String
    public var recorded: Bool
    public var seats: Int
    public var vacant: Int
    /// The vacant seats, as "Body: seat".
    public var vacantSeats: [String]
    public var text: String
}
