import Foundation
import GRDB
import PlaceworksDomain
import PlaceworksStore

/// The embedded store: one SQLite file in WAL mode, created (with its folder) on first use.
///
/// Writes take SQLite's write lock when they begin (`BEGIN IMMEDIATE`), so the version checks and
/// the writes of a batch are atomic even with several processes on one file; readers see the
/// last committed state and never wait for writers.
///
/// ```swift
/// let store = try await SQLiteStore.open(path: SQLiteStore.defaultFileName)
/// defer { try? await store.close() }
/// let dataset = try await store.loadDataset()
/// ```
public struct SQLiteStore: DatasetStore {
    /// The file name used when no store is named: `placeworks.sqlite`.
    public static let defaultFileName = "placeworks.sqlite"

    /// The path of the database file.
    public let location: String
    let pool: DatabasePool
    /// Tells, without a query, whether anything was committed since it was last asked.
    let watch: SQLiteChangeWatch
    /// Called inside a write's transaction after each audit entry is written, with how many
    /// have been written; the crash-safety test uses it to stop a writer mid-transaction.
    package let afterEachEntry: (@Sendable (Int) -> Void)?
    /// Called inside a migration's transaction after its statements ran, before it commits; the
    /// crash-safety test uses it to stop a migration midway.
    package var insideMigration: (@Sendable (Migration) -> Void)? = nil

    /// Opens the store at `path`, creating the file and its folder if they do not exist, and
    /// brings its schema up to date (or refuses) as `schema` says.
    public static func open(path: String, schema: SchemaPolicy = .migrate) async throws -> SQLiteStore {
        try await open(path: path, schema: schema, afterEachEntry: nil)
    }

    package static func open(path: String, schema: SchemaPolicy,
                             afterEachEntry: (@Sendable (Int) -> Void)?,
                             insideMigration: (@Sendable (Migration) -> Void)? = nil) async throws -> SQLiteStore {
        guard !path.isEmpty else { throw StoreError.invalidLocation(path, reason: "the path is empty") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.invalidLocation(path, reason: "its folder \(folder.path) cannot be created (\(error.localizedDescription))")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(15)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.database(location: path, reason: Self.reason(error))
        }
        let watch: SQLiteChangeWatch
        do {
            watch = try SQLiteChangeWatch(path: path)
        } catch {
            try? pool.close()
            throw StoreError.database(location: path, reason: Self.reason(error))
        }
        let store = SQLiteStore(location: path, pool: pool, watch: watch, afterEachEntry: afterEachEntry,
                                insideMigration: insideMigration)
        if try schema.check(try await store.schemaStatus(), location: path) {
            try await store.migrate()
        }
        return store
    }

    public func schemaStatus() async throws -> SchemaStatus {
        let applied = try await writing { db in
            try db.execute(sql: SQLiteMigrations.bootstrap)
            return try Int.fetchAll(db, sql: "SELECT version FROM schema_migrations ORDER BY version")
        }
        return StoreSchema.status(applied: applied)
    }

    @discardableResult
    public func migrate() async throws -> [Migration] {
        try await migrate(upTo: StoreSchema.latestVersion)
    }

