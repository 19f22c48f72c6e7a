/// What a committed batch wrote: its audit entries and the records' new versions.
public struct CommitReceipt: Sendable, Hashable {
    /// The audit entries the batch appended, in order (empty when nothing changed).
    public var entries: [AuditEntry]
    /// Each written record's new version (deleted records are absent).
    public var versions: [RecordKey: Int64]

    public init(entries: [AuditEntry], versions: [RecordKey: Int64]) {
        self.entries = entries
        self.versions = versions
    }

    /// A receipt for a batch that changed nothing.
    public static let unchanged = CommitReceipt(entries: [], versions: [:])

    /// True when nothing was written.
    public var isEmpty: Bool { entries.isEmpty }

    package init(plan: BatchPlan) {
        entries = plan.entries
        versions = Dictionary(plan.upserts.map { ($0.key, $0.version) }) { _, last in last }
    }
}
