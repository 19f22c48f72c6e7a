import Foundation
import PlaceworksDomain
import PlaceworksStore

/// A file's indicator observations, written to a temporary file as they are read and streamed
/// back into the store when the import is written, so an import of any size holds only a chunk of
/// them in memory. One line an observation, tab-separated:
/// `indicator period day value lower upper row`. The file is removed when the spool is released.
public final class ObservationSpool: ObservationSource, @unchecked Sendable {
    private let path: String
    private var handle: FileHandle?
    private var buffer = Data()
    private let lock = NSLock()
    /// Observations written.
    public private(set) var count = 0

    public init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("placeworks-observations-\(UUID().uuidString).tsv").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
        else {
            throw ImportProblem(file: path, reason: "a temporary file for the observations cannot be written; "
                                    + "check the temporary folder (TMPDIR) exists and has space.")
        }
        self.handle = handle
    }

    deinit {
        try? handle?.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Adds one observation (in file-row order).
    public func append(_ row: ObservationRow) {
        lock.lock()
        defer { lock.unlock() }
        var line = Self.clean(row.indicator)
        line += "\t" + Self.clean(row.period) + "\t" + row.day.description + "\t" + String(row.value)
        line += "\t" + (row.lower.map { String($0) } ?? "") + "\t" + (row.upper.map { String($0) } ?? "")
        line += "\t" + String(row.row) + "\n"
        buffer.append(contentsOf: line.utf8)
        count += 1
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Writes what is buffered; called before the observations are read back.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        flush()
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle?.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private static func clean(_ text: String) -> String {
        text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) : text
    }

    public func reader() throws -> any ObservationReader {
        finish()
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportProblem(file: path, reason: "the temporary file of observations cannot be read back.")
        }
        return SpoolReader(handle: handle)
    }

    private final class SpoolReader: ObservationReader {
        let handle: FileHandle
        var pending: [UInt8] = []
        var start = 0
        var ended = false

        init(handle: FileHandle) { self.handle = handle }
        deinit { try? handle.close() }

        func next(upTo limit: Int) throws -> [ObservationRow] {
            var rows: [ObservationRow] = []
            rows.reserveCapacity(limit)
            while rows.count < limit {
                if let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                    rows.append(try Self.parse(pending[start..<end]))
                    start = end + 1
                    continue
                }
                if ended { break }
                let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
                pending.removeFirst(start)
                start = 0
                if chunk.isEmpty { ended = true } else { pending.append(contentsOf: chunk) }
            }
            return rows
        }

        static func parse(_ line: ArraySlice<UInt8>) throws -> ObservationRow {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 7, let day = Day(iso: fields[2]), let value = Double(fields[3]), let row = Int(fields[6]) else {
                throw ImportProblem(file: "the temporary file of observations", reason: "a line does not read back.")
            }
            return ObservationRow(indicator: fields[0], period: fields[1], day: day, value: value,
                                  lower: Double(fields[4]), upper: Double(fields[5]), row: row)
        }
    }
}
