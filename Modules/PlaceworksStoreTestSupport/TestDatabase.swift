import PlaceworksStore

/// One empty database of a backend under test, and what the conformance suite needs to do to it
/// besides using it as a store.
public struct TestDatabase: Sendable {
    /// The backend's name, for messages ("SQLite", "PostgreSQL").
    public var backend: String
    /// Opens a store on this database (a new handle each time: its own connections).
    public var open: @Sendable (SchemaPolicy) async throws -> any DatasetStore
    /// Brings the database's schema to `version` exactly (to build an older store).
    public var migrateTo: @Sendable (Int) async throws -> Void
    /// Runs SQL directly on the database, past the store.
    public var execute: @Sendable (String) async throws -> Void
    /// SQL that lifts the audit log's append-only guard, as someone tampering would.
    public var liftAuditGuards: [String]
    /// Removes the database.
    public var discard: @Sendable () async throws -> Void

    public init(backend: String, open: @escaping @Sendable (SchemaPolicy) async throws -> any DatasetStore,
                migrateTo: @escaping @Sendable (Int) async throws -> Void,
                execute: @escaping @Sendable (String) async throws -> Void, liftAuditGuards: [String],
                discard: @escaping @Sendable () async throws -> Void) {
        self.backend = backend
        self.open = open
        self.migrateTo = migrateTo
        self.execute = execute
        self.liftAuditGuards = liftAuditGuards
        self.discard = discard
    }

    /// Runs `body` on this database, then discards the database, whether or not `body` threw.
    public func discarding(after body: (TestDatabase) async throws -> Void) async throws {
        do {
            try await body(self)
        } catch {
            try? await discard()
            throw error
        }
        try await discard()
    }

    /// Runs `body` with a store opened on this database (migrating it), closing it afterwards.
    public func withStore<T>(_ policy: SchemaPolicy = .migrate,
                             _ body: (any DatasetStore) async throws -> T) async throws -> T {
        try await open(policy).closing(after: body)
    }
}
