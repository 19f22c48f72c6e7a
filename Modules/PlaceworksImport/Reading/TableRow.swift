/// One row of a table as read from a file.
public struct TableRow: Sendable, Hashable {
    /// The row's number as a spreadsheet shows it: the first row of the file is row 1.
    public var number: Int
    /// The cells: as text (a workbook, a JSON or YAML list), or as the CSV reader's bytes, made
    /// text one cell at a time when asked for.
    private var storage: Storage

    private enum Storage: Sendable {
        case text([String])
        case bytes(RowBytes)
    }

    public init(number: Int, cells: [String]) {
        self.number = number
        storage = .text(cells)
    }

    init(number: Int, bytes: RowBytes) {
        self.number = number
        storage = .bytes(bytes)
    }

    /// The cells, as text; a short row has fewer cells than the header.
    public var cells: [String] {
        get {
            switch storage {
            case let .text(cells): cells
            case let .bytes(row): (0..<row.count).map(row.text)
            }
        }
        set { storage = .text(newValue) }
    }

    /// How many cells the row has.
    public var count: Int {
        switch storage {
        case let .text(cells): cells.count
        case let .bytes(row): row.count
        }
    }

    /// The text of the cell at `position` (from 0), trimmed of white space; nil when the row is
    /// shorter or the cell empty.
    func trimmedCell(_ position: Int) -> String? {
        guard position < count else { return nil }
        switch storage {
        case let .bytes(row): return row.trimmed(position)
        case let .text(cells):
            var cell = cells[position]
            guard let first = cell.utf8.first, let last = cell.utf8.last else { return nil }
            // Most cells have nothing to trim: skip the general trim for them.
            if first > 0x20 && last > 0x20 && first < 0x80 && last < 0x80 { return cell }
            return cell.withUTF8(RowBytes.trimmedText)
        }
    }

    /// Whether every cell is empty or white space.
    public var isBlank: Bool {
        switch storage {
        case let .text(cells): cells.allSatisfy { $0.allSatisfy(\.isWhitespace) }
        case let .bytes(row): row.isBlank
        }
    }

    public static func == (left: TableRow, right: TableRow) -> Bool {
        left.number == right.number && left.cells == right.cells
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(cells)
    }
}

/// A source of rows, read one at a time so a large file never has to fit in memory.
public protocol TableSource {
    /// The next row, or nil at the end of the file.
    /// - Throws: ``ImportProblem`` when the file cannot be read on (it names the row).
    mutating func next() throws(ImportProblem) -> TableRow?
    /// How far through the file the reader is, in bytes, when it can tell.
    var position: (done: Int, total: Int)? { get }
    /// The file's SHA-256 (lowercase hex), when the reader has read all of it and hashed it on
    /// the way; nil otherwise (the importer then reads the file again to hash it).
    var sha256: String? { get }
}

extension TableSource {
    public var position: (done: Int, total: Int)? { nil }
    public var sha256: String? { nil }
}
