import Foundation
import PlaceworksStore

/// The API tokens of a deployment, kept in its store (the `api_tokens` table) so that every
/// server instance sharing the store accepts the same tokens and refuses a revoked one: on the
/// embedded store from its next request, on PostgreSQL within ``VerifiedTokens/defaultLifetime``
/// (one second). `place token create|list|revoke|import` and the server use it.
///
/// A token's secret is `pw_` and 256 random bits, returned once by ``create(name:role:places:at:)``
/// and never stored: the store keeps its SHA-256.
///
/// ```swift
/// let tokens = AccessTokens(store: store)
/// let secret = try await tokens.create(name: "secretary@southwark.example", role: .placeEditor,
///                                      places: ["E09000028"], at: Date())
/// let holder = try await tokens.verify(secret)      // the live token, or nil
/// try await tokens.revoke(name: "secretary@southwark.example", at: Date())
/// ```
public struct AccessTokens: Sendable {
    public let store: any DatasetStore
    /// The tokens verified lately, shared by every copy of this value.
    let verified: VerifiedTokens

    /// The tokens kept in `store`. On a store without a change counter (PostgreSQL) a verified
    /// token is trusted for `lifetime` without another lookup.
    public init(store: any DatasetStore, lifetime: Duration = VerifiedTokens.defaultLifetime) {
        self.store = store
        verified = VerifiedTokens(lifetime: lifetime)
    }

    /// Adds a token named `name` and returns its secret, which is kept nowhere: show it once.
    ///
    /// - Throws: ``TokenError/invalid(_:)`` for a missing name or places that do not suit the
    ///   role (a place editor needs places the store holds; other roles take none);
    ///   ``PlaceworksStore/StoreError/tokenExists(name:)`` when a live token has the name.
    public func create(name: String, role: AccessRole, places: [String], at time: Date) async throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw TokenError.invalid("give the token a name (--name), e.g. the holder's email.") }
        switch role {
        case .placeEditor where places.isEmpty:
            throw TokenError.invalid("a place editor needs at least one --place (an ONS code such as E09000028).")
        case .viewer where !places.isEmpty, .icsAdmin where !places.isEmpty:
            throw TokenError.invalid("--place applies to place editors only; a \(role.rawValue) covers every place.")
        default: break
        }
        if !places.isEmpty {
            let known = Set(try await store.records(of: .place, place: nil, after: nil, limit: 100_000).map(\.key.id))
            if let unknown = places.first(where: { !known.contains($0) }) {
                throw TokenError.invalid("there is no place \(unknown) in the store; give a place's ONS code "
                    + "(`place list places` shows them).")
            }
        }
        let secret = APIToken.newSecret()
        try await store.addToken(APIToken(name: trimmed, role: role, places: places, hash: APIToken.hash(of: secret),
                                          created: time).stored)
        return secret
    }

    /// Every token, revoked ones included, oldest first (tokens with a role this program does
    /// not know are left out).
    public func list() async throws -> [APIToken] {
        try await store.tokens().compactMap(APIToken.init)
    }

    /// Revokes the live token named `name`: every server refuses it from its next request.
    public func revoke(name: String, at time: Date) async throws {
        try await store.revokeToken(name: name, at: time)
    }

    /// The live token whose secret is `secret`, or nil.
    ///
    /// The secret is hashed and the store looked up by the hash (one indexed read); the stored
    /// hash is then compared with the presented one in constant time. The lookup's own timing
    /// could reveal at most how much of a SHA-256 of the presented text matches a stored hash,
    /// which tells nothing about any secret. A live token found is kept in ``VerifiedTokens``
    /// and answered from memory while that lookup still stands: until anything is committed to
    /// an embedded store, or for at most the lifetime on PostgreSQL.
    public func verify(_ secret: String) async throws -> APIToken? {
        guard secret.hasPrefix("pw_"), secret.utf8.count <= 256 else { return nil }
        let hash = APIToken.hash(of: secret)
        let counter = store.changeCounter()
        if let known = verified.value(hash: hash, counter: counter) { return known }
        let lookedUp = ContinuousClock.now
        guard let stored = try await store.token(hash: hash), let token = APIToken(stored),
              token.matches(hash: hash), token.revoked == nil else { return nil }
        verified.keep(token, hash: hash, counter: counter, lookedUp: lookedUp)
        return token
    }

    // MARK: - Token files of earlier releases

    /// Copies the tokens of a token file written by an earlier release (hashes, names, roles,
    /// places, dates: the secrets the holders have keep working) into the store, then renames
    /// the file to `<file>.imported` so that it is read only once. A token already in the store
    /// is left as it is; a live token whose name a different live token in the store already
    /// has is not imported, and named in the result.
    public func importFile(_ file: TokenFile) async throws -> TokenImport {
        var result = TokenImport(file: file.path)
        for token in try file.load() {
            if try await store.token(hash: token.hash) != nil {
                result.alreadyPresent += 1
                continue
            }
            do {
                try await store.addToken(token.stored)
                result.imported.append(token.name)
            } catch StoreError.tokenExists {
                result.conflicting.append(token.name)
            }
        }
        result.renamedTo = try file.retire()
        return result
    }

    /// Imports the token file an earlier release kept beside the embedded store at `storePath`
    /// (`<store>.tokens.json`), when there is one; nil when there is none.
    public func importFile(besideStore storePath: String) async throws -> TokenImport? {
        let file = TokenFile.beside(store: storePath)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        return try await importFile(file)
    }
}

/// What importing a token file did.
public struct TokenImport: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The names of the tokens copied into the store.
    public var imported: [String] = []
    /// How many of the file's tokens the store already held.
    public var alreadyPresent = 0
    /// Live tokens not imported because a different live token in the store has their name.
    public var conflicting: [String] = []
    /// Where the file is now.
    public var renamedTo = ""

    public var description: String {
        var text = "Imported \(imported.count) API token\(imported.count == 1 ? "" : "s") from \(file) into the store"
        if alreadyPresent > 0 { text += " (\(alreadyPresent) already there)" }
        text += "; the file is now \(renamedTo) and is no longer read."
        if !conflicting.isEmpty {
            text += " Not imported, because a different live token has the name: \(conflicting.joined(separator: ", "))."
        }
        return text
    }
}
