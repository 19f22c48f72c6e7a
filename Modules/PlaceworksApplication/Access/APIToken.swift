import Crypto
import Foundation
import PlaceworksStore

/// A bearer token as the store keeps it: who holds it, what it may do, and the SHA-256 of the
/// secret (never the secret itself). (Codable: the form of the token files of earlier releases.)
public struct APIToken: Codable, Sendable, Hashable {
    /// The holder's name, recorded as the actor of every write made with the token.
    public var name: String
    public var role: AccessRole
    /// The places a place editor may change (ONS codes); empty for other roles.
    public var places: [String]
    /// The SHA-256 of the secret, as lowercase hex.
    public var hash: String
    public var created: Date
    /// When the token was revoked; a revoked token is refused.
    public var revoked: Date?

    public init(name: String, role: AccessRole, places: [String], hash: String, created: Date, revoked: Date? = nil) {
        self.name = name
        self.role = role
        self.places = places
        self.hash = hash
        self.created = created
        self.revoked = revoked
    }

    /// The SHA-256 of `secret` as lowercase hex.
    public static func hash(of secret: String) -> String {
        hex(SHA256.hash(data: Array(secret.utf8)))
    }

    /// `bytes` as lowercase hexadecimal, two digits a byte.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A new secret: `pw_` and 256 random bits from the system's secure generator, as hex.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "pw_" + hex(bytes)
    }

    /// Whether `hex` equals this token's hash, compared in constant time.
    public func matches(hash hex: String) -> Bool { APIToken.constantTimeEquals(hash, hex) }

    /// Whether two secrets (or their hashes) are equal, in time that does not depend on where they differ.
    public static func constantTimeEquals(_ left: String, _ right: String) -> Bool {
        let mine = Array(left.utf8), theirs = Array(right.utf8)
        guard mine.count == theirs.count else { return false }
        var difference: UInt8 = 0
        for index in mine.indices { difference |= mine[index] ^ theirs[index] }
        return difference == 0
    }
}

extension APIToken {
    /// The token as the store keeps it.
    public var stored: StoredToken {
        StoredToken(hash: hash, name: name, role: role.rawValue, places: places, created: Timestamp(created),
                    revoked: revoked.map(Timestamp.init))
    }

    /// The token the store holds as `stored`, or nil when its role is not one this program knows
    /// (such a token is refused).
    public init?(_ stored: StoredToken) {
        guard let role = AccessRole(rawValue: stored.role) else { return nil }
        self.init(name: stored.name, role: role, places: stored.places, hash: stored.hash, created: stored.created.date,
                  revoked: stored.revoked?.date)
    }
}
