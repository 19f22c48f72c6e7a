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

    public func recordFailedSignIn(name: String, at time: Date, forgetBefore: Date) async throws {
        try await writing { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: "DELETE FROM sign_in_failures WHERE failed_at < ?",
                               arguments: [Timestamp(forgetBefore).millisecondsSince1970])
                try db.execute(sql: "INSERT INTO sign_in_failures (name, failed_at) VALUES (?, ?)",
                               arguments: [name, Timestamp(time).millisecondsSince1970])
                return .commit
            }
        }
    }

    public func failedSignIns(name: String, since: Date) async throws -> [Date] {
        try await reading { db in
            try Int64.fetchAll(db, sql: "SELECT failed_at FROM sign_in_failures WHERE name = ? AND failed_at >= ? ORDER BY failed_at",
                               arguments: [name, Timestamp(since).millisecondsSince1970])
                .map { Timestamp(millisecondsSince1970: $0).date }
        }
    }

    public func clearFailedSignIns(name: String) async throws {
        try await writing { db in try db.execute(sql: "DELETE FROM sign_in_failures WHERE name = ?", arguments: [name]) }
    }

    static func account(_ row: Row) -> StoredAccount {
        let places: String = row["places"]
        return StoredAccount(name: row["name"], role: row["role"],
                             places: places.split(separator: ",").map(String.init), passwordHash: row["password_hash"],
                             disabled: row["disabled"], updated: Timestamp(millisecondsSince1970: row["updated_at"]).date)
    }
}
