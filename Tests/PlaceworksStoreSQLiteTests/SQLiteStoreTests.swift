import Foundation
import PlaceworksStore
@testable import PlaceworksStoreSQLite
import PlaceworksStoreTestSupport
import Testing

@Suite("SQLite store: the file")
struct SQLiteStoreTests {
    @Test("the store is created on first use, folder and all, in WAL mode")
    func createdOnFirstUse() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a/b/placeworks.sqlite").path
        #expect(!FileManager.default.fileExists(atPath: path))
        let store = try await SQLiteStore.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try await store.scalar("PRAGMA journal_mode") == "wal")
        #expect(try await store.integrityCheck() == ["ok"])
        #expect(store.location == path)
        try await store.close()
    }

    @Test("every migration has SQLite statements, and only those")
    func migrationsCovered() {
        #expect(Set(SQLiteMigrations.statements.keys) == Set(StoreSchema.migrations.map(\.version)))
    }

    @Test("a file that is not a database is refused with the path named")
    func notADatabase() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-db-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(String(repeating: "This is not SQLite. ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        await #expect {
            try await SQLiteStore.open(path: path)
        } throws: { error in
            guard case let StoreError.database(location, _) = error else { return false }
            return location == path
        }
    }
}
