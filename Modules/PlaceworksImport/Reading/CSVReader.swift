import Foundation

/// Reads a CSV file (RFC 4180) a chunk at a time: quoted fields may hold commas, doubled quotes
/// and line breaks; lines end in CRLF, LF or CR; a UTF-8 byte-order mark is skipped.
///
/// Text that is not UTF-8 stops the read with a problem naming the row and column, and saying
/// when it looks like Windows-1252 (read it with `encoding: .windows1252` to convert it).
public struct CSVReader: TableSource {
    private let file: String
    private let encoding: TextEncoding
    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var index = 0
    private var atEnd: Bool
    private var started = false
    private var rowNumber = 0
    /// Bytes dropped from the front of the buffer so far, and the file's size.
    private var dropped = 0
    private let size: Int
    private static let chunkSize = 1 << 20

    /// Reads the file at `path`; `file` names it in problems.
    public init(path: String, file: String? = nil, encoding: TextEncoding = .utf8) throws(ImportProblem) {
        self.file = file ?? path
        self.encoding = encoding
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path)
                ? "the file could not be opened; check it is not open elsewhere and that you may read it."
                : "there is no such file."
            throw ImportProblem(file: file ?? path, reason: reason)
        }
        self.handle = handle
        buffer = []
        atEnd = false
        size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Reads CSV text held in memory; `file` names it in problems.
    public init(data: Data, file: String, encoding: TextEncoding = .utf8) {
        self.file = file
        self.encoding = encoding
        handle = nil
        buffer = [UInt8](data)
        atEnd = true
        size = data.count
    }

    /// Refills the buffer; false at the end of the file.
    private mutating func fill() -> Bool {
        guard !atEnd, let handle else { return false }
        let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
        guard let chunk, !chunk.isEmpty else {
            atEnd = true
            try? handle.close()
            return false
        }
        if index > 0 { buffer.removeFirst(index); dropped += index }
        index = 0
        buffer.append(contentsOf: chunk)
        return true
    }

    private mutating func peek() -> UInt8? {
        if index >= buffer.count, !fill() { return nil }
        return buffer[index]
    }

    public mutating func next() throws(ImportProblem) -> TableRow? {
        if !started {
            started = true
            try checkStart()
        }
        guard peek() != nil else { return nil }
        rowNumber += 1
        let row = rowNumber
        var cells: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(64)
        var quoted = false
        var afterQuote = false
        func finish(_ field: inout [UInt8]) throws(ImportProblem) {
            cells.append(try decode(field[...], row: row, column: cells.count + 1))
            field.removeAll(keepingCapacity: true)
        }
        while let byte = peek() {
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if peek() == UInt8(ascii: "\"") {
                        index += 1
                        field.append(byte)
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                try finish(&field)
                afterQuote = false
            case UInt8(ascii: "\n"):
                try finish(&field)
                return TableRow(number: row, cells: cells)
            case UInt8(ascii: "\r"):
                if peek() == UInt8(ascii: "\n") { index += 1 }
                try finish(&field)
                return TableRow(number: row, cells: cells)
            case UInt8(ascii: "\"") where field.isEmpty && !afterQuote:
                quoted = true
            default:
                field.append(byte)
            }
        }
        if quoted {
            throw ImportProblem(file: file, row: row, column: columnName(cells.count + 1),
                                reason: "a quoted field starts here but its closing quote is missing, so the rest of "
                                    + "the file would be read as one value. Check the quotes in this row.")
        }
        try finish(&field)
        return TableRow(number: row, cells: cells)
    }

    public var position: (done: Int, total: Int)? { (dropped + index, size) }

    private func columnName(_ position: Int) -> String { "column \(position)" }

    private func decode(_ bytes: ArraySlice<UInt8>, row: Int, column: Int) throws(ImportProblem) -> String {
        if let text = encoding.decode(bytes) { return text }
        let shown = String(decoding: bytes, as: UTF8.self)
        if encoding == .utf8, TextEncoding.looksLikeWindows1252(bytes) {
            throw ImportProblem(file: file, row: row, column: "field \(column)", value: shown,
                                reason: "the file is not UTF-8 text: it looks like Windows-1252 (what older Excel "
                                    + "saves as “CSV”). Save it as “CSV UTF-8”, or import it with --encoding windows-1252.")
        }
        throw ImportProblem(file: file, row: row, column: "field \(column)", value: shown,
                            reason: "the file is not valid \(encoding.rawValue) text. Save it as “CSV UTF-8” and import it again.")
    }

    /// Skips a UTF-8 byte-order mark; refuses UTF-16 and an empty file.
    private mutating func checkStart() throws(ImportProblem) {
        while buffer.count - index < 3, fill() {}
        let head = buffer[index..<min(buffer.count, index + 3)]
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw ImportProblem(file: file, reason: "the file is UTF-16 text. Save it as “CSV UTF-8” and import it again.")
        }
        if peek() == nil {
            throw ImportProblem(file: file, reason: "the file is empty: there is nothing to import.")
        }
    }
}
