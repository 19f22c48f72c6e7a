/// What was read from one file.
public struct FileSummary: Sendable, Hashable, Codable {
    /// The file, as named on the command line.
    public var file: String
    /// What it was read as (nil when it could not be told).
    public var kind: ImportKind?
    /// The rows of data read (not counting the header or blank rows).
    public var rows: Int
    /// Its SHA-256, hex.
    public var sha256: String?
    /// Remarks for the reader: rows left out on purpose, columns not read.
    public var notes: [String]
    /// The indicator observations it gave.
    public var observations = 0

    public init(file: String, kind: ImportKind?, rows: Int, sha256: String? = nil, notes: [String] = []) {
        self.file = file
        self.kind = kind
        self.rows = rows
        self.sha256 = sha256
        self.notes = notes
    }
}
