import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a CSV file (RFC 4180) a chunk at a time: quoted fields may hold commas, doubled quotes
/// and line breaks; lines end in CRLF, LF or CR; a UTF-8 byte-order mark is skipped.
///
/// The reader scans each chunk in place for the next comma, quote or line end, and keeps a row as
/// its fields' bytes (``RowBytes``); a cell becomes text only when a kind reads it. Every row is
/// checked as it is read: text that is not UTF-8 stops the read with a problem naming the row and
/// column, and saying when it looks like Windows-1252 (read it with `encoding: .windows1252` to
/// convert it).
public struct CSVReader: TableSource {
    private let file: String
    private let encoding: TextEncoding
    private var bytes: ChunkedBytes
    private var started = false
    private var rowNumber = 0
    /// The row being read, its storage kept from row to row.
    private var row = RowBytes()
    /// The file's size.
    private let size: Int

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
        bytes = ChunkedBytes(handle: handle, hashing: true)
        size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Reads CSV text held in memory; `file` names it in problems.
    public init(data: Data, file: String, encoding: TextEncoding = .utf8) {
        self.file = file
        self.encoding = encoding
        bytes = ChunkedBytes(data: data, hashing: true)
        size = data.count
    }

    public mutating func next() throws(ImportProblem) -> TableRow? {
        if !started {
            started = true
            try checkStart()
        }
        if bytes.index >= bytes.buffer.count, bytes.fill() == nil { return nil }
        rowNumber += 1
        var row = RowBytes()
        swap(&row, &self.row)
        defer { swap(&row, &self.row) }
        while true {
            let scan = bytes.buffer.withUnsafeBufferPointer { Self.scan($0, from: bytes.index, atEnd: bytes.atEnd, into: &row) }
            switch scan {
            case let .row(end):
                bytes.index = end
                try checkText(&row)
                return TableRow(number: rowNumber, bytes: row)
            case .needMore:
                bytes.fill()
            case let .unclosedQuote(column):
                throw ImportProblem(file: file, row: rowNumber, column: "column \(column)",
                                    reason: "a quoted field starts here but its closing quote is missing, so the rest of "
                                        + "the file would be read as one value. Check the quotes in this row.")
            }
        }
    }

    public var position: (done: Int, total: Int)? { (bytes.position, size) }

    /// The file's SHA-256, once it has been read to the end: hashed as it is read, so the file
    /// is read once.
    public var sha256: String? { bytes.sha256 }

    /// What scanning for a row found.
    private enum Scan {
        /// A whole row, ending before `end`.
        case row(end: Int)
        /// The buffer ends inside the row (or where a quote or a CR needs the next byte).
        case needMore
        /// The file ends inside a quoted field, the row's `column`th.
        case unclosedQuote(column: Int)
    }

    /// Reads one row from `buffer` at `start` into `row`: finds each field's end with one pass over
    /// its bytes (a quoted field's closing quote with `memchr`), then copies the row in one piece.
    /// A quote opens a quoted field only as its first byte; after the closing quote, bytes up to the
    /// next comma join the field.
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool,
                             into row: inout RowBytes) -> Scan {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n")
        let end = buffer.count
        guard let base = buffer.baseAddress else { return atEnd ? .row(end: end) : .needMore }
        row.removeAll()
        var index = start
        while true {
            let field = index
            if index < end, buffer[index] == quote {
                index += 1
                while true {
                    guard let found = memchr(base + index, Int32(quote), end - index) else {
                        return atEnd ? .unclosedQuote(column: row.count + 1) : .needMore
                    }
                    let closing = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if closing + 1 == end, !atEnd { return .needMore }
                    index = closing + 1
                    guard index < end, buffer[index] == quote else { break }
                    index += 1
                }
            }
            // The field's unquoted bytes, to the next comma or line end.
            let stop = delimiter(in: buffer, from: index)
            if stop == end, !atEnd { return .needMore }
            row.addField(field - start..<stop - start)
            let next: Int
            if stop == end {
                next = end
            } else if buffer[stop] == comma {
                index = stop + 1
                continue
            } else if buffer[stop] == lf {
                next = stop + 1
            } else if stop + 1 < end {
                next = buffer[stop + 1] == lf ? stop + 2 : stop + 1
            } else {
                guard atEnd else { return .needMore }
                next = stop + 1
            }
            row.finish(UnsafeBufferPointer(rebasing: buffer[start..<stop]))
            return .row(end: next)
        }
    }

    /// Where the first comma or line break at or after `start` is (the end of `buffer` if none),
    /// looking at eight bytes at a time.
    private static func delimiter(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let end = buffer.count
        guard let base = buffer.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        var at = start
        while at + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            let found = bytes(equalTo: UInt8(ascii: ","), in: word) | bytes(equalTo: UInt8(ascii: "\n"), in: word)
                | bytes(equalTo: UInt8(ascii: "\r"), in: word)
            if found != 0 { return at + found.trailingZeroBitCount / 8 }
            at += 8
        }
        while at < end, buffer[at] != UInt8(ascii: ","), buffer[at] != UInt8(ascii: "\n"), buffer[at] != UInt8(ascii: "\r") {
            at += 1
        }
        return at
    }

    /// The high bit of each byte of `word` that equals `byte` (exact for the first such byte; a
    /// later one may be marked wrongly, which does not matter when only the first is wanted).
    @inline(__always)
    private static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & (ones << 7)
    }

    /// Checks the row's text: every field must be valid in the file's encoding. A Windows-1252
    /// row is converted to UTF-8.
    private func checkText(_ row: inout RowBytes) throws(ImportProblem) {
        guard !row.isASCII else { return }
        var cells: [String] = []
        for position in 0..<row.count {
            let bytes = row.bytes[row.range(position)]
            if encoding == .utf8, bytes.allSatisfy({ $0 < 0x80 }) { continue }
            cells.append(try decode(bytes, row: rowNumber, column: position + 1))
        }
        if encoding != .utf8 { row = RowBytes(cells: cells) }
    }

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
        if bytes.skipByteOrderMark() {
            throw ImportProblem(file: file, reason: "the file is UTF-16 text. Save it as “CSV UTF-8” and import it again.")
        }
        if bytes.index >= bytes.buffer.count, bytes.fill() == nil {
            throw ImportProblem(file: file, reason: "the file is empty: there is nothing to import.")
        }
    }
}
