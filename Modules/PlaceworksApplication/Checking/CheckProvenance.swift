import Crypto
import Foundation
import PlaceworksDomain

/// What a check result was computed from: which rules, and which data. Board packs print it; the
/// server uses it in ETags.
public struct CheckProvenance: Codable, Sendable, Hashable {
    /// The registered extensions and a digest of their rules.
    public var ruleSet: RuleSetVersion
    /// Where the data came from and its version.
    public var data: DataVersion

    public init(ruleSet: RuleSetVersion, data: DataVersion) {
        self.ruleSet = ruleSet
        self.data = data
    }
}

/// The version of the rule set: the extensions, how many rules, and a SHA-256 over every rule's
/// ID, severity and citations, so any change to what is checked changes the digest.
public struct RuleSetVersion: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The extensions, in registration order.
    public var extensions: [String]
    /// How many rules they register.
    public var rules: Int
    /// The first 16 hex digits of the SHA-256 of the rule list.
    public var digest: String

    public init(_ registry: Registry) {
        extensions = registry.members.map(\.name)
        rules = registry.rules.count
        let text = registry.rules.map { registered in
            let rule = registered.rule
            return "\(rule.id)\t\(rule.severity)\t\(registered.owner)\t"
                + rule.citations.map { "\($0)" }.joined(separator: "|")
        }.joined(separator: "\n")
        digest = String(Self.sha256(Array(text.utf8)).prefix(16))
    }

    /// The SHA-256 of `bytes` in hex.
    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }

    /// "57 rules from NationalGuidance, SouthEastLondon… (digest 3f2a…)".
    public var description: String {
        "\(rules) rules from \(extensions.joined(separator: ", ")) (rule set \(digest))"
    }
}

/// Which data a result describes.
public struct DataVersion: Codable, Sendable, Hashable, CustomStringConvertible {
    /// `store` (the sequence and hash of the audit head) or `file` (a dataset file's path).
    public var source: String
    /// The audit head's sequence number (0 for a file).
    public var sequence: Int64
    /// The audit head's hash, or the file's path.
    public var reference: String
    /// For a file, the SHA-256 of its contents when it was read (two results from different
    /// versions of one file tell apart).
    public var digest: String?

    public init(source: String, sequence: Int64, reference: String, digest: String? = nil) {
        self.source = source
        self.sequence = sequence
        self.reference = reference
        self.digest = digest
    }

    /// The data of a store whose audit log ends at `sequence` with `hash`.
    public static func store(sequence: Int64, hash: String) -> DataVersion {
        DataVersion(source: "store", sequence: sequence, reference: hash)
    }

    /// The data of the dataset file at `path`, with the digest of its contents now.
    public static func file(_ path: String) -> DataVersion {
        let contents = FileManager.default.contents(atPath: path).map { RuleSetVersion.sha256(Array($0)) }
        return DataVersion(source: "file", sequence: 0, reference: path, digest: contents)
    }

    public var description: String {
        if source == "store" { return "store version \(sequence) (audit head \(reference.prefix(12)))" }
        return "file \(reference)" + (digest.map { " (SHA-256 \($0.prefix(12)))" } ?? "")
    }
}
