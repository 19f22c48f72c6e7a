/// Everything verification reads, as of one moment: the log, its recorded head and the records.
public struct AuditSnapshot: Sendable, Hashable {
    public var entries: [AuditEntry]
    public var head: AuditHead?
    public var records: [StoredRecord]

    public init(entries: [AuditEntry], head: AuditHead?, records: [StoredRecord]) {
        self.entries = entries
        self.head = head
        self.records = records
    }
}
