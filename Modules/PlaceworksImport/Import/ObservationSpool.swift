import Foundation
import PlaceworksDomain
import PlaceworksStore

/// A file's indicator observations, written to a temporary file as they are read and streamed
/// back into the store when the import is written, so an import of any size holds only a chunk of
/// them in memory. Each observation is kept in a compact binary form that reads back exactly
/// (``SpoolRecord``); a tab or line break inside an indicator or period is kept as a space. The
/// file is removed when the spool is released.
public final class ObservationSpool: ObservationSource, @unchecked Sendable {
    private let path: String
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private let lock = NSLock()
    /// Observations written.
    public private(set) var count = 0

    public init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("placeworks-observations-\(UUID().uuidString).spool").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
        else {
            throw ImportProblem(file: path, reason: "a temporary file for the observations cannot be written; "
                                    + "check the temporary folder (TMPDIR) exists and has space.")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    deinit {
        try? handle?.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    private static let flushSize = 1 << 20

    /// Adds one observation (in file-row order).
    public func append(_ row: ObservationRow) {
        lock.lock()
        defer { lock.unlock() }
        SpoolRecord.encode(row, into: &buffer)
        count += 1
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Writes what is buffered; called before the observations are read back.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        flush()
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle?.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
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
                let decoded = pending.withUnsafeBytes { bytes in SpoolRecord.decode(bytes, at: start) }
                if let (row, end) = decoded {
                    rows.append(row)
                    start = end
                    continue
                }
                if ended {
                    guard start == pending.count else {
                        throw ImportProblem(file: "the temporary file of observations", reason: "it ends inside an observation.")
                    }
                    break
                }
                let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
                pending.removeSubrange(0..<start)
                start = 0
                if chunk.isEmpty { ended = true } else { pending.append(contentsOf: chunk) }
            }
            return rows
        }
    }
}

/// One observation as ``ObservationSpool`` keeps it, little-endian: the indicator and the period
/// (each a 32-bit length, then UTF-8), the day (32-bit year, 8-bit month and day), which limits
/// are given (a byte: 1 lower, 2 upper), the value and the limits (64-bit patterns, 0 for an
/// absent limit), and the file row (64-bit).
enum SpoolRecord {
    static func encode(_ row: ObservationRow, into buffer: inout [UInt8]) {
        text(row.indicator, into: &buffer)
        text(row.period, into: &buffer)
        integer(Int32(clamping: row.day.year), into: &buffer)
        buffer.append(UInt8(row.day.month))
        buffer.append(UInt8(row.day.day))
        buffer.append((row.lower == nil ? 0 : 1) | (row.upper == nil ? 0 : 2))
        integer(row.value.bitPattern, into: &buffer)
        integer(row.lower?.bitPattern ?? 0, into: &buffer)
        integer(row.upper?.bitPattern ?? 0, into: &buffer)
        integer(Int64(row.row), into: &buffer)
    }

    /// The observation at `offset` and where the next begins; nil when `bytes` end first (or it
    /// does not read).
    static func decode(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> (ObservationRow, Int)? {
        var at = offset
        guard let indicator = text(bytes, &at), let period = text(bytes, &at),
              let year: Int32 = integer(bytes, &at), at + 3 <= bytes.count else { return nil }
        let month = Int(bytes[at]), dayOfMonth = Int(bytes[at + 1]), limits = bytes[at + 2]
        at += 3
        guard let value: UInt64 = integer(bytes, &at), let lower: UInt64 = integer(bytes, &at),
              let upper: UInt64 = integer(bytes, &at), let row: Int64 = integer(bytes, &at),
              let day = Day(year: Int(year), month: month, day: dayOfMonth) else { return nil }
        return (ObservationRow(indicator: indicator, period: period, day: day, value: Double(bitPattern: value),
                               lower: limits & 1 == 0 ? nil : Double(bitPattern: lower),
                               upper: limits & 2 == 0 ? nil : Double(bitPattern: upper), row: Int(row)), at)
    }

    private static func integer<T: FixedWidthInteger>(_ value: T, into buffer: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }

    private static func integer<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, _ at: inout Int) -> T? {
        let size = MemoryLayout<T>.size
        guard at + size <= bytes.count else { return nil }
        defer { at += size }
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: T.self))
    }

    /// Writes `text` with its length; a tab or line break becomes a space.
    private static func text(_ text: String, into buffer: inout [UInt8]) {
        let utf8 = text.utf8
        integer(UInt32(utf8.count), into: &buffer)
        let start = buffer.count
        buffer.append(contentsOf: utf8)
        for index in start..<buffer.count where buffer[index] == 0x09 || buffer[index] == 0x0A || buffer[index] == 0x0D {
            buffer[index] = 0x20
        }
    }

    private static func text(_ bytes: UnsafeRawBufferPointer, _ at: inout Int) -> String? {
        guard let length: UInt32 = integer(bytes, &at), at + Int(length) <= bytes.count else { return nil }
        defer { at += Int(length) }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + Int(length)]), as: UTF8.self)
    }
}
