import Foundation
import Logging

/// Log lines in the form swift-log's `StreamLogHandler` writes them
/// (`2026-12-06T14:00:00+0000 info place-server: method=GET path=/ status=200 [PlaceworksServer] request`),
/// gathered in memory and written to the file descriptor in blocks by ``LogSink``.
///
/// The server logs a line for every request. Written one `write(2)` per line, with the local time
/// formatted again for each, that line cost a tenth of a small request's time; gathered, it costs
/// a copy into memory. Lines reach the output within ``LogSink/interval`` and are all written
/// when the server stops (``LogSink/flush()``).
public struct BufferedLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadataProvider: Logger.MetadataProvider?
    public var metadata: Logger.Metadata = [:] {
        didSet { prettyMetadata = Self.prettify(metadata) }
    }

    private let label: String
    private let sink: LogSink
    private var prettyMetadata: String?

    public init(label: String, sink: LogSink = .standardOutput, metadataProvider: Logger.MetadataProvider? = nil) {
        self.label = label
        self.sink = sink
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let provided = metadataProvider?.get() ?? [:]
        var pretty = prettyMetadata
        if !provided.isEmpty || !(event.metadata ?? [:]).isEmpty || event.error != nil {
            var merged = metadata
            merged.merge(provided) { $1 }
            merged.merge(event.metadata ?? [:]) { $1 }
            if let error = event.error {
                merged["error.message"] = "\(error)"
                merged["error.type"] = "\(String(reflecting: type(of: error)))"
            }
            pretty = Self.prettify(merged)
        }
        sink.write { timestamp in
            "\(timestamp) \(event.level)\(label.isEmpty ? "" : " ")\(label):\(pretty.map { " \($0)" } ?? "") [\(event.source)] \(event.message)\n"
        }
    }

    private static func prettify(_ metadata: Logger.Metadata) -> String? {
        metadata.isEmpty ? nil : metadata.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
    }
}

/// Where ``BufferedLogHandler``s write: lines are appended to memory under a lock and written to
/// the file descriptor by a background thread every ``interval``, or at once when a block's worth
/// has gathered. The time stamp (local time, to the second) is formatted once a second.
public final class LogSink: @unchecked Sendable {
    /// The process's standard output.
    public static let standardOutput = LogSink(fileDescriptor: 1)

    /// How long a line may wait in memory.
    public static let interval: Duration = .milliseconds(100)
    private static let blockSize = 64 * 1024

    private let fileDescriptor: Int32
    private let lock = NSLock()
    private var pending: [UInt8] = []
    private var second = 0
    private var stamp = ""
    /// Serialises writes to the descriptor, so blocks are written in the order they were taken.
    private let writing = NSLock()

    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        pending.reserveCapacity(Self.blockSize)
        let seconds = Double(Self.interval.components.attoseconds) / 1e18
        let thread = Thread { [weak self] in
            while true {
                Thread.sleep(forTimeInterval: seconds)
                guard let sink = self else { return }
                sink.flush()
            }
        }
        thread.name = "log-writer"
        thread.start()
    }

    /// Appends the line `make` returns, given the current time stamp.
    func write(_ make: (String) -> String) {
        let now = time(nil)
        var full = false
        lock.withLock {
            if now != second || stamp.isEmpty {
                second = now
                stamp = Self.format(now)
            }
            pending.append(contentsOf: make(stamp).utf8)
            full = pending.count >= Self.blockSize
        }
        if full { flush() }
    }

    /// Writes every line gathered so far. Call before the process exits.
    public func flush() {
        writing.withLock {
            let block: [UInt8] = lock.withLock {
                defer { pending.removeAll(keepingCapacity: true) }
                return pending
            }
            block.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = Foundation.write(fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return  // nowhere to report a log that cannot be written
                    }
                    offset += written
                }
            }
        }
    }

    private static func format(_ seconds: Int) -> String {
        var seconds = seconds
        var local = tm()
        guard localtime_r(&seconds, &local) != nil else { return "<unknown>" }
        var buffer = [Int8](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &local)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
