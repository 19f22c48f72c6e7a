import Crypto
import _CryptoExtras
import Foundation

/// Passwords are kept as scrypt hashes (RFC 7914), a deliberately slow and memory-hard function:
/// `scrypt$N$r$p$salt$hash` with the salt and hash in base64, so the parameters can be raised
/// later without invalidating the hashes already kept.
public struct PasswordHashing: Sendable, Hashable {
    /// The CPU and memory cost (a power of two).
    public var rounds: Int
    public var blockSize: Int
    public var parallelism: Int

    /// 2^15 rounds, block size 8, parallelism 1: 32 MiB and tens of milliseconds per hash in a
    /// release build — what OWASP recommends for scrypt.
    public static let standard = PasswordHashing(rounds: 1 << 15, blockSize: 8, parallelism: 1)

    public init(rounds: Int, blockSize: Int, parallelism: Int) {
        self.rounds = rounds
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    /// The hash of `password` with a new random salt.
    public func hash(_ password: String) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let derived = try Self.derive(password, salt: salt, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return "scrypt$\(rounds)$\(blockSize)$\(parallelism)$\(Data(salt).base64EncodedString())$\(derived.base64EncodedString())"
    }

    /// Whether `password` is the one `stored` was made from (compared in constant time). A hash
    /// this code cannot read matches nothing.
    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let rounds = Int(parts[1]), let blockSize = Int(parts[2]),
              let parallelism = Int(parts[3]), let salt = Data(base64Encoded: parts[4]),
              let expected = Data(base64Encoded: parts[5]),
              let derived = try? derive(password, salt: Array(salt), rounds: rounds, blockSize: blockSize,
                                        parallelism: parallelism)
        else { return false }
        return APIToken.constantTimeEquals(derived.base64EncodedString(), expected.base64EncodedString())
    }

    static func derive(_ password: String, salt: [UInt8], rounds: Int, blockSize: Int, parallelism: Int) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: salt, outputByteCount: 32, rounds: rounds,
                                           blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Data($0) }
    }
}
