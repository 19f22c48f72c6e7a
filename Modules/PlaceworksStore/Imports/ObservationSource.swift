/// Where an import's observations are read from, a chunk at a time, so that a file of any size
/// loads with flat memory. Rows come in ascending file-row order.
public protocol ObservationSource: Sendable {
    /// A reader positioned at the first observation.
    func reader() throws -> any ObservationReader
}

/// Reads observations in order.
public protocol ObservationReader: AnyObject {
    /// The next observations, at most `limit`; empty at the end.
    func next(upTo limit: Int) throws -> [ObservationRow]
}

/// Observations held in memory (small imports and tests).
public struct ObservationList: ObservationSource {
    public var rows: [ObservationRow]

    public init(_ rows: [ObservationRow]) { self.rows = rows }

    public func reader() throws -> any ObservationReader { ListReader(rows: rows) }

    private final class ListReader: ObservationReader {
        let rows: [ObservationRow]
        var position = 0
        init(rows: [ObservationRow]) { self.rows = rows }

        func next(upTo limit: Int) throws -> [ObservationRow] {
            let end = min(rows.count, position + limit)
            defer { position = end }
            return Array(rows[position..<end])
        }
    }
}
