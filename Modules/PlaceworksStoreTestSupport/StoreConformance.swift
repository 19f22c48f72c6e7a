import PlaceworksDomain
import PlaceworksStore

/// The conformance suite's checks. Each takes an empty database and fails through Swift Testing
/// expectations; ``ConformanceCheck`` lists them.
public enum StoreConformance {
    /// Creates, reads, updates and ends (or removes) a record of `kind`.
    public static func lifecycle(of kind: RecordKind, in database: TestDatabase) async throws {
        try await StoreSamples.sample(of: kind).lifecycle(in: database)
    }

    /// The store opened on `database` with the sample world written by "setup".
    static func seeded<T>(_ database: TestDatabase, _ body: (any DatasetStore) async throws -> T) async throws -> T {
        try await database.withStore { store in
            try await store.importDataset(StoreSamples.world, actor: "setup", at: StoreSamples.now)
            return try await body(store)
        }
    }
}
