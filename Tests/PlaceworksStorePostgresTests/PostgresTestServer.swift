import Foundation
import PlaceworksStore
@testable import PlaceworksStorePostgres
import PlaceworksStoreTestSupport

/// The PostgreSQL server the suite runs against: `PLACEWORKS_TEST_POSTGRES_URL`, which
/// `Tools/with-postgres.sh` sets for a throwaway cluster. Each test gets a database of its own.
enum PostgresTestServer {
    static let variable = "PLACEWORKS_TEST_POSTGRES_URL"
    static var url: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }
    static var available: Bool { url != nil }
    /// Whether a skipped PostgreSQL suite is a failure: under the test command
    /// (`PLACEWORKS_REQUIRE_POSTGRES=1`, set by Tools/test.sh) and in CI.
    static var required: Bool {
        let environment = ProcessInfo.processInfo.environment
        func set(_ name: String) -> Bool { environment[name].map { !$0.isEmpty && $0 != "false" && $0 != "0" } ?? false }
        return set("PLACEWORKS_REQUIRE_POSTGRES") || set("CI")
    }

    /// A new, empty database on the server.
    static func database() async throws -> TestDatabase {
        guard let server = url, var components = URLComponents(string: server) else {
            throw StoreError.invalidLocation(variable, reason: "it is not set")
        }
        let name = "placeworks_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try await PostgresStore.administer(url: server, ["CREATE DATABASE \(name)"])
        components.path = "/\(name)"
        let url = components.string!
        return TestDatabase(
            backend: "PostgreSQL",
            open: { policy in try await PostgresStore.open(url: url, schema: policy) },
            migrateTo: { version in
                let store = try await PostgresStore.open(url: url, schema: .inspect)
                do {
                    try await store.migrate(upTo: version)
                    try await store.close()
                } catch {
                    try? await store.close()
                    throw error
                }
            },
            execute: { sql in try await PostgresStore.administer(url: url, [sql]) },
            liftAuditGuards: ["ALTER TABLE audit_log DISABLE TRIGGER USER", "ALTER TABLE audit_head DISABLE TRIGGER USER"],
            discard: { try await PostgresStore.administer(url: server, ["DROP DATABASE IF EXISTS \(name) WITH (FORCE)"]) })
    }
}
