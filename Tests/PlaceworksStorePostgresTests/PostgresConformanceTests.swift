import PlaceworksStore
import PlaceworksStoreTestSupport
import Testing

@Suite("PostgreSQL store conformance (needs PostgreSQL: run through Tools/with-postgres.sh)",
       .enabled(if: PostgresTestServer.available, "PLACEWORKS_TEST_POSTGRES_URL is not set"))
struct PostgresConformanceTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        try await PostgresTestServer.database().discarding { database in try await check.run(in: database) }
    }

    @Test("create, read, update and end a record of every kind", arguments: RecordKind.allCases)
    func lifecycle(_ kind: RecordKind) async throws {
        try await PostgresTestServer.database().discarding { database in
            try await StoreConformance.lifecycle(of: kind, in: database)
        }
    }
}

@Suite("PostgreSQL suite under the test command")
struct PostgresRequiredInCITests {
    @Test("under the test command and in CI the PostgreSQL suite runs: skipping it is a failure")
    func serverConfiguredInCI() {
        guard PostgresTestServer.required else { return }
        #expect(PostgresTestServer.available,
                "PostgreSQL is required (PLACEWORKS_REQUIRE_POSTGRES or CI) but PLACEWORKS_TEST_POSTGRES_URL is not set: the PostgreSQL suite was skipped. Run the tests through Tools/test.sh.")
    }
}
