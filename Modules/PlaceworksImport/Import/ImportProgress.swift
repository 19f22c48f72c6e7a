/// How far the read of one file has got.
public struct ImportProgress: Sendable {
    public var file: String
    /// Rows of data read so far.
    public var rows: Int
    /// Bytes read and the file's size, when the reader can tell.
    public var position: (done: Int, total: Int)?
    /// Whether the file has been read to the end.
    public var finished: Bool
}
