import Foundation

/// The API tokens of a deployment, kept in a JSON file of hashes (mode 0600) that every server
/// instance reads; `place token create|list|revoke` edits it.
///
/// For the embedded store the file sits beside it (`placeworks.sqlite.tokens.json`); a shared
/// PostgreSQL deployment names it with `--tokens` or `PLACEWORKS_TOKENS` on every instance.
/// The server reads the file again when it changes, so a revoked token stops working at once.
public struct TokenFile: Sendable {
    /// The environment variable that names the token file.
    public static let environmentVariable = "PLACEWORKS_TOKENS"

    public let path: String

    public init(path: String) { self.path = path }

    /// The token file named by `argument`, else the environment, else the one beside an embedded
    /// store at `storePath`; nil when none can be worked out (a PostgreSQL store with neither).
    public static func resolve(_ argument: String?, environment: [String: String], storePath: String?) -> TokenFile? {
        if let argument, !argument.isEmpty { return TokenFile(path: argument) }
        if let named = environment[environmentVariable], !named.isEmpty { return TokenFile(path: named) }
        return storePath.map { TokenFile(path: $0 + ".tokens.json") }
    }

    /// Every token the file holds, revoked ones included (none when the file does not exist).
    public func load() throws(TokenError) -> [APIToken] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(Stored.self, from: data).tokens
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// Writes `tokens`, replacing the file in one step, readable by its owner only.
    public func save(_ tokens: [APIToken]) throws(TokenError) {
        do {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(Stored(tokens: tokens))
            let temporary = path + ".new"
            guard FileManager.default.createFile(atPath: temporary, contents: data,
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw TokenError.unwritable(path: path, reason: "the folder is not writable")
            }
            guard rename(temporary, path) == 0 else {
                throw TokenError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as TokenError {
            throw error
        } catch {
            throw .unwritable(path: path, reason: "\(error)")
        }
    }

    /// Adds a token named `name` and returns its secret, which is not kept anywhere: show it once.
    public func create(name: String, role: AccessRole, places: [String], at time: Date) throws(TokenError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .invalid("give the token a name (--name), e.g. the holder's email.") }
        var tokens = try load()
        if tokens.contains(where: { $0.name == trimmed && $0.revoked == nil }) {
            throw .invalid("there is already a token named \(trimmed); revoke it first or choose another name.")
        }
        switch role {
        case .placeEditor where places.isEmpty:
            throw .invalid("a place editor needs at least one --place (an ONS code such as E09000028).")
        case .viewer where !places.isEmpty, .icsAdmin where !places.isEmpty:
            throw .invalid("--place applies to place editors only; a \(role.rawValue) covers every place.")
        default: break
        }
        let secret = APIToken.newSecret()
        tokens.append(APIToken(name: trimmed, role: role, places: places, hash: APIToken.hash(of: secret), created: time))
        try save(tokens)
        return secret
    }

    /// Revokes the live token named `name`.
    public func revoke(name: String, at time: Date) throws(TokenError) {
        var tokens = try load()
        guard let index = tokens.firstIndex(where: { $0.name == name && $0.revoked == nil }) else {
            throw .invalid("there is no live token named \(name) in \(path); `place token list` shows them.")
        }
        tokens[index].revoked = time
        try save(tokens)
    }

    private struct Stored: Codable {
        var tokens: [APIToken]
    }
}

/// The live tokens, for checking a presented secret: hashes it and compares with every live
/// token's hash in constant time.
public struct TokenVerifier: Sendable {
    public let tokens: [APIToken]

    public init(tokens: [APIToken]) { self.tokens = tokens.filter { $0.revoked == nil } }

    /// The live token whose secret is `secret`, or nil.
    public func token(for secret: String) -> APIToken? {
        let hash = APIToken.hash(of: secret)
        var found: APIToken?
        // Compare with every token, so the time taken does not depend on which one matched.
        for token in tokens where token.matches(hash: hash) { found = token }
        return found
    }
}

/// Why the token file could not be used, in words an administrator can act on.
public enum TokenError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case invalid(String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "the token file \(path) cannot be read: \(reason)."
        case let .unwritable(path, reason): "the token file \(path) cannot be written: \(reason)."
        case let .invalid(reason): reason
        }
    }
}
