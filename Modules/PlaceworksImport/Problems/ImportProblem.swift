/// One thing wrong with an input file: which file, where in it (row and column), the value found
/// and why it cannot be imported — worded for the person who fixes the spreadsheet.
public struct ImportProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file, as named on the command line.
    public var file: String
    /// The row as a spreadsheet numbers it (the header row is row 1); nil for the file as a whole.
    public var row: Int?
    /// The column, by its header (or its position, for a headerless file); nil for a whole row.
    public var column: String?
    /// The value found, when there is one to show.
    public var value: String?
    /// Why it cannot be imported, and what to do.
    public var reason: String

    public init(file: String, row: Int? = nil, column: String? = nil, value: String? = nil, reason: String) {
        self.file = file
        self.row = row
        self.column = column
        self.value = value
        self.reason = reason
    }

    public var description: String {
        var place = file
        if let row { place += ", row \(row)" }
        if let column { place += ", column “\(column)”" }
        if let value { place += " (value “\(value.count > 60 ? String(value.prefix(57)) + "…" : value)”)" }
        return "\(place): \(reason)"
    }
}
