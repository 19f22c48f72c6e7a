import Foundation
import GRDB
import PlaceworksStore

extension SQLiteStore: AccountStore {
    public func account(named name: String) async throws -> StoredAccount? {
        try await reading { db in
            try Row.fetchOne(db, sql: "SELECT * FROM web_accounts WHERE name = ?", arguments: [name]).map(Self.account)
        }
    }

    public func accounts() async throws -> [StoredAccount] {
        try await reading { db in try Row.fetchAll(db, sql: "SELECT * FROM web_accounts ORDER BY name").map(Self.account) }
    }

    public func saveAccount(_ account: StoredAccount) async throws {
        try await writing { db in
            try db.execute(sql: """
                INSERT INTO web_accounts (name, role, places, password_hash, disabled, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, places = excluded.places,
                    password_hash = excluded.password_hash, disabled = excluded.disabled, updated_at = excluded.updated_at
                """, arguments: [account.name, account.role, account.places.joined(separator: ","), account.passwordHash,
                                 account.disabled, Timestamp(account.updated).millisecondsSince1970])
        }
    }

    public func saveSession(_ session: StoredSession) async throws {
        try await writing { db in
            try db.execute(sql: "INSERT INTO web_sessions (token_hash, account, csrf, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [session.tokenHash, session.account, session.csrf,
                                       Timestamp(session.expires).millisecondsSince1970])
        }
    }

    public func session(tokenHash: String) async throws -> StoredSession? {
        try await reading { db in
            try Row.fetchOne(db, sql: "SELECT token_hash, account, csrf, expires_at FROM web_sessions WHERE token_hash = ?",
                             arguments: [tokenHash]).map { row in
                StoredSession(tokenHash: row[0], account: row[1], csrf: row[2],
                              expires: Timestamp(millisecondsSince1970: row[3]).date)
            }
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await writing { db in try db.execute(sql: "DELETE FROM web_sessions WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func deleteSessions(of account: String?, expiredBefore: Date) async throws {
        try await writing { db in
            try db.execute(sql: "DELETE FROM web_sessions WHERE account = ? OR expires_at < ?",
                           arguments: [account, Timestamp(expiredBefore).millisecondsSince1970])
        }
    }

    static func account(_ row: Row) -> StoredAccount {
        let places: String = row["places"]
        return StoredAccount(name: row["name"], role: row["role"],
                             places: places.split(separator: ",").map(String.init), passwordHash: row["password_hash"],
                             disabled: row["disabled"], updated: Timestamp(millisecondsSince1970: row["updated_at"]).date)
    }
}
