import Foundation
import PlaceworksStore

/// Why an account could not be created, changed or used, in words the administrator can act on.
public enum AccountError: Error, Sendable, Hashable, CustomStringConvertible {
    case exists(String)
    case notFound(String)
    case invalid(field: String, reason: String)
    /// The store keeps no accounts (it is not at migration 7).
    case unsupported(String)

    public var description: String {
        switch self {
        case let .exists(name): "there is already an account called \(name); use `place user grant` to change its role."
        case let .notFound(name): "there is no account called \(name); `place user list` shows them."
        case let .invalid(field, reason): "\(field): \(reason)"
        case let .unsupported(location): "the store at \(location) keeps no accounts; run `place db migrate` first."
        }
    }
}

/// Someone signed in to the web front end: their account's name (the actor of their writes),
/// role and places.
public struct Editor: Sendable, Hashable {
    public var name: String
    public var role: AccessRole
    public var places: Set<String>
    /// The session's CSRF token, which every form they post must carry.
    public var csrf: String

    public init(name: String, role: AccessRole, places: Set<String>, csrf: String) {
        self.name = name
        self.role = role
        self.places = places
        self.csrf = csrf
    }

    /// Whether they may change data filed under `place`.
    public func mayChange(place: String?) -> Bool {
        switch role {
        case .icsAdmin: true
        case .viewer: false
        case .placeEditor: place.map { places.contains($0) } ?? false
        }
    }
}

/// The web front end's accounts and sessions, kept in the store: `place user create|disable|grant`
/// and signing in and out all go through here.
public struct Accounts: Sendable {
    public let store: any AccountStore
    public let hashing: PasswordHashing
    public let clock: @Sendable () -> Date
    /// How long a session lasts from signing in.
    public let sessionLength: TimeInterval
    /// The sessions verified lately, shared by every copy of this value: a signed-in page needs
    /// no store lookup while nothing was committed (SQLite), or for at most a second (PostgreSQL).
    let verified = VerifiedCredentials<VerifiedSession>()
    /// The store's change counter, when it has one (found once, not on every request).
    private let changeCounter: (@Sendable () -> Int64?)?

    struct VerifiedSession: Sendable {
        var editor: Editor
        var expires: Date
    }

    public static let minimumPasswordLength = 12

    public init(store: any AccountStore, hashing: PasswordHashing = .standard, clock: @escaping @Sendable () -> Date = { Date() },
                sessionLength: TimeInterval = 8 * 3600) {
        self.store = store
        self.hashing = hashing
        self.clock = clock
        self.sessionLength = sessionLength
        if let datasets = store as? any DatasetStore {
            changeCounter = { datasets.changeCounter() }
        } else {
            changeCounter = nil
        }
    }

    /// The accounts of `store`, or ``AccountError/unsupported(_:)`` when it keeps none.
    public init(_ store: any DatasetStore, hashing: PasswordHashing = .standard) throws {
        guard let accounts = store as? any AccountStore else { throw AccountError.unsupported(store.location) }
        self.init(store: accounts, hashing: hashing)
    }

    // MARK: - Administration

    @discardableResult
    public func create(name: String, password: String, role: AccessRole, places: [String]) async throws -> StoredAccount {
        try Self.check(name: name)
        try Self.check(password: password)
        try Self.check(role: role, places: places)
        if try await store.account(named: name) != nil { throw AccountError.exists(name) }
        let account = StoredAccount(name: name, role: role.rawValue, places: places.sorted(),
                                    passwordHash: try hashing.hash(password), disabled: false, updated: clock())
        try await store.saveAccount(account)
        return account
    }

    /// Disables the account and ends its sessions: it can no longer sign in.
    public func disable(name: String) async throws {
        guard var account = try await store.account(named: name) else { throw AccountError.notFound(name) }
        account.disabled = true
        account.updated = clock()
        try await store.saveAccount(account)
        try await store.deleteSessions(of: name, expiredBefore: clock())
        verified.forget { $0.editor.name == name }
    }

    /// Gives the account a role (and, for a place editor, its places), enabling it again.
    public func grant(name: String, role: AccessRole, places: [String]) async throws {
        try Self.check(role: role, places: places)
        guard var account = try await store.account(named: name) else { throw AccountError.notFound(name) }
        account.role = role.rawValue
        account.places = places.sorted()
        account.disabled = false
        account.updated = clock()
        try await store.saveAccount(account)
        try await store.deleteSessions(of: name, expiredBefore: clock())
        verified.forget { $0.editor.name == name }
    }

    public func list() async throws -> [StoredAccount] { try await store.accounts() }

    // MARK: - Signing in

    /// A new session for `name` when `password` is theirs and the account is enabled: the
    /// cookie's token (kept only as its hash) and the editor; nil otherwise, saying nothing of why.
    public func signIn(name: String, password: String) async throws -> (token: String, editor: Editor)? {
        let account = try await store.account(named: name)
        // Hash even for an unknown name, so the answer takes as long either way.
        let matches = PasswordHashing.verify(password, against: account?.passwordHash ?? Self.decoy)
        guard let account, matches, !account.disabled, let role = AccessRole(rawValue: account.role) else { return nil }
        let token = APIToken.newSecret(), csrf = APIToken.newSecret()
        try await store.deleteSessions(of: nil, expiredBefore: clock())
        try await store.saveSession(StoredSession(tokenHash: APIToken.hash(of: token), account: name, csrf: csrf,
                                                  expires: clock().addingTimeInterval(sessionLength)))
        return (token, Editor(name: name, role: role, places: Set(account.places), csrf: csrf))
    }

    /// The editor whose session token is `token`, while the session lasts and the account is enabled.
    public func editor(token: String) async throws -> Editor? {
        let hash = APIToken.hash(of: token)
        let counter = changeCounter?()
        if let known = verified.value(hash: hash, counter: counter) {
            return known.expires > clock() ? known.editor : nil
        }
        let lookedUp = ContinuousClock.now
        guard let session = try await store.session(tokenHash: hash), session.expires > clock(),
              let account = try await store.account(named: session.account), !account.disabled,
              let role = AccessRole(rawValue: account.role) else { return nil }
        let editor = Editor(name: account.name, role: role, places: Set(account.places), csrf: session.csrf)
        verified.keep(VerifiedSession(editor: editor, expires: session.expires), hash: hash, counter: counter, lookedUp: lookedUp)
        return editor
    }

    public func signOut(token: String) async throws {
        let hash = APIToken.hash(of: token)
        verified.forget(hash: hash)
        try await store.deleteSession(tokenHash: hash)
    }

    /// A hash no password matches, verified when the name is unknown.
    static let decoy = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

    // MARK: - Validation

    static func check(name: String) throws(AccountError) {
        guard !name.isEmpty, name.count <= 200, !name.contains(where: { $0.isWhitespace || $0.isNewline }) else {
            throw .invalid(field: "name", reason: "an account name is one word of up to 200 characters, e.g. an email address.")
        }
    }

    static func check(password: String) throws(AccountError) {
        guard password.count >= minimumPasswordLength else {
            throw .invalid(field: "password", reason: "use at least \(minimumPasswordLength) characters.")
        }
    }

    static func check(role: AccessRole, places: [String]) throws(AccountError) {
        if role == .placeEditor && places.isEmpty {
            throw .invalid(field: "place", reason: "a place editor needs at least one place (its ONS code).")
        }
        if role != .placeEditor && !places.isEmpty {
            throw .invalid(field: "place", reason: "only a place editor is limited to places; a \(role.rawValue) has none.")
        }
    }
}
