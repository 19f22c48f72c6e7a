/// Everything verification reads, as of one moment: the log, its recorded head, the records, and
/// the count and digest of each import's rows in the observations table.
public struct AuditSnapshot: Sendable, Hashable {
    public var entries: [AuditEntry]
    public var head: AuditHead?
    public var records: [StoredRecord]
    /// By the sequence number of the import that loaded them.
    public var observations: [Int64: ImportedObservations]

    public init(entries: [AuditEntry], head: AuditHead?, records: [StoredRecord],
                observations: [Int64: ImportedObservations] = [:]) {
        self.entries = entries
        self.head = head
        self.records = records
        self.observations = observations
    }
}
