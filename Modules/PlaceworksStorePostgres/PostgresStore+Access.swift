import Logging
import PlaceworksStore
import PostgresNIO

extension PostgresStore {
    /// Runs `body` on a pooled connection, turning driver errors into ``StoreError``.
    func run<T: Sendable>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let logger = logger
        do {
            return try await client.withConnection { connection in try await body(connection, logger) }
        } catch {
            throw storeError(error)
        }
    }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    func transaction<T: Sendable>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let logger = logger
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection, logger) }
        } catch {
            throw storeError(error)
        }
    }

    /// Runs `body`, or fails after 60 seconds if the server cannot be reached.
    func reachable<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let location = location
        return try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: .seconds(60))
                throw StoreError.database(location: location, reason: "the server did not answer within 60 seconds")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    func storeError(_ error: any Error) -> any Error {
        switch error {
        case let error as StoreError:
            return error
        case let error as PostgresTransactionError:
            if let inner = error.closureError ?? error.beginError ?? error.commitError { return storeError(inner) }
            return StoreError.database(location: location, reason: String(reflecting: error))
        case let error as PSQLError:
            let message = error.serverInfo?[.message] ?? "\(error.code)"
            return StoreError.database(location: location, reason: message)
        default:
            return StoreError.database(location: location, reason: String(describing: error))
        }
    }
}
