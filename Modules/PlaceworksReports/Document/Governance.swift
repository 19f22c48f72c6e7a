/// A delegation of functions to the place, in force on the day.
public struct DelegationEntry: Codable, Sendable, Hashable {
    public var id: String
    public var delegator: String
    /// The body or leadership role the functions are delegated to.
    public var delegate: String
    public var functions: String
    public var instrument: String?
    public var from: String?
    public var to: String?
    public var assurance: String?
}

/// A delegated budget, its lines and a chart of them.
public struct BudgetEntry: Codable, Sendable, Hashable {
    public var id: String
    public var anchor: String
    public var financialYear: String
    public var basis: String?
    public var delegation: String?
    public var total: Int
    public var totalText: String
    public var statedTotal: Int?
    /// Set when the lines do not sum to the stated total.
    public var discrepancy: String?
    public var excludes: String?
    public var lines: [BudgetLineEntry]
    /// The chart, as inline SVG with a title and description.
    public var chartSVG: String
    /// The chart in words, for readers who cannot see it.
    public var chartSummary: String
}

/// One budget line.
public struct BudgetLineEntry: Codable, Sendable, Hashable {
    public var category: String
    public var amount: Int
    public var amountText: String
    public var percent: Int
}
