/// A column an import kind reads: its name in templates, the other headers teams commonly
/// write for it, whether a file must have it, and an example value for the template.
public struct ColumnSpec: Sendable, Hashable {
    /// The header as the template writes it, e.g. "Risk owner".
    public let name: String
    /// Other headers accepted for it, e.g. "Owner". Matching ignores case, spaces and punctuation.
    public let aliases: [String]
    /// Whether a file of this kind must have the column.
    public let required: Bool
    /// An example value, written in the template's example row.
    public let example: String
    /// What goes in it, for documentation.
    public let help: String

    public init(_ name: String, aliases: [String] = [], required: Bool = false, example: String, help: String) {
        self.name = name
        self.aliases = aliases
        self.required = required
        self.example = example
        self.help = help
    }

    /// Every header that names this column, normalised.
    var keys: [String] { ([name] + aliases).map(HeaderName.normalise) }
}

/// Header matching: case, spaces and punctuation are ignored ("Risk owner", "RISK_OWNER" and
/// "risk-owner" are the same header).
public enum HeaderName {
    public static func normalise(_ header: String) -> String {
        String(String.UnicodeScalarView(header.lowercased().unicodeScalars.filter {
            CharacterSetASCII.isAlphanumeric($0)
        }))
    }
}

enum CharacterSetASCII {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar.value > 0x7F && scalar.properties.isAlphabetic
    }
}
