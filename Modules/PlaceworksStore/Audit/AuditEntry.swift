/// One entry of the audit log: who changed which record when, with its contents before and after.
///
/// Entries are numbered from 1 without gaps, and each carries the hash of the one before it, so
/// altering, removing or reordering any entry breaks the chain (see ``AuditChain``).
public struct AuditEntry: Sendable, Hashable, Codable {
    /// The entry's place in the log: 1, 2, 3…
    public var sequence: Int64
    /// Who made the change, as the caller named them (a user name, `place init`…).
    public var actor: String
    /// When the change was written, as the caller gave it.
    public var time: Timestamp
    /// The record's kind, as stored (see ``RecordKind``).
    public var kind: String
    /// The record's identifier.
    public var id: String
    /// The record's JSON before the change; nil when the change created it.
    public var before: String?
    /// The record's JSON after the change; nil when the change deleted it.
    public var after: String?
    /// The hash of the previous entry (64 zeros for the first).
    public var previousHash: String
    /// This entry's hash: SHA-256 of its canonical form, in lowercase hex.
    public var hash: String
    /// The ONS code of the place the record belonged to after the change (before it, for a
    /// deletion), where it belongs to one. Kept beside the chain, not hashed: it lets a place's
    /// data version move on every change to it (see ``DatasetStore/dataVersion(of:)``).
    public var place: String?

    public init(sequence: Int64, actor: String, time: Timestamp, kind: String, id: String, before: String?,
                after: String?, previousHash: String, hash: String, place: String? = nil) {
        self.place = place
        self.sequence = sequence
        self.actor = actor
        self.time = time
        self.kind = kind
        self.id = id
        self.before = before
        self.after = after
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The record's kind, or nil if the stored kind is not one this program knows.
    public var recordKind: RecordKind? { RecordKind(rawValue: kind) }

    /// What the change did.
    public var operation: Operation {
        switch (before, after) {
        case (nil, _): .created
        case (_, nil): .deleted
        default: .updated
        }
    }

    /// What a change did to its record.
    public enum Operation: String, Sendable, Codable {
        case created, updated, deleted
    }
}
