import GRDB
import PlaceworksStore

extension SQLiteStore {
    static let recordColumns = "kind, id, place, version, created, body, updated_at, format, source"

    static func fetchRecords(_ db: Database) throws -> [StoredRecord] {
        try records(Row.fetchCursor(db, sql: "SELECT \(recordColumns) FROM records ORDER BY created, kind, id"))
    }

    /// The records a query's rows hold, read straight from the statement (no copy of each row).
    private static func records(_ rows: RowCursor) throws -> [StoredRecord] {
        var records: [StoredRecord] = []
        while let row = try rows.next() { records.append(try record(row)) }
        return records
    }

    static func fetchPage(_ db: Database, kind: RecordKind, place: String?, after cursor: String?,
                          limit: Int) throws -> [StoredRecord] {
        var sql = "SELECT \(recordColumns) FROM records WHERE kind = ?"
        var arguments: StatementArguments = [kind.rawValue]
        if let place { sql += " AND place = ?"; arguments += [place] }
        if let cursor { sql += " AND id > ?"; arguments += [cursor] }
        sql += " ORDER BY id LIMIT ?"
        arguments += [max(0, limit)]
        return try records(Row.fetchCursor(db, sql: sql, arguments: arguments))
    }

    static func record(_ row: Row) throws -> StoredRecord {
        let kind: String = row[0], id: String = row[1]
        guard let recordKind = RecordKind(rawValue: kind) else {
            throw StoreError.unreadableRecord(kind: kind, id: id, reason: "“\(kind)” is not a kind of record this program knows")
        }
        return StoredRecord(key: RecordKey(kind: recordKind, id: id), place: row[2], version: row[3],
                            created: row[4], body: row[5], updatedAt: Timestamp(millisecondsSince1970: row[6]),
                            format: row[7], source: row[8])
    }

    static func fetchEntries(_ db: Database, after sequence: Int64, limit: Int?) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: """
            SELECT sequence, actor, recorded_at, kind, id, before_body, after_body, previous_hash, hash, place
            FROM audit_log WHERE sequence > ? ORDER BY sequence LIMIT ?
            """, arguments: [sequence, limit ?? -1]).map { row in
            AuditEntry(sequence: row[0], actor: row[1], time: Timestamp(millisecondsSince1970: row[2]), kind: row[3],
                       id: row[4], before: row[5], after: row[6], previousHash: row[7], hash: row[8], place: row[9])
        }
    }

    static func fetchHead(_ db: Database) throws -> AuditHead? {
        guard try db.tableExists("audit_head") else { return nil }
        return try Row.fetchOne(db, sql: "SELECT sequence, hash FROM audit_head WHERE singleton = 1").map { row in
            AuditHead(sequence: row[0], hash: row[1])
        }
    }

    func reading<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(location: location, reason: Self.reason(error))
        }
    }

    func writing<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.writeWithoutTransaction(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(location: location, reason: Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? error.description
        }
        return String(describing: error)
    }
}
