/// The open risks on the day, a 5×5 likelihood × impact heat map and the risks escalated to the board.
public struct RiskRegister: Codable, Sendable, Hashable {
    /// Open risks, highest score first.
    public var open: [RiskEntry]
    public var heatMap: HeatMap
    /// Risks escalated to a board, and high-scoring risks that have not been.
    public var escalated: [RiskEntry]
    /// Open risks without a full 1–5 likelihood and impact score.
    public var unscored: Int
}

/// A risk on the register.
public struct RiskEntry: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var place: String?
    public var register: String?
    public var workstream: String?
    public var owner: String?
    public var likelihood: Int?
    public var impact: Int?
    public var score: Int?
    /// `low`, `moderate`, `high`, `very-high` or `unscored`.
    public var band: String
    public var bandLabel: String
    public var escalatedTo: String?
    /// "Escalated to …", "Not escalated (score 16 ≥ 15)" or "".
    public var escalation: String
    public var reviewBy: String?
    public var mitigation: String?
}

/// The heat map: rows by likelihood (5 at the top), columns by impact (1 to 5).
public struct HeatMap: Codable, Sendable, Hashable {
    public var rows: [HeatMapRow]
    public var impacts: [Int]
    public var summary: String
}

public struct HeatMapRow: Codable, Sendable, Hashable {
    public var likelihood: Int
    public var cells: [HeatMapCell]
}

public struct HeatMapCell: Codable, Sendable, Hashable {
    public var likelihood: Int
    public var impact: Int
    public var score: Int
    public var count: Int
    public var band: String
    public var bandLabel: String
    /// The risks in the cell, by ID.
    public var risks: [String]
}
