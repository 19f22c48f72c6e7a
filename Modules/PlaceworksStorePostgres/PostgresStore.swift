import Foundation
import Logging
import PlaceworksDomain
import PlaceworksStore
import PostgresNIO

/// The shared store: PostgreSQL, for deployments where several `place-server` instances share one
/// database. Same schema, versions and audit chain as the embedded store.
///
/// Every write locks the audit log's head row (`SELECT … FOR UPDATE`) before checking versions,
/// so batches from any number of processes are applied one after another and the chain stays linear.
///
/// ```swift
/// let store = try await PostgresStore.open(url: "postgres://placeworks@127.0.0.1:5432/placeworks")
/// defer { Task { try? await store.close() } }
/// let dataset = try await store.loadDataset()
/// ```
public final class PostgresStore: DatasetStore {
    /// The URL without its password.
    public let location: String
    let client: PostgresClient
    let logger: Logger
    private let running: Task<Void, Never>

    private init(location: String, client: PostgresClient, logger: Logger) {
        self.location = location
        self.client = client
        self.logger = logger
        running = Task { await client.run() }
    }

    /// Connects to the database named by `url` (`postgres://user[:password]@host[:port]/database`,
    /// optionally `?sslmode=disable|prefer|require`) and brings its schema up to date (or refuses)
    /// as `schema` says. The database must exist; the schema is created in it.
    public static func open(url: String, schema: SchemaPolicy = .migrate,
                            logger: Logger = Logger(label: "placeworks.store.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws -> PostgresStore {
        let target = try PostgresLocation(url: url)
        let store = PostgresStore(location: target.display, client: PostgresClient(configuration: target.configuration),
                                  logger: logger)
        do {
            let status = try await store.reachable { try await store.schemaStatus() }
            if try schema.check(status, location: store.location) {
                try await store.migrate()
            }
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }

    public func schemaStatus() async throws -> SchemaStatus {
        let applied = try await run { connection, logger in
            try await connection.query(PostgresQuery(unsafeSQL: PostgresMigrations.bootstrap), logger: logger)
            var versions: [Int] = []
            for try await version in try await connection.query("SELECT version FROM schema_migrations ORDER BY version",
                                                                 logger: logger).decode(Int.self) {
                versions.append(version)
            }
            return versions
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
        _ = try await schemaStatus()
        var applied: [Migration] = []
        for migration in StoreSchema.migrations where migration.version <= version {
            guard let statements = PostgresMigrations.statements[migration.version] else {
                throw StoreError.database(location: location, reason: "migration \(migration) has no PostgreSQL statements")
            }
            let done = try await transaction { connection, logger in
                try await connection.query("LOCK TABLE schema_migrations IN EXCLUSIVE MODE", logger: logger)
                let rows = try await connection.query(
                    "SELECT count(*) FROM schema_migrations WHERE version = \(migration.version)", logger: logger)
                var count = 0
                for try await value in rows.decode(Int.self) { count = value }
                guard count == 0 else { return true }
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger)
                return false
            }
            if !done { applied.append(migration) }
        }
        return applied
    }

    public func records() async throws -> [StoredRecord] {
        try await run { connection, logger in try await Self.fetchRecords(connection, logger) }
    }

    @discardableResult
    public func apply(_ changes: [RecordChange], imports: [ImportWrite], actor: String, at time: Date) async throws
        -> CommitReceipt
    {
        guard !changes.isEmpty || !imports.isEmpty else { return .unchanged }
        let stamp = Timestamp(time)
        let location = location
        return try await transaction { connection, logger in
            var ledger = ImportLedger(head: try await Self.fetchHead(connection, logger, forUpdate: true) ?? .genesis,
                                      changes: changes, actor: actor, time: stamp)
            for write in imports {
                let (digest, tally) = try await Self.load(write, source: ledger.nextSequence, location: location,
                                                          connection, logger)
                ledger.record(write, digest: digest, tally: tally)
            }
            let head = ledger.head
            let kinds = changes.map(\.key.kind.rawValue), ids = changes.map(\.key.id)
            var current: [RecordKey: BatchPlan.Current] = [:]
            let rows = try await connection.query("""
                SELECT r.kind, r.id, r.version, r.created, r.body, r.place FROM records r
                JOIN unnest(\(kinds)::text[], \(ids)::text[]) AS k(kind, id) ON r.kind = k.kind AND r.id = k.id
                """, logger: logger)
            for try await (kind, id, version, created, body, place) in rows.decode(
                (String, String, Int64, Int64, String, String?).self) {
                guard let kind = RecordKind(rawValue: kind) else { continue }
                current[RecordKey(kind: kind, id: id)] = BatchPlan.Current(version: version, created: created, body: body,
                                                                           place: place)
            }
            let plan = try BatchPlan(changes: changes, current: current, head: head, actor: actor, time: stamp)
            guard !plan.entries.isEmpty || !ledger.entries.isEmpty else { return CommitReceipt.unchanged }
            try await Self.insert(ledger.entries + plan.entries, connection, logger)
            try await Self.upsert(plan.upserts, sources: ledger.sources, connection, logger)
            if !plan.deletions.isEmpty {
                let kinds = plan.deletions.map(\.kind.rawValue), ids = plan.deletions.map(\.id)
                try await connection.query("""
                    DELETE FROM records r USING unnest(\(kinds)::text[], \(ids)::text[]) AS k(kind, id)
                    WHERE r.kind = k.kind AND r.id = k.id
                    """, logger: logger)
            }
            try await connection.query(
                "UPDATE audit_head SET sequence = \(plan.head.sequence), hash = \(plan.head.hash) WHERE singleton = 1",
                logger: logger)
            return CommitReceipt(plan: plan, ledger: ledger)
        }
    }

    public func records(of kind: RecordKind, place: String?, after cursor: String?, limit: Int) async throws
        -> [StoredRecord]
    {
        try await run { connection, logger in
            try await Self.fetchPage(connection, logger, kind: kind, place: place, after: cursor, limit: limit)
        }
    }

    public func dataVersion(of place: String) async throws -> Int64 {
        try await run { connection, logger in
            var version: Int64 = 0
            for try await value in try await connection.query(
                "SELECT COALESCE(MAX(sequence), 0)::bigint FROM audit_log WHERE place = \(place)", logger: logger
            ).decode(Int64.self) { version = value }
            return version
        }
    }

    public func auditLog(after sequence: Int64, limit: Int?) async throws -> [AuditEntry] {
        try await run { connection, logger in try await Self.fetchEntries(connection, logger, after: sequence, limit: limit) }
    }

    public func auditHead() async throws -> AuditHead? {
        try await run { connection, logger in try await Self.fetchHead(connection, logger, forUpdate: false) }
    }

    /// Nil: another instance's commit can only be learnt by asking the server, so callers ask
    /// for the audit head (one small query) instead.
    public func changeCounter() -> Int64? { nil }

    public func auditSnapshot() async throws -> AuditSnapshot {
        try await transaction { connection, logger in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            return AuditSnapshot(entries: try await Self.fetchEntries(connection, logger, after: 0, limit: nil),
                                 head: try await Self.fetchHead(connection, logger, forUpdate: false),
                                 records: try await Self.fetchRecords(connection, logger),
                                 observations: try await Self.observationDigests(connection, logger))
        }
    }

    public func close() async throws {
        running.cancel()
        await running.value
    }

    /// Runs SQL outside the store's rules (tests tamper with the audit log with it).
    package func execute(sql: String) async throws {
        try await run { connection, logger in
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            return ()
        }
    }
}
