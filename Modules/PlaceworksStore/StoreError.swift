import PlaceworksDomain

/// Why the store refused or failed an operation, in words a board secretary can act on.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A change was based on a version that is no longer current: someone else wrote the record
    /// since it was read. Nothing in the batch was written. (The server answers 412.)
    /// `actual` is 0 when the record does not exist; `expected` is 0 when the change meant to create it.
    case staleVersion(kind: RecordKind, id: String, expected: Int64, actual: Int64)
    /// A change deletes or updates a record the store does not hold.
    case recordNotFound(kind: RecordKind, id: String)
    /// One batch changes the same record twice.
    case duplicateChange(kind: RecordKind, id: String)
    /// The change would leave the data inconsistent; nothing was written.
    case invalidData([DatasetProblem])
    /// The store's schema is older than this program's and was not migrated.
    case schemaBehind(location: String, current: Int, latest: Int, pending: [String])
    /// The store was migrated by a newer program than this one.
    case schemaAhead(location: String, current: Int, latest: Int)
    /// A stored record cannot be read back as its kind.
    case unreadableRecord(kind: String, id: String, reason: String)
    /// The store location (a path or URL) cannot be used.
    case invalidLocation(String, reason: String)
    /// The database failed: cannot be opened, reached or written.
    case database(location: String, reason: String)
    /// A live API token already has this name (or the token itself is already stored).
    case tokenExists(name: String)
    /// There is no live API token with this name.
    case tokenNotFound(name: String)

    public var description: String {
        switch self {
        case let .staleVersion(kind, id, expected, actual):
            let key = RecordKey(kind: kind, id: id)
            if expected == 0 {
                return "The \(key) already exists (version \(actual)): someone else created it. Nothing was written; reload and try again."
            }
            if actual == 0 {
                return "The \(key) was deleted by someone else after you read it (you read version \(expected)). Nothing was written; reload and try again."
            }
            return "The \(key) was changed by someone else after you read it (you read version \(expected), it is now version \(actual)). Nothing was written; reload and try again."
        case let .recordNotFound(kind, id):
            return "There is no \(RecordKey(kind: kind, id: id)) in the store."
        case let .duplicateChange(kind, id):
            return "The \(RecordKey(kind: kind, id: id)) is changed twice in one batch; combine the two changes."
        case let .invalidData(problems):
            let list = problems.prefix(10).map { "  - \($0)" }.joined(separator: "\n")
            let more = problems.count > 10 ? "\n  … and \(problems.count - 10) more" : ""
            return "Nothing was written: the change would leave the data inconsistent:\n\(list)\(more)"
        case let .schemaBehind(location, current, latest, pending):
            return "The store \(location) is at schema version \(current) but this program needs version \(latest) "
                + "(pending: \(pending.joined(separator: ", "))). Run `place db migrate` to bring it up to date."
        case let .schemaAhead(location, current, latest):
            return "The store \(location) is at schema version \(current), newer than this program understands (\(latest)). "
                + "Use a newer version of Placeworks."
        case let .unreadableRecord(kind, id, reason):
            return "The stored \(kind) \(id) cannot be read: \(reason)."
        case let .invalidLocation(location, reason):
            return "Cannot use the store \(location): \(reason)."
        case let .database(location, reason):
            return "The store \(location) failed: \(reason)."
        case let .tokenExists(name):
            return "There is already a live API token named \(name): revoke it first, or choose another name."
        case let .tokenNotFound(name):
            return "There is no live API token named \(name); `place token list` shows the tokens."
        }
    }
}
