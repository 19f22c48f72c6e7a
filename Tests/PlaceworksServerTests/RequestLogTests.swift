import Foundation
import Hummingbird
import Logging
@testable import PlaceworksServer
import Testing

@Suite("The request log line")
struct RequestLogTests {
    @Test("durations are logged in milliseconds with two decimals")
    func milliseconds() {
        typealias Log = RequestIDMiddleware<ServerContext>
        #expect(Log.milliseconds(.microseconds(3_070)) == "3.07")
        #expect(Log.milliseconds(.microseconds(5)) == "0.00")
        #expect(Log.milliseconds(.microseconds(10)) == "0.01")
        #expect(Log.milliseconds(.seconds(2) + .microseconds(450_000)) == "2450.00")
        #expect(Log.milliseconds(.milliseconds(12)) == "12.00")
    }
}

@Suite("The server's log handler")
struct BufferedLogHandlerTests {
    /// A sink writing to a new file; returns it with the file's path.
    static func sink() throws -> (LogSink, String, Int32) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("log-\(UUID().uuidString).txt").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        return (LogSink(fileDescriptor: descriptor), path, descriptor)
    }

    @Test("lines are written as swift-log's stream handler writes them: time, level, label, sorted metadata, source, message")
    func format() throws {
        let (sink, path, descriptor) = try Self.sink()
        defer { close(descriptor); try? FileManager.default.removeItem(atPath: path) }
        var logger = Logger(label: "place-server") { BufferedLogHandler(label: $0, sink: sink) }
        logger[metadataKey: "request_id"] = "r-1"
        logger.info("request", metadata: ["status": "200", "method": "GET"])
        logger.debug("not at this level")
        logger.warning("plain")
        sink.flush()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let stamp = #/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4} /#
        #expect(lines.allSatisfy { $0.prefixMatch(of: stamp) != nil }, "\(lines)")
        #expect(lines.first?.hasSuffix(" info place-server: method=GET request_id=r-1 status=200 [PlaceworksServerTests] request") == true,
                "\(lines)")
        #expect(lines.last?.hasSuffix(" warning place-server: request_id=r-1 [PlaceworksServerTests] plain") == true, "\(lines)")
    }

    @Test("a line reaches the output without a flush, within the sink's interval")
    func background() async throws {
        let (sink, path, descriptor) = try Self.sink()
        defer { close(descriptor); try? FileManager.default.removeItem(atPath: path) }
        let logger = Logger(label: "t") { BufferedLogHandler(label: $0, sink: sink) }
        logger.notice("soon")
        var text = ""
        for _ in 0..<50 where !text.contains("soon") {
            try await Task.sleep(for: LogSink.interval)
            text = try String(contentsOfFile: path, encoding: .utf8)
        }
        #expect(text.contains(" notice t: [PlaceworksServerTests] soon"), "\(text)")
    }
}
