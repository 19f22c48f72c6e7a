import Foundation
import PlaceworksStore
@testable import PlaceworksStoreSQLite
import PlaceworksStoreTestSupport

/// A new SQLite file in a folder of its own under the temporary directory.
func sqliteTestDatabase() -> TestDatabase {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-store-\(UUID().uuidString)")
    let path = folder.appendingPathComponent("nested/placeworks.sqlite").path
    return TestDatabase(
        backend: "SQLite",
        open: { policy in try await SQLiteStore.open(path: path, schema: policy) },
        migrateTo: { version in
            let store = try await SQLiteStore.open(path: path, schema: .inspect)
            try await store.migrate(upTo: version)
            try await store.close()
        },
        execute: { sql in
            let store = try await SQLiteStore.open(path: path, schema: .inspect)
            do {
                try await store.execute(sql: sql)
                try await store.close()
            } catch {
                try? await store.close()
                throw error
            }
        },
        liftAuditGuards: ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete",
                          "DROP TRIGGER audit_head_follows_log", "DROP TRIGGER audit_head_no_delete"],
        discard: { try? FileManager.default.removeItem(at: folder) })
}
