import Foundation

/// Writes rows as CSV (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled; CRLF line ends.
public enum CSVWriter {
    public static func field(_ text: String) -> String {
        // Bytes, not characters: "\r\n" is one character, equal to neither "\r" nor "\n".
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
                                     || $0 == UInt8(ascii: "\r") }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func text(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
