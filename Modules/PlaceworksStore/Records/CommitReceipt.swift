/// What a committed batch wrote: its audit entries and the records' new versions.
public struct CommitReceipt: Sendable, Hashable {
    /// The audit entries the batch appended, in order (empty when nothing changed).
    public var entries: [AuditEntry]
    /// Each written record's new version (deleted records are absent).
    public var versions: [RecordKey: Int64]
    /// The imports the batch recorded (each also among ``entries``).
    public var imports: [ImportReceipt]

    public init(entries: [AuditEntry], versions: [RecordKey: Int64], imports: [ImportReceipt] = []) {
        self.entries = entries
        self.versions = versions
        self.imports = imports
    }

    /// A receipt for a batch that changed nothing.
    public static let unchanged = CommitReceipt(entries: [], versions: [:])

    /// True when nothing was written.
    public var isEmpty: Bool { entries.isEmpty }

    package init(plan: BatchPlan, ledger: ImportLedger? = nil) {
        entries = (ledger?.entries ?? []) + plan.entries
        versions = Dictionary(plan.upserts.map { ($0.key, $0.version) }) { _, last in last }
        imports = ledger?.receipts ?? []
    }
}
