import Foundation

/// An API token as the store keeps it: the SHA-256 of its secret (never the secret itself), who
/// holds it, what it may do, and when it was created and revoked.
///
/// The store keeps tokens beside the records so that every server instance sharing a database
/// sees the same tokens, and a revocation through any of them at once. Tokens are not records:
/// they are not versioned, not in the audit log and not part of the dataset.
public struct StoredToken: Sendable, Hashable {
    /// The SHA-256 of the secret as 64 lowercase hexadecimal digits: the token's key.
    public var hash: String
    /// The holder's name, unique among live tokens; the actor of every write made with the token.
    public var name: String
    /// What the token may do, as the application names it (`viewer`, `place-editor`, `ics-admin`).
    public var role: String
    /// The places (ONS codes) a place editor may change; empty for other roles.
    public var places: [String]
    public var created: Timestamp
    /// When the token was revoked; nil while it is live.
    public var revoked: Timestamp?

    public init(hash: String, name: String, role: String, places: [String], created: Timestamp,
                revoked: Timestamp? = nil) {
        self.hash = hash
        self.name = name
        self.role = role
        self.places = places
        self.created = created
        self.revoked = revoked
    }

    /// Whether the token is accepted: it has not been revoked.
    public var isLive: Bool { revoked == nil }

    /// `places` as the tokens table's `places` column holds them: a JSON array of strings.
    public var placesColumn: String {
        let data = (try? JSONEncoder().encode(places)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The places of a `places` column, refusing anything but a JSON array of strings.
    public static func places(fromColumn text: String, hash: String) throws(StoreError) -> [String] {
        guard let places = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw .unreadableRecord(kind: "api token", id: String(hash.prefix(12)),
                                    reason: "its places are not a JSON list of place codes")
        }
        return places
    }
}
