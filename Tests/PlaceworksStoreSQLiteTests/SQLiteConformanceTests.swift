import PlaceworksStore
import PlaceworksStoreTestSupport
import Testing

@Suite("SQLite store conformance")
struct SQLiteConformanceTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        try await sqliteTestDatabase().discarding { database in try await check.run(in: database) }
    }

    @Test("create, read, update and end a record of every kind", arguments: RecordKind.allCases)
    func lifecycle(_ kind: RecordKind) async throws {
        try await sqliteTestDatabase().discarding { database in
            try await StoreConformance.lifecycle(of: kind, in: database)
        }
    }
}
