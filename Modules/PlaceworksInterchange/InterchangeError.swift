/// Why a data file could not be read: which file, where in it, and why — in words a board
/// secretary can act on. Nothing is used from a file that fails.
public enum InterchangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The file's extension names no format Placeworks reads.
    case unsupportedFormat(file: String)
    /// The text is not valid JSON or YAML.
    case malformed(file: String, reason: String)
    /// A value is missing, of the wrong type, or not allowed (at `location`, e.g. `memberships[3].seat`).
    case invalid(file: String, location: String, reason: String)
    /// A field the format does not know (often a misspelling).
    case unknownField(file: String, location: String)
    /// The records do not fit together (duplicate identifiers, references to missing records…).
    case inconsistent(file: String, problems: [String])

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "Cannot read \(file): \(reason)."
        case let .unsupportedFormat(file):
            "Cannot read \(file): use a .json, .yaml or .yml file."
        case let .malformed(file, reason):
            "\(file) is not valid JSON or YAML: \(reason)"
        case let .invalid(file, location, reason):
            "\(file), at \(location.isEmpty ? "the top level" : location): \(reason)."
        case let .unknownField(file, location):
            "\(file), at \(location): there is no such field. Check its spelling against docs/data-format.md."
        case let .inconsistent(file, problems):
            "\(file) does not fit together:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
