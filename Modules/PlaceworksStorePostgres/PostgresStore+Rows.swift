import Logging
import PlaceworksStore
import PostgresNIO

extension PostgresStore {
    static func fetchRecords(_ connection: PostgresConnection, _ logger: Logger) async throws -> [StoredRecord] {
        try await decodeRecords(try await connection.query("""
            SELECT kind, id, place, version, created, body, updated_at, format, source FROM records ORDER BY created, kind, id
            """, logger: logger))
    }

    static func fetchPage(_ connection: PostgresConnection, _ logger: Logger, kind: RecordKind, place: String?,
                          after cursor: String?, limit: Int) async throws -> [StoredRecord] {
        try await decodeRecords(try await connection.query("""
            SELECT kind, id, place, version, created, body, updated_at, format, source FROM records
            WHERE kind = \(kind.rawValue) AND (\(place)::text IS NULL OR place = \(place))
                AND (\(cursor)::text IS NULL OR id > \(cursor))
            ORDER BY id LIMIT \(Int64(max(0, limit)))
            """, logger: logger))
    }

    static func decodeRecords(_ rows: PostgresRowSequence) async throws -> [StoredRecord] {
        var records: [StoredRecord] = []
        for try await (kind, id, place, version, created, body, updated, format, source) in rows.decode(
            (String, String, String?, Int64, Int64, String, Int64, Int, Int64?).self) {
            guard let recordKind = RecordKind(rawValue: kind) else {
                throw StoreError.unreadableRecord(kind: kind, id: id, reason: "“\(kind)” is not a kind of record this program knows")
            }
            records.append(StoredRecord(key: RecordKey(kind: recordKind, id: id), place: place, version: version,
                                        created: created, body: body, updatedAt: Timestamp(millisecondsSince1970: updated),
                                        format: format, source: source))
        }
        return records
    }

    static func fetchEntries(_ connection: PostgresConnection, _ logger: Logger, after sequence: Int64,
                             limit: Int?) async throws -> [AuditEntry] {
        let rows = try await connection.query("""
            SELECT sequence, actor, recorded_at, kind, id, before_body, after_body, previous_hash, hash, place
            FROM audit_log WHERE sequence > \(sequence) ORDER BY sequence LIMIT \(limit.map(Int64.init))
            """, logger: logger)
        var entries: [AuditEntry] = []
        for try await (sequence, actor, time, kind, id, before, after, previous, hash, place) in rows.decode(
            (Int64, String, Int64, String, String, String?, String?, String, String, String?).self) {
            entries.append(AuditEntry(sequence: sequence, actor: actor, time: Timestamp(millisecondsSince1970: time),
                                      kind: kind, id: id, before: before, after: after, previousHash: previous, hash: hash,
                                      place: place))
        }
        return entries
    }

    static func fetchHead(_ connection: PostgresConnection, _ logger: Logger, forUpdate: Bool) async throws -> AuditHead? {
        let exists = try await connection.query("SELECT to_regclass('audit_head') IS NOT NULL", logger: logger)
        for try await present in exists.decode(Bool.self) where !present { return nil }
        let lock = forUpdate ? " FOR UPDATE" : ""
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT sequence, hash FROM audit_head WHERE singleton = 1" + lock), logger: logger)
        var head: AuditHead?
        for try await (sequence, hash) in rows.decode((Int64, String).self) {
            head = AuditHead(sequence: sequence, hash: hash)
        }
        return head
    }

    /// Appends entries, a thousand rows a statement.
    static func insert(_ entries: [AuditEntry], _ connection: PostgresConnection, _ logger: Logger) async throws {
        for start in stride(from: 0, to: entries.count, by: 1000) {
            let chunk = entries[start..<min(start + 1000, entries.count)]
            let sequences = chunk.map(\.sequence), actors = chunk.map(\.actor)
            let times = chunk.map(\.time.millisecondsSince1970), kinds = chunk.map(\.kind), ids = chunk.map(\.id)
            let befores = chunk.map { $0.before ?? "" }, hasBefore = chunk.map { $0.before != nil }
            let afters = chunk.map { $0.after ?? "" }, hasAfter = chunk.map { $0.after != nil }
            let previous = chunk.map(\.previousHash), hashes = chunk.map(\.hash)
            let places = chunk.map { $0.place ?? "" }, hasPlace = chunk.map { $0.place != nil }
            try await connection.query("""
                INSERT INTO audit_log (sequence, actor, recorded_at, kind, id, before_body, after_body, previous_hash, hash,
                                       place)
                SELECT s, a, t, k, i, CASE WHEN hb THEN b END, CASE WHEN ha THEN af END, p, h, CASE WHEN hpl THEN pl END
                FROM unnest(\(sequences)::bigint[], \(actors)::text[], \(times)::bigint[], \(kinds)::text[], \(ids)::text[],
                            \(befores)::text[], \(hasBefore)::bool[], \(afters)::text[], \(hasAfter)::bool[],
                            \(previous)::text[], \(hashes)::text[], \(places)::text[], \(hasPlace)::bool[])
                    AS x(s, a, t, k, i, b, hb, af, ha, p, h, pl, hpl)
                ORDER BY s
                """, logger: logger)
        }
    }

    /// Inserts or replaces records, a thousand rows a statement.
    static func upsert(_ records: [StoredRecord], sources: [RecordKey: Int64], _ connection: PostgresConnection,
                       _ logger: Logger) async throws {
        for start in stride(from: 0, to: records.count, by: 1000) {
            let chunk = records[start..<min(start + 1000, records.count)]
            let kinds = chunk.map(\.key.kind.rawValue), ids = chunk.map(\.key.id)
            let places = chunk.map { $0.place ?? "" }, hasPlace = chunk.map { $0.place != nil }
            let versions = chunk.map(\.version), created = chunk.map(\.created), bodies = chunk.map(\.body)
            let updated = chunk.map(\.updatedAt.millisecondsSince1970), formats = chunk.map(\.format)
            let origins = chunk.map { sources[$0.key] ?? 0 }, hasOrigin = chunk.map { sources[$0.key] != nil }
            try await connection.query("""
                INSERT INTO records (kind, id, place, version, created, body, updated_at, format, source)
                SELECT k, i, CASE WHEN hp THEN p END, v, c, b, u, f, CASE WHEN ho THEN o END
                FROM unnest(\(kinds)::text[], \(ids)::text[], \(places)::text[], \(hasPlace)::bool[], \(versions)::bigint[],
                            \(created)::bigint[], \(bodies)::text[], \(updated)::bigint[], \(formats)::integer[],
                            \(origins)::bigint[], \(hasOrigin)::bool[])
                    AS x(k, i, p, hp, v, c, b, u, f, o, ho)
                ON CONFLICT (kind, id) DO UPDATE SET place = excluded.place, version = excluded.version,
                    body = excluded.body, updated_at = excluded.updated_at, format = excluded.format,
                    source = excluded.source
                """, logger: logger)
        }
    }
}
