import Foundation
import GRDB
import PlaceworksStore

/// The API tokens, in the `api_tokens` table (migration 5).
extension SQLiteStore {
    static let tokenColumns = "hash, name, role, places, created_at, revoked_at"

    public func addToken(_ token: StoredToken) async throws {
        try await writing { db in
            try db.execute(sql: """
                INSERT INTO api_tokens (\(Self.tokenColumns)) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, arguments: [token.hash, token.name, token.role, token.placesColumn,
                                 token.created.millisecondsSince1970, token.revoked?.millisecondsSince1970])
            if db.changesCount == 0 { throw StoreError.tokenExists(name: token.name) }
        }
    }

    public func tokens() async throws -> [StoredToken] {
        try await reading { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.tokenColumns) FROM api_tokens ORDER BY created_at, name, hash")
                .map(Self.token)
        }
    }

    public func token(hash: String) async throws -> StoredToken? {
        try await reading { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.tokenColumns) FROM api_tokens WHERE hash = ?", arguments: [hash])
                .map(Self.token)
        }
    }

    public func revokeToken(name: String, at time: Date) async throws {
        let stamp = Timestamp(time).millisecondsSince1970
        try await writing { db in
            try db.execute(sql: "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                           arguments: [stamp, name])
            if db.changesCount == 0 { throw StoreError.tokenNotFound(name: name) }
        }
    }

    static func token(_ row: Row) throws -> StoredToken {
        let hash: String = row[0]
        let revoked: Int64? = row[5]
        return StoredToken(hash: hash, name: row[1], role: row[2],
                           places: try StoredToken.places(fromColumn: row[3], hash: hash),
                           created: Timestamp(millisecondsSince1970: row[4]),
                           revoked: revoked.map(Timestamp.init(millisecondsSince1970:)))
    }
}
