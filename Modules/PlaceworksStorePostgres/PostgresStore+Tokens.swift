import Foundation
import Logging
import PlaceworksStore
import PostgresNIO

/// The API tokens, in the `api_tokens` table (migration 5): one table every instance shares, so a
/// token created or revoked through any of them counts for all at once.
extension PostgresStore {
    public func addToken(_ token: StoredToken) async throws {
        try await run { connection, logger in
            let rows = try await connection.query("""
                INSERT INTO api_tokens (hash, name, role, places, created_at, revoked_at)
                VALUES (\(token.hash), \(token.name), \(token.role), \(token.placesColumn),
                        \(token.created.millisecondsSince1970), \(token.revoked?.millisecondsSince1970))
                ON CONFLICT DO NOTHING RETURNING hash
                """, logger: logger)
            var inserted = 0
            for try await _ in rows.decode(String.self) { inserted += 1 }
            if inserted == 0 { throw StoreError.tokenExists(name: token.name) }
        }
    }

    public func tokens() async throws -> [StoredToken] {
        try await run { connection, logger in
            try await Self.decodeTokens(try await connection.query("""
                SELECT hash, name, role, places, created_at, revoked_at FROM api_tokens ORDER BY created_at, name, hash
                """, logger: logger))
        }
    }

    public func token(hash: String) async throws -> StoredToken? {
        try await run { connection, logger in
            try await Self.decodeTokens(try await connection.query("""
                SELECT hash, name, role, places, created_at, revoked_at FROM api_tokens WHERE hash = \(hash)
                """, logger: logger)).first
        }
    }

    public func revokeToken(name: String, at time: Date) async throws {
        let stamp = Timestamp(time).millisecondsSince1970
        try await run { connection, logger in
            let rows = try await connection.query("""
                UPDATE api_tokens SET revoked_at = \(stamp) WHERE name = \(name) AND revoked_at IS NULL RETURNING hash
                """, logger: logger)
            var revoked = 0
            for try await _ in rows.decode(String.self) { revoked += 1 }
            if revoked == 0 { throw StoreError.tokenNotFound(name: name) }
        }
    }

    static func decodeTokens(_ rows: PostgresRowSequence) async throws -> [StoredToken] {
        var tokens: [StoredToken] = []
        for try await (hash, name, role, places, created, revoked) in rows.decode(
            (String, String, String, String, Int64, Int64?).self) {
            tokens.append(StoredToken(hash: hash, name: name, role: role,
                                      places: try StoredToken.places(fromColumn: places, hash: hash),
                                      created: Timestamp(millisecondsSince1970: created),
                                      revoked: revoked.map(Timestamp.init(millisecondsSince1970:))))
        }
        return tokens
    }
}
