import Foundation
import PlaceworksStore
import PlaceworksStorePostgres
import PlaceworksStoreSQLite

/// A store backend the benchmark writes to: each repetition gets a fresh, empty store.
struct Backend: Sendable {
    /// A fresh store, and how to throw it away afterwards.
    struct Fresh {
        let store: any DatasetStore
        let discard: () async throws -> Void
        /// The SQLite file's path (nil for PostgreSQL), for running `place` on it.
        var path: String? = nil
    }

    let name: String
    let fresh: @Sendable () async throws -> Fresh

    /// A new SQLite file in `folder` for each repetition, deleted (with its WAL) afterwards.
    static func sqlite(in folder: URL) -> Backend {
        Backend(name: "SQLite") {
            let path = folder.appendingPathComponent("bench-\(UUID().uuidString).sqlite").path
            let store = try await SQLiteStore.open(path: path)
            return Fresh(store: store, discard: {
                try await store.close()
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }, path: path)
        }
    }

    /// A new database on the server at `url` for each repetition, dropped afterwards.
    static func postgres(server url: String) -> Backend {
        Backend(name: "PostgreSQL") {
            guard var components = URLComponents(string: url) else {
                throw StoreError.invalidLocation(url, reason: "it is not a URL")
            }
            let database = "placeworks_bench_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
            try await PostgresStore.administer(url: url, ["CREATE DATABASE \(database)"])
            components.path = "/\(database)"
            let store = try await PostgresStore.open(url: components.string ?? url)
            return Fresh(store: store) {
                try await store.close()
                try await PostgresStore.administer(url: url, ["DROP DATABASE IF EXISTS \(database) WITH (FORCE)"])
            }
        }
    }
}
