import Foundation

/// The people who sign in to the web front end, and their sessions (migration 7) and failed
/// sign-ins (migration 9). Both backends
/// implement it; the store keeps only what it is given — password hashes and session-token
/// hashes, never a password or a token.
public protocol AccountStore: Sendable {
    /// The account called `name` (names are compared as given), or nil.
    func account(named name: String) async throws -> StoredAccount?
    /// Every account, by name.
    func accounts() async throws -> [StoredAccount]
    /// Creates the account, or replaces the one with its name.
    func saveAccount(_ account: StoredAccount) async throws

    /// Keeps a new session.
    func saveSession(_ session: StoredSession) async throws
    /// The session whose token hashes to `tokenHash`, or nil.
    func session(tokenHash: String) async throws -> StoredSession?
    /// Ends one session (signing out).
    func deleteSession(tokenHash: String) async throws
    /// Ends every session of `account` (when it is disabled or its password changes), and every
    /// session that expired before `expiredBefore`.
    func deleteSessions(of account: String?, expiredBefore: Date) async throws

    // MARK: Failed sign-ins (migration 9), shared by every instance on the store

    /// Records a wrong password given for the account name `name` at `time`, and forgets every
    /// failure (of any name) from before `forgetBefore`.
    func recordFailedSignIn(name: String, at time: Date, forgetBefore: Date) async throws
    /// When the failures recorded for `name` since `since` happened, oldest first.
    func failedSignIns(name: String, since: Date) async throws -> [Date]
    /// Forgets the failures recorded for `name` (after a successful sign-in).
    func clearFailedSignIns(name: String) async throws
}

/// An account as the store keeps it. `role` and `places` are the application's access role and
/// the ONS codes of the places a place editor may change.
public struct StoredAccount: Sendable, Hashable {
    public var name: String
    public var role: String
    public var places: [String]
    /// The password's slow hash, self-describing (algorithm, parameters, salt, hash).
    public var passwordHash: String
    public var disabled: Bool
    public var updated: Date

    public init(name: String, role: String, places: [String], passwordHash: String, disabled: Bool, updated: Date) {
        self.name = name
        self.role = role
        self.places = places
        self.passwordHash = passwordHash
        self.disabled = disabled
        self.updated = updated
    }
}

/// A signed-in session: the hash of its cookie's token, its account, its CSRF token and when it ends.
public struct StoredSession: Sendable, Hashable {
    public var tokenHash: String
    public var account: String
    public var csrf: String
    public var expires: Date

    public init(tokenHash: String, account: String, csrf: String, expires: Date) {
        self.tokenHash = tokenHash
        self.account = account
        self.csrf = csrf
        self.expires = expires
    }
}
