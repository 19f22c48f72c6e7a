import Foundation

/// A token file of an earlier release: the API tokens as a JSON file of hashes, beside the
/// embedded store (`placeworks.sqlite.tokens.json`) or named by `PLACEWORKS_TOKENS`. Tokens now
/// live in the store; ``AccessTokens/importFile(_:)`` reads such a file once.
public struct TokenFile: Sendable {
    /// The environment variable that named the token file in earlier releases.
    public static let environmentVariable = "PLACEWORKS_TOKENS"

    public let path: String

    public init(path: String) { self.path = path }

    /// The token file an earlier release kept beside the embedded store at `storePath`.
    public static func beside(store storePath: String) -> TokenFile { TokenFile(path: storePath + ".tokens.json") }

    /// Every token the file holds, revoked ones included.
    public func load() throws(TokenError) -> [APIToken] {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(Stored.self, from: data).tokens
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// Renames the file to `<file>.imported` (keeping its owner-only mode), so that it is not
    /// read again, and returns the new path.
    func retire() throws(TokenError) -> String {
        let retired = path + ".imported"
        guard rename(path, retired) == 0 else {
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        return retired
    }

    private struct Stored: Codable {
        var tokens: [APIToken]
    }
}

/// Why a token could not be created, or a token file used, in words an administrator can act on.
public enum TokenError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case invalid(String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "the token file \(path) cannot be read: \(reason)."
        case let .unwritable(path, reason): "the token file \(path) cannot be renamed: \(reason)."
        case let .invalid(reason): reason
        }
    }
}
