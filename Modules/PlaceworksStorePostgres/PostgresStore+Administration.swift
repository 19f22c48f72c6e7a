import Logging
import PlaceworksStore
import PostgresNIO

extension PostgresStore {
    /// Runs `statements` one by one on the database named by `url`, outside any store (tests
    /// create and drop their throwaway databases with it).
    package static func administer(url: String, _ statements: [String]) async throws {
        let target = try PostgresLocation(url: url)
        let client = PostgresClient(configuration: target.configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            do {
                for statement in statements {
                    try await client.query(PostgresQuery(unsafeSQL: statement))
                }
            } catch {
                group.cancelAll()
                if let error = error as? PSQLError {
                    throw StoreError.database(location: target.display,
                                              reason: error.serverInfo?[.message] ?? "\(error.code)")
                }
                throw error
            }
            group.cancelAll()
        }
    }
}
