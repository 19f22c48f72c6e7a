import Foundation

/// A CSV row as the reader found it: the row's bytes, copied from the file in one piece, and
/// where each field's text lies in them. A quoted field's text leaves its quotes out; one with
/// doubled quotes (or text after its closing quote) is rewritten in place, never growing. A cell
/// becomes text only when it is asked for, so a row whose columns a kind never reads costs no strings.
struct RowBytes: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Where each field's text lies in ``bytes``.
    private(set) var fields: [Range<Int>] = []

    init() {}

    /// A row of these cells.
    init(cells: [String]) {
        for cell in cells {
            let start = bytes.count
            bytes.append(contentsOf: cell.utf8)
            fields.append(start..<bytes.count)
        }
    }

    /// How many fields the row has.
    var count: Int { fields.count }

    /// Empties the row, keeping its storage for the next one.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
    }

    /// Adds a field, as it lies in the row's raw bytes (from the row's start, quotes and all).
    mutating func addField(_ raw: Range<Int>) { fields.append(raw) }

    /// Takes the row's raw bytes, and the quotes out of its quoted fields.
    mutating func finish(_ raw: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: raw)
        let quote = UInt8(ascii: "\"")
        bytes.withUnsafeMutableBufferPointer { bytes in
            for index in fields.indices where !fields[index].isEmpty && bytes[fields[index].lowerBound] == quote {
                fields[index] = Self.unquote(fields[index], in: bytes)
            }
        }
    }

    /// The text of the quoted field at `raw` (its opening quote first), written over its raw bytes:
    /// a doubled quote is one quote, and after the closing quote the bytes are the field's as they are.
    private static func unquote(_ raw: Range<Int>, in bytes: UnsafeMutableBufferPointer<UInt8>) -> Range<Int> {
        let quote = UInt8(ascii: "\"")
        let start = raw.lowerBound + 1
        var read = start, write = start, quoted = true
        while read < raw.upperBound {
            let byte = bytes[read]
            read += 1
            if quoted && byte == quote {
                guard read < raw.upperBound, bytes[read] == quote else {
                    quoted = false
                    continue
                }
                read += 1
            }
            bytes[write] = byte
            write += 1
        }
        return start..<write
    }

    /// Where field `position` (from 0) lies in ``bytes``.
    func range(_ position: Int) -> Range<Int> { fields[position] }

    /// Whether every byte is ASCII (so the row is valid UTF-8 without looking further).
    var isASCII: Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var all: UInt8 = 0
            for byte in buffer { all |= byte }
            return all < 0x80
        }
    }

    /// Field `position`'s text. The bytes must be valid UTF-8 (the reader checks every row).
    func text(_ position: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(position)]), as: UTF8.self) }
    }

    /// Field `position`'s text without the white space around it; nil when that leaves nothing.
    func trimmed(_ position: Int) -> String? {
        bytes.withUnsafeBufferPointer { Self.trimmedText(UnsafeBufferPointer(rebasing: $0[range(position)])) }
    }

    /// The text of the UTF-8 `bytes` without the white space around it; nil when that leaves nothing.
    static func trimmedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var range = bytes.indices
        while let first = range.first, isSpace(bytes[first]) { range = range.dropFirst() }
        while let last = range.last, isSpace(bytes[last]) { range = range.dropLast() }
        guard let first = range.first, let last = range.last else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        // White space beyond ASCII (a no-break space, say) is trimmed as text.
        guard bytes[first] >= 0x80 || bytes[last] >= 0x80 else { return text }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// Whether every field is empty or white space (the separators between them do not count).
    var isBlank: Bool {
        var beyondASCII = false
        for field in fields {
            for byte in bytes[field] where !Self.isSpace(byte) {
                guard byte >= 0x80 else { return false }
                beyondASCII = true
            }
        }
        return !beyondASCII || (0..<count).allSatisfy { text($0).allSatisfy(\.isWhitespace) }
    }

    /// ASCII white space: space, tab, and the line and page breaks.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
