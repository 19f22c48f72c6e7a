/// One row of a table as read from a file.
public struct TableRow: Sendable, Hashable {
    /// The row's number as a spreadsheet shows it: the first row of the file is row 1.
    public var number: Int
    /// The cells, as text; a short row has fewer cells than the header.
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// Whether every cell is empty or white space.
    public var isBlank: Bool {
        cells.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}

/// A source of rows, read one at a time so a large file never has to fit in memory.
public protocol TableSource {
    /// The next row, or nil at the end of the file.
    /// - Throws: ``ImportProblem`` when the file cannot be read on (it names the row).
    mutating func next() throws(ImportProblem) -> TableRow?
    /// How far through the file the reader is, in bytes, when it can tell.
    var position: (done: Int, total: Int)? { get }
}

extension TableSource {
    public var position: (done: Int, total: Int)? { nil }
}
