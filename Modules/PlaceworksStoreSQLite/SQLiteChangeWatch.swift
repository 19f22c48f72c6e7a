import GRDB

/// A connection of the store's own that only ever asks SQLite's `PRAGMA data_version`: the
/// number changes whenever another connection — the store's writer, or any other process on the
/// file — commits, and asking it reads the WAL index in shared memory, not the database. It
/// never writes, so its own activity never moves the number.
final class SQLiteChangeWatch: Sendable {
    private let connection: DatabaseQueue

    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(15)
        connection = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The connection's data version now, or nil when it cannot be read (the caller then asks
    /// the store itself, which reports the problem).
    func dataVersion() -> Int64? {
        // One prepared statement, outside any transaction: the pragma needs no more, and it is
        // asked on every request.
        try? connection.inDatabase { db in try Int64.fetchOne(try db.cachedStatement(sql: "PRAGMA data_version")) }
    }

    func close() throws { try connection.close() }
}
