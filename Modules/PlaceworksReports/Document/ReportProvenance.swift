import PlaceworksDomain

/// Where a report's facts come from: which data and which rules, so two packs can be compared.
public struct ReportProvenance: Codable, Sendable, Hashable {
    /// The data's version: the store's audit position, or a fingerprint of a dataset file.
    public var dataVersion: String
    /// The rules' version: how many rules, and a fingerprint of their IDs, severities and wording.
    public var ruleSetVersion: String

    public init(dataVersion: String, ruleSetVersion: String) {
        self.dataVersion = dataVersion
        self.ruleSetVersion = ruleSetVersion
    }

    /// The rule-set version of a registry: its rule count and a fingerprint that changes when any
    /// rule is added, removed, reworded or changes severity.
    public static func ruleSetVersion(of registry: Registry) -> String {
        var hasher = Fingerprint()
        for registered in registry.rules {
            hasher.add("\(registered.rule.id.rawValue)|\(registered.rule.severity.rawValue)|"
                + "\(registered.rule.requirement)|\(registered.owner)\n")
        }
        return "\(registry.rules.count) rules, fingerprint \(hasher.hex)"
    }

    /// The data version of a dataset file's bytes.
    public static func dataVersion(ofFile name: String, bytes: [UInt8]) -> String {
        var hasher = Fingerprint()
        hasher.add(bytes)
        return "file \(name), fingerprint \(hasher.hex)"
    }
}

/// A 64-bit FNV-1a fingerprint: stable across runs and platforms (unlike `Hasher`).
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    mutating func add(_ text: String) { add(text.utf8) }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
