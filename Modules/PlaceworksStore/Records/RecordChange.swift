/// One change in a batch: write a record's new contents, or delete it, based on the version the
/// writer read.
///
/// `expectedVersion` is the version the writer's change is based on; `0` means "the record must
/// not exist yet". If the store holds another version, the whole batch is refused with
/// ``StoreError/staleVersion(kind:id:expected:actual:)``.
public struct RecordChange: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// Create or replace the record with `body` (JSON), filed under `place`.
        case put(body: String, place: String?)
        /// Remove the record.
        case delete
    }

    public var key: RecordKey
    public var action: Action
    public var expectedVersion: Int64

    public init(key: RecordKey, action: Action, expectedVersion: Int64) {
        self.key = key
        self.action = action
        self.expectedVersion = expectedVersion
    }

    /// Creates or replaces a record.
    public static func put(_ key: RecordKey, body: String, place: String?, basedOn version: Int64) -> RecordChange {
        RecordChange(key: key, action: .put(body: body, place: place), expectedVersion: version)
    }

    /// Deletes a record.
    public static func delete(_ key: RecordKey, basedOn version: Int64) -> RecordChange {
        RecordChange(key: key, action: .delete, expectedVersion: version)
    }
}
