/// What changed between two days: the page a chair reads first.
public struct ChangeSummary: Codable, Sendable, Hashable {
    public var since: String
    public var asOf: String
    public var joined: [MemberChange]
    public var left: [MemberChange]
    public var newFindings: [FindingEntry]
    public var resolvedFindings: [FindingEntry]
    public var riskMoves: [RiskMove]
    public var slipped: [MilestoneChange]
    public var completed: [MilestoneChange]
    public var decisions: [DecisionEntry]
    /// Changes the audit log records in the window, oldest first.
    public var recorded: [RecordedChange]
    /// False when the data came from a file, which has no audit log: score moves and date
    /// changes then come from the dated data only.
    public var auditAvailable: Bool
    public var nothingChanged: Bool
    /// The changes counted in one sentence, for the top of the page.
    public var summary: String
}

/// A member who joined or left a body.
public struct MemberChange: Codable, Sendable, Hashable {
    public var date: String
    public var body: String
    public var seat: String
    public var person: String
}

/// A risk whose score moved.
public struct RiskMove: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var before: Int?
    public var after: Int?
    /// `up`, `down`, `new` or `closed`.
    public var direction: String
    public var text: String
}

/// A milestone that slipped or was completed.
public struct MilestoneChange: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var due: String
    public var text: String
}

/// One change the audit log records.
public struct RecordedChange: Codable, Sendable, Hashable {
    public var sequence: Int64
    public var time: String
    public var actor: String
    public var kind: String
    public var id: String
    public var operation: String
}
