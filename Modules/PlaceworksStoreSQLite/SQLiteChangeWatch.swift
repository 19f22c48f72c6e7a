import Foundation
import GRDBSQLite

/// A connection of the store's own that only ever asks SQLite's `PRAGMA data_version`: the
/// number changes whenever another connection — the store's writer, or any other process on the
/// file — commits, and asking it reads the WAL index in shared memory, not the database. It
/// never writes, so its own activity never moves the number.
///
/// The server asks it on every request, so it is SQLite's C interface directly — one prepared
/// statement stepped under a lock — rather than a GRDB queue, whose scheduling costs many times
/// what the pragma does.
final class SQLiteChangeWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: OpaquePointer?
    private var statement: OpaquePointer?

    init(path: String) throws {
        var connection: OpaquePointer?
        let opened = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard opened == SQLITE_OK else {
            let reason = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "SQLite could not open it"
            sqlite3_close(connection)
            throw SQLiteChangeWatchError(reason: reason)
        }
        sqlite3_busy_timeout(connection, 15_000)
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "PRAGMA data_version", -1, &statement, nil) == SQLITE_OK else {
            let reason = String(cString: sqlite3_errmsg(connection))
            sqlite3_close(connection)
            throw SQLiteChangeWatchError(reason: reason)
        }
        self.connection = connection
        self.statement = statement
    }

    /// The connection's data version now, or nil when it cannot be read (the caller then asks
    /// the store itself, which reports the problem).
    func dataVersion() -> Int64? {
        lock.withLock {
            guard let statement else { return nil }
            defer { sqlite3_reset(statement) }
            guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
            return sqlite3_column_int64(statement, 0)
        }
    }

    func close() throws {
        lock.withLock {
            sqlite3_finalize(statement)
            sqlite3_close(connection)
            statement = nil
            connection = nil
        }
    }

    deinit {
        sqlite3_finalize(statement)
        sqlite3_close(connection)
    }
}

struct SQLiteChangeWatchError: Error, CustomStringConvertible {
    let reason: String
    var description: String { "the store's change watch could not be opened: \(reason)" }
}