    /// Applies pending migrations up to and including `version` (tests build older stores with it).
    @discardableResult
    package func migrate(upTo version: Int) async throws -> [Migration] {
        let location = location
        let insideMigration = insideMigration
        return try await writing { db in
            try db.execute(sql: SQLiteMigrations.bootstrap)
            var applied: [Migration] = []
            for migration in StoreSchema.migrations where migration.version <= version {
                guard let statements = SQLiteMigrations.statements[migration.version] else {
                    throw StoreError.database(location: location, reason: "migration \(migration) has no SQLite statements")
                }
                try db.inTransaction(.immediate) {
                    let done = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?)",
                                                 arguments: [migration.version]) ?? false
                    guard !done else { return .commit }
                    for statement in statements { try db.execute(sql: statement) }
                    try db.execute(sql: "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                                   arguments: [migration.version, migration.name])
                    insideMigration?(migration)
                    applied.append(migration)
                    return .commit
                }
            }
            return applied
        }
    }

    public func records() async throws -> [StoredRecord] {
        try await reading { db in try Self.fetchRecords(db) }
    }

    @discardableResult
    public func apply(_ changes: [RecordChange], imports: [ImportWrite], actor: String, at time: Date) async throws
        -> CommitReceipt
    {
        guard !changes.isEmpty || !imports.isEmpty else { return .unchanged }
        let stamp = Timestamp(time)
        let afterEachEntry = afterEachEntry
        let location = location
        return try await writing { db in
            var receipt = CommitReceipt.unchanged
            try db.inTransaction(.immediate) {
                var ledger = ImportLedger(head: try Self.fetchHead(db) ?? .genesis, changes: changes, actor: actor, time: stamp)
                var comparer: ObservationComparer?
                if imports.contains(where: { $0.observations != nil }) { comparer = try ObservationComparer(db) }
                for write in imports {
                    let (digest, tally) = try Self.load(write, source: ledger.nextSequence, comparer: comparer, db: db,
                                                        location: location)
                    ledger.record(write, digest: digest, tally: tally)
                }
                let head = ledger.head
                var current: [RecordKey: BatchPlan.Current] = [:]
                let select = try db.cachedStatement(
                    sql: "SELECT version, created, body, place FROM records WHERE kind = ? AND id = ?")
                for change in changes {
                    if let row = try Row.fetchOne(select, arguments: [change.key.kind.rawValue, change.key.id]) {
                        current[change.key] = BatchPlan.Current(version: row[0], created: row[1], body: row[2], place: row[3])
                    }
                }
                let plan = try BatchPlan(changes: changes, current: current, head: head, actor: actor, time: stamp)
                guard !plan.entries.isEmpty || !ledger.entries.isEmpty else { return .rollback }
                let insertEntry = try db.cachedStatement(sql: """
                    INSERT INTO audit_log (sequence, actor, recorded_at, kind, id, before_body, after_body, previous_hash,
                                           hash, place)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (index, entry) in (ledger.entries + plan.entries).enumerated() {
                    try insertEntry.execute(arguments: [entry.sequence, entry.actor, entry.time.millisecondsSince1970,
                                                        entry.kind, entry.id, entry.before, entry.after,
                                                        entry.previousHash, entry.hash, entry.place])
                    afterEachEntry?(index + 1)
                }
                let upsert = try db.cachedStatement(sql: """
                    INSERT INTO records (kind, id, place, version, created, body, updated_at, format, source)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (kind, id) DO UPDATE SET place = excluded.place, version = excluded.version,
                        body = excluded.body, updated_at = excluded.updated_at, format = excluded.format,
                        source = excluded.source
                    """)
                for record in plan.upserts {
                    try upsert.execute(arguments: [record.key.kind.rawValue, record.key.id, record.place, record.version,
                                                   record.created, record.body, record.updatedAt.millisecondsSince1970,
                                                   record.format, ledger.sources[record.key]])
                }
                let delete = try db.cachedStatement(sql: "DELETE FROM records WHERE kind = ? AND id = ?")
                for key in plan.deletions {
                    try delete.execute(arguments: [key.kind.rawValue, key.id])
                }
                try db.execute(sql: "UPDATE audit_head SET sequence = ?, hash = ? WHERE singleton = 1",
                               arguments: [plan.head.sequence, plan.head.hash])
                receipt = CommitReceipt(plan: plan, ledger: ledger)
                return .commit
            }
            return receipt
        }
    }

    public func records(of kind: RecordKind, place: String?, after cursor: String?, limit: Int) async throws
        -> [StoredRecord]
    {
        try await reading { db in try Self.fetchPage(db, kind: kind, place: place, after: cursor, limit: limit) }
    }

    public func dataVersion(of place: String) async throws -> Int64 {
        try await reading { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM audit_log WHERE place = ?",
                               arguments: [place]) ?? 0
        }
    }

    public func auditLog(after sequence: Int64, limit: Int?) async throws -> [AuditEntry] {
        try await reading { db in try Self.fetchEntries(db, after: sequence, limit: limit) }
    }

    public func auditHead() async throws -> AuditHead? {
        try await reading { db in try Self.fetchHead(db) }
    }

    /// SQLite's `PRAGMA data_version` on a connection that never writes: it moves on every commit
    /// to the file, from this process or any other.
    public func changeCounter() -> Int64? { watch.dataVersion() }

    public func auditSnapshot() async throws -> AuditSnapshot {
        try await reading { db in
            AuditSnapshot(entries: try Self.fetchEntries(db, after: 0, limit: nil), head: try Self.fetchHead(db),
                          records: try Self.fetchRecords(db), observations: try Self.observationDigests(db))
        }
    }

    /// SQLite's own check of the file (`PRAGMA integrity_check`): `["ok"]` when the file is sound.
    public func integrityCheck() async throws -> [String] {
        try await reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    public func close() async throws {
        do {
            try watch.close()
            try pool.close()
        } catch { throw StoreError.database(location: location, reason: Self.reason(error)) }
    }

    /// Runs SQL outside the store's rules (tests tamper with the audit log with it).
    package func execute(sql: String) async throws {
        try await writing { db in try db.execute(sql: sql) }
    }

    /// The first column of the first row `sql` returns, as text (tests read pragmas with it).
    package func scalar(_ sql: String) async throws -> String? {
        try await reading { db in try String.fetchOne(db, sql: sql) }
    }
}
