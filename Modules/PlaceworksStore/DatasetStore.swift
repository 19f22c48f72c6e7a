import Foundation

/// A durable store of the partnership's data: the current records, each with a version, and an
/// append-only, hash-chained audit log of every change. Implemented by `SQLiteStore`
/// (PlaceworksStoreSQLite) and `PostgresStore` (PlaceworksStorePostgres).
///
/// Most callers use the extension methods built on these requirements: ``snapshot()``,
/// ``loadDataset()``, ``edit()`` and ``commit(_:actor:at:)``, ``importDataset(_:actor:at:)``
/// and ``verifyAuditLog()``. The store never reads a clock and never decides who is acting:
/// callers pass both.
///
/// ```swift
/// let store = try await SQLiteStore.open(path: "placeworks.sqlite")
/// var edit = try await store.edit()
/// try edit.update(Risk.self, id: "swk-r-03") { $0.likelihood = 2 }
/// try await store.commit(edit, actor: "j.smith", at: Date())
/// ```
public protocol DatasetStore: Sendable {
    /// Where the store is, for messages: a file path, or a URL without its password.
    var location: String { get }

    /// The schema's version and what is pending.
    func schemaStatus() async throws -> SchemaStatus

    /// Applies every pending migration, each in its own transaction, and returns those applied.
    @discardableResult
    func migrate() async throws -> [Migration]

    /// Every current record, in the order they were created.
    func records() async throws -> [StoredRecord]

    /// Current records of one kind, ordered by identifier: only those filed under `place` when
    /// it is given, only identifiers after `cursor` when it is given, at most `limit` — one page of
    /// an API listing. Reads only the rows it returns.
    func records(of kind: RecordKind, place: String?, after cursor: String?, limit: Int) async throws -> [StoredRecord]

    /// The sequence number of the newest audit entry about a record filed under `place`, or 0 when
    /// there is none. It moves on every change to the place's data, deletions included, so it
    /// serves as the place's data version (an ETag, "what changed since").
    func dataVersion(of place: String) async throws -> Int64

    /// Writes `changes` and `imports` as one transaction, each change with an audit entry by
    /// `actor` at `time`, and each import with one entry (file, SHA-256, rows, the records it
    /// wrote and its observations' digest) before them. An import's observations are streamed
    /// into the observations table, a chunk at a time; those the store already holds with the
    /// same value are not written again.
    ///
    /// If any change's expected version is not the record's current version, nothing is written
    /// and ``StoreError/staleVersion(kind:id:expected:actual:)`` names the first such record.
    /// This writes what it is given: ``commit(_:actor:at:)`` validates a change against the
    /// whole dataset first, and is what commands should call.
    @discardableResult
    func apply(_ changes: [RecordChange], imports: [ImportWrite], actor: String, at time: Date) async throws
        -> CommitReceipt

    /// How `source`'s observations compare with those stored (new, changed, unchanged), writing
    /// nothing: what a dry run reports.
    func compare(_ source: any ObservationSource) async throws -> ObservationTally

    /// The stored observations loaded by imports after audit entry `sequence` (0: all), in import
    /// then file-row order: a later import's value for an indicator and period replaces an earlier one.
    func observations(after sequence: Int64) async throws -> [StoredObservation]

    /// Audit entries with a sequence number above `sequence`, oldest first, at most `limit`.
    func auditLog(after sequence: Int64, limit: Int?) async throws -> [AuditEntry]

    /// The head of the audit log as recorded beside it (nil before the schema exists).
    func auditHead() async throws -> AuditHead?

    /// A number that differs after any commit to the store — records, the audit log, tokens,
    /// accounts — by this handle, another handle or another process, read without a query; or nil
    /// when the backend cannot tell so cheaply. Two readings from the same handle that are equal
    /// mean nothing was committed between them, so what was read after the first is still
    /// current. SQLite answers from `PRAGMA data_version`; PostgreSQL answers nil.
    func changeCounter() -> Int64?

    /// The whole log, its recorded head and the current records, read in one transaction.
    func auditSnapshot() async throws -> AuditSnapshot

    // MARK: API tokens (the `api_tokens` table: hashes only, shared by every instance)

    /// Adds `token`. Throws ``StoreError/tokenExists(name:)`` and writes nothing when a live token
    /// already has its name, or any token its hash.
    func addToken(_ token: StoredToken) async throws

    /// Every token, revoked ones included, oldest first.
    func tokens() async throws -> [StoredToken]

    /// The token whose secret hashes to `hash` (revoked or not), or nil: one indexed lookup, so a
    /// server can check a presented token on every request and see a revocation at once.
    func token(hash: String) async throws -> StoredToken?

    /// Marks the live token named `name` revoked at `time`. Throws
    /// ``StoreError/tokenNotFound(name:)`` when there is no live token of that name.
    func revokeToken(name: String, at time: Date) async throws

    /// Releases the store's connections. The store cannot be used afterwards.
    func close() async throws
}

extension DatasetStore {
    /// Writes `changes` as one transaction, each with an audit entry by `actor` at `time`.
    @discardableResult
    public func apply(_ changes: [RecordChange], actor: String, at time: Date) async throws -> CommitReceipt {
        try await apply(changes, imports: [], actor: actor, at: time)
    }

    /// The whole audit log, oldest first.
    public func auditLog() async throws -> [AuditEntry] {
        try await auditLog(after: 0, limit: nil)
    }

    /// Checks the whole audit log: numbering, hashes, links, the recorded head, and the current
    /// records against the last change the log records for each.
    public func verifyAuditLog() async throws -> AuditVerification {
        let snapshot = try await auditSnapshot()
        return AuditVerifier.verify(entries: snapshot.entries, head: snapshot.head, records: snapshot.records,
                                    observations: snapshot.observations)
    }
}

extension DatasetStore {
    /// Runs `body` with this store, then closes the store — whether `body` succeeds or throws.
    public func closing<T>(after body: (any DatasetStore) async throws -> T) async throws -> T {
        do {
            let result = try await body(self)
            try await close()
            return result
        } catch {
            try? await close()
            throw error
        }
    }
}
