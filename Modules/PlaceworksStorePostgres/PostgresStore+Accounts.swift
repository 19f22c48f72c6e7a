import Foundation
import Logging
import PlaceworksStore
import PostgresNIO

extension PostgresStore: AccountStore {
    public func account(named name: String) async throws -> StoredAccount? {
        try await run { connection, logger in
            try await Self.accounts(connection, logger, PostgresQuery(
                "SELECT name, role, places, password_hash, disabled, updated_at FROM web_accounts WHERE name = \(name)")).first
        }
    }

    public func accounts() async throws -> [StoredAccount] {
        try await run { connection, logger in
            try await Self.accounts(connection, logger, PostgresQuery(
                "SELECT name, role, places, password_hash, disabled, updated_at FROM web_accounts ORDER BY name"))
        }
    }

    public func saveAccount(_ account: StoredAccount) async throws {
        let places = account.places.joined(separator: ",")
        let updated = Timestamp(account.updated).millisecondsSince1970
        try await run { connection, logger in
            try await connection.query("""
                INSERT INTO web_accounts (name, role, places, password_hash, disabled, updated_at)
                VALUES (\(account.name), \(account.role), \(places), \(account.passwordHash), \(account.disabled), \(updated))
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, places = excluded.places,
                    password_hash = excluded.password_hash, disabled = excluded.disabled, updated_at = excluded.updated_at
                """, logger: logger)
            return ()
        }
    }

    public func saveSession(_ session: StoredSession) async throws {
        let expires = Timestamp(session.expires).millisecondsSince1970
        try await run { connection, logger in
            try await connection.query("""
                INSERT INTO web_sessions (token_hash, account, csrf, expires_at)
                VALUES (\(session.tokenHash), \(session.account), \(session.csrf), \(expires))
                """, logger: logger)
            return ()
        }
    }

    public func session(tokenHash: String) async throws -> StoredSession? {
        try await run { connection, logger in
            let rows = try await connection.query(
                "SELECT token_hash, account, csrf, expires_at FROM web_sessions WHERE token_hash = \(tokenHash)", logger: logger)
            var found: StoredSession?
            for try await (hash, account, csrf, expires) in rows.decode((String, String, String, Int64).self) {
                found = StoredSession(tokenHash: hash, account: account, csrf: csrf,
                                      expires: Timestamp(millisecondsSince1970: expires).date)
            }
            return found
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await run { connection, logger in
            try await connection.query("DELETE FROM web_sessions WHERE token_hash = \(tokenHash)", logger: logger)
            return ()
        }
    }

    public func deleteSessions(of account: String?, expiredBefore: Date) async throws {
        let before = Timestamp(expiredBefore).millisecondsSince1970
        try await run { connection, logger in
            try await connection.query("DELETE FROM web_sessions WHERE account = \(account) OR expires_at < \(before)",
                                       logger: logger)
            return ()
        }
    }

    public func recordFailedSignIn(name: String, at time: Date, forgetBefore: Date) async throws {
        let failed = Timestamp(time).millisecondsSince1970, forget = Timestamp(forgetBefore).millisecondsSince1970
        try await transaction { connection, logger in
            try await connection.query("DELETE FROM sign_in_failures WHERE failed_at < \(forget)", logger: logger)
            try await connection.query("INSERT INTO sign_in_failures (name, failed_at) VALUES (\(name), \(failed))",
                                       logger: logger)
            return ()
        }
    }

    public func failedSignIns(name: String, since: Date) async throws -> [Date] {
        let from = Timestamp(since).millisecondsSince1970
        return try await run { connection, logger in
            var found: [Date] = []
            let rows = try await connection.query("""
                SELECT failed_at FROM sign_in_failures WHERE name = \(name) AND failed_at >= \(from) ORDER BY failed_at
                """, logger: logger)
            for try await failed in rows.decode(Int64.self) { found.append(Timestamp(millisecondsSince1970: failed).date) }
            return found
        }
    }

    public func clearFailedSignIns(name: String) async throws {
        try await run { connection, logger in
            try await connection.query("DELETE FROM sign_in_failures WHERE name = \(name)", logger: logger)
            return ()
        }
    }

    static func accounts(_ connection: PostgresConnection, _ logger: Logger, _ query: PostgresQuery) async throws
        -> [StoredAccount]
    {
        var found: [StoredAccount] = []
        let rows = try await connection.query(query, logger: logger)
        for try await (name, role, places, hash, disabled, updated)
            in rows.decode((String, String, String, String, Bool, Int64).self) {
            found.append(StoredAccount(name: name, role: role, places: places.split(separator: ",").map(String.init),
                                       passwordHash: hash, disabled: disabled,
                                       updated: Timestamp(millisecondsSince1970: updated).date))
        }
        return found
    }
}
