/// A red/amber/green delivery status, always with its word and its reason.
public struct RAGStatus: Codable, Sendable, Hashable {
    /// `red`, `amber`, `green` or `none` (not assessed).
    public var code: String
    /// "Red", "Amber", "Green", "Not assessed".
    public var label: String
    public var reason: String
}

/// A workstream with its SRO, status, milestones and indicators.
public struct WorkstreamEntry: Codable, Sendable, Hashable {
    public var id: String
    public var anchor: String
    public var name: String
    public var sro: String?
    public var overseenBy: String?
    public var aims: String?
    public var rag: RAGStatus
    public var milestones: [MilestoneEntry]
    public var indicators: [IndicatorEntry]
    public var overdue: Int
    public var completed: Int
}

/// A milestone, with overdue ones flagged in words.
public struct MilestoneEntry: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var workstream: String?
    public var due: String
    public var status: String
    public var statusLabel: String
    public var completed: String?
    public var overdue: Bool
    /// "Overdue by 12 days", "Done", "" — what a reader needs beside the status.
    public var flag: String
}

/// An outcome indicator and its trend up to the day.
public struct IndicatorEntry: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var workstream: String?
    public var unit: String?
    public var latest: String?
    public var latestPeriod: String?
    /// `rising`, `falling`, `steady`, `single value` or `no data`.
    public var trend: String
    public var observations: [ObservationEntry]
    /// The sparkline, as inline SVG with a title.
    public var sparklineSVG: String
    /// The trend in words.
    public var summary: String
}

/// One observation of an indicator.
public struct ObservationEntry: Codable, Sendable, Hashable {
    public var period: String
    public var date: String
    public var value: Double
    public var valueText: String
}
