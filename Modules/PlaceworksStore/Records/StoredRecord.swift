/// One current record as the store holds it: the entity as JSON, with its version.
public struct StoredRecord: Sendable, Hashable {
    public var key: RecordKey
    /// The ONS code of the place the record belongs to, where it belongs to one (for filtering).
    public var place: String?
    /// The record's version: the sequence number of the audit entry that last wrote it.
    /// Always above zero; a new version is always higher than any earlier one.
    public var version: Int64
    /// The sequence number of the audit entry that created the record. Records are read back in
    /// this order, so a dataset reads back in the order it was written.
    public var created: Int64
    /// The entity, encoded as JSON (keys sorted).
    public var body: String
    /// When the record was last written.
    public var updatedAt: Timestamp
    /// The version of the record format its body is written in (see ``RecordFormat``).
    public var format: Int
    /// The sequence number of the audit entry of the import that last wrote the record; nil when
    /// it was last written otherwise (see ``ImportWrite``).
    public var source: Int64?

    public init(key: RecordKey, place: String?, version: Int64, created: Int64, body: String, updatedAt: Timestamp,
                format: Int = RecordFormat.current, source: Int64? = nil) {
        self.key = key
        self.source = source
        self.format = format
        self.place = place
        self.version = version
        self.created = created
        self.body = body
        self.updatedAt = updatedAt
    }
}
