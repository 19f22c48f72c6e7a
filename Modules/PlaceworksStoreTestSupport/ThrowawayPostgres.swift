import Foundation
import PlaceworksStorePostgres

/// A throwaway PostgreSQL database on the server `Tools/with-postgres.sh` starts
/// (`PLACEWORKS_TEST_POSTGRES_URL`), for tests that run the application, the server or the
/// `place` executable against PostgreSQL.
public enum ThrowawayPostgres {
    /// The server's URL, or nil when no server was started.
    public static var server: String? {
        ProcessInfo.processInfo.environment["PLACEWORKS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Creates a database, runs `body` with its URL, and drops it, whether or not `body` threw.
    /// Does nothing without a server.
    public static func withDatabase(_ body: (String) async throws -> Void) async throws {
        guard let server, var components = URLComponents(string: server) else { return }
        let name = "placeworks_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        try await PostgresStore.administer(url: server, ["CREATE DATABASE \(name)"])
        components.path = "/\(name)"
        do {
            try await body(components.string ?? server)
        } catch {
            try? await PostgresStore.administer(url: server, ["DROP DATABASE IF EXISTS \(name) WITH (FORCE)"])
            throw error
        }
        try await PostgresStore.administer(url: server, ["DROP DATABASE IF EXISTS \(name) WITH (FORCE)"])
    }
}
