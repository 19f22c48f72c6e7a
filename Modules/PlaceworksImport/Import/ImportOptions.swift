/// How files are read.
public struct ImportOptions: Sendable {
    /// What the files hold; detected from each file's headers (or shape) when nil.
    public var kind: ImportKind?
    /// The worksheet of an .xlsx workbook; the first when nil.
    public var sheet: String?
    /// The team's own headers for the kind's columns.
    public var mapping: HeaderMapping
    /// The encoding of CSV files.
    public var encoding: TextEncoding
    /// The most problems reported; the rest are counted.
    public var problemCap: Int

    public init(kind: ImportKind? = nil, sheet: String? = nil, mapping: HeaderMapping = HeaderMapping(),
                encoding: TextEncoding = .utf8, problemCap: Int = 200) {
        self.kind = kind
        self.sheet = sheet
        self.mapping = mapping
        self.encoding = encoding
        self.problemCap = problemCap
    }
}
