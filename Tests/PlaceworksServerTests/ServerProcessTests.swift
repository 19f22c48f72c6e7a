import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PlaceworksStore
import PlaceworksStoreSQLite
import PlaceworksTestSupport
import Testing

/// A store made by `place init` in a temporary folder, with an ICS admin's token made by `place token create`.
struct ProcessWorld {
    let folder: URL
    let store: String
    let token: String

    init() throws {
        let place = try BuiltExecutable.locate("place")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = folder.appendingPathComponent("placeworks.sqlite").path
        let initialised = try BuiltExecutable.run(place, ["init", "--store", store])
        guard initialised.status == 0 else { throw SetupFailed(description: "place init failed: \(initialised.error)") }
        let created = try BuiltExecutable.run(place, ["token", "create", "--store", store, "--role", "ics-admin",
                                                      "--name", "process-test", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(created.output.utf8)) as? [String: Any]
        token = object?["token"] as? String ?? ""
    }

    func discard() { try? FileManager.default.removeItem(at: folder) }

    struct SetupFailed: Error, CustomStringConvertible {
        let description: String
    }
}

@Suite("place-server as a process")
struct ServerProcessTests {
    @Test("SIGTERM with a request in flight: new connections are refused, the request finishes and is written, the store closes, exit 0")
    func drainsInFlightRequest() async throws {
        let world = try ProcessWorld()
        defer { world.discard() }
        let (store, folder, token) = (world.store, world.folder, world.token)
        let server = try ServerProcess(store: store, folder: folder)
        defer { server.stop() }
        try await server.waitUntilReady()

        let listing = try HTTPExchange.send(port: server.port, "GET /api/v1/risks?limit=1 HTTP/1.1", token: token)
        let items = try #require((listing.json["items"] as? [[String: Any]]))
        let risk = try #require(items.first?["id"] as? String)
        let read = try HTTPExchange.send(port: server.port, "GET /api/v1/risks/\(risk) HTTP/1.1", token: token)
        let tag = try #require(read.headers["etag"])

        // Send the request line, the headers and half the body: the server has begun the request
        // and cannot answer it until the rest of the body arrives.
        let body = Array(#"{"mitigation": "Finished after SIGTERM"}"#.utf8)
        let inFlight = try RawConnection(port: server.port)
        try inFlight.send(Array("""
            PATCH /api/v1/risks/\(risk) HTTP/1.1\r
            Host: 127.0.0.1\r
            Authorization: Bearer \(token)\r
            Content-Type: application/json\r
            If-Match: \(tag)\r
            Content-Length: \(body.count)\r
            \r

            """.utf8) + body.prefix(10))
        try await Task.sleep(for: .milliseconds(300))

        server.terminate()
        // New connections are refused while the request is still open.
        var refused = false
        for _ in 0..<100 where !refused {
            try await Task.sleep(for: .milliseconds(50))
            refused = RawConnection.refused(port: server.port)
        }
        #expect(refused, "the server still accepted connections after SIGTERM")
        #expect(server.isRunning, "the server exited with a request in flight")

        // The rest of the body: the request finishes with its answer.
        try inFlight.send(Array(body.dropFirst(10)))
        let answer = HTTPExchange(raw: inFlight.receiveAll())
        inFlight.close()
        #expect(answer.status == 200, "\(answer.raw)")
        #expect(answer.json["mitigation"] as? String == "Finished after SIGTERM")

        let status = try await server.waitForExit()
        #expect(status == 0)
        #expect(server.log.contains("store closed"), "\(server.log)")
        let reopened = try await SQLiteStore.open(path: store, schema: .requireCurrent)
        #expect(try await reopened.integrityCheck() == ["ok"])
        let dataset = try await reopened.loadDataset()
        #expect(dataset.risks.first { $0.id.rawValue == risk }?.mitigation == "Finished after SIGTERM")
        #expect(try await reopened.verifyAuditLog().isIntact)
        #expect(try await reopened.auditLog().last?.actor == "process-test")
        try await reopened.close()
    }

    @Test("/metrics counts requests and times them by route, method and status; each request is logged with the ID it echoes, never with its token")
    func operations() async throws {
        let world = try ProcessWorld()
        defer { world.discard() }
        let server = try ServerProcess(store: world.store, folder: world.folder)
        defer { server.stop() }
        try await server.waitUntilReady()

        let sent = "trace-4711"
        let listing = try HTTPExchange.send(port: server.port, "GET /api/v1/risks?limit=2 HTTP/1.1", token: world.token,
                                            extra: "X-Request-ID: \(sent)\r\n")
        #expect(listing.status == 200)
        #expect(listing.headers["x-request-id"] == sent)
        let refused = try HTTPExchange.send(port: server.port, "GET /api/v1/risks HTTP/1.1", token: "pw_" + String(repeating: "0", count: 64))
        #expect(refused.status == 401)
        let ours = try #require(refused.headers["x-request-id"], "no request ID echoed")
        #expect(!ours.isEmpty)

        let metrics = try HTTPExchange.send(port: server.port, "GET /metrics HTTP/1.1")
        #expect(metrics.status == 200)
        let lines = metrics.body.split(separator: "\n").map(String.init)
        func has(_ name: String, _ parts: String...) -> Bool {
            lines.contains { line in line.hasPrefix(name) && parts.allSatisfy { line.contains($0) } }
        }
        #expect(has("hb_requests{", "/api/v1/risks", #"http_response_status_code="200""#, #"http_request_method="GET""#),
                "\(metrics.body)")
        #expect(has("hb_requests{", "/api/v1/risks", #"http_response_status_code="401""#), "\(metrics.body)")
        #expect(has("http_server_request_duration_bucket{", "/api/v1/risks", #"le=""#), "no latency histogram")
        #expect(has("placeworks_data_version "))
        #expect(has("placeworks_snapshot_age_seconds "))

        server.terminate()
        #expect(try await server.waitForExit() == 0)
        let log = server.log
        let requestLines = log.split(separator: "\n").filter { $0.contains("request") && $0.contains("request_id=") }
        #expect(requestLines.contains { $0.contains("request_id=\(sent)") && $0.contains("status=200") && $0.contains("path=/api/v1/risks") },
                "\(log)")
        #expect(requestLines.contains { $0.contains("request_id=\(ours)") && $0.contains("status=401") }, "\(log)")
        #expect(!log.contains(world.token) && !log.contains(String(world.token.dropFirst(3))), "a token reached the log")
    }
}

extension ServerProcessTests {
    @Test("the environment configures it as the options do; a retired token file option, or a missing store, exits 2 saying what to do")
    func configuration() async throws {
        let world = try ProcessWorld()
        defer { world.discard() }
        let server = try ServerProcess(store: world.store, folder: world.folder, configuredByEnvironment: true)
        defer { server.stop() }
        try await server.waitUntilReady()
        let read = try HTTPExchange.send(port: server.port, "GET /api/v1/places HTTP/1.1", token: world.token)
        #expect(read.status == 200)
        server.terminate()
        #expect(try await server.waitForExit() == 0)

        let executable = try BuiltExecutable.locate("place-server")
        let option = try BuiltExecutable.run(executable, ["--store", world.store, "--tokens", "tokens.json"])
        #expect(option.status == 2)
        #expect(option.error.contains("place token import"))
        let variable = try BuiltExecutable.run(executable, ["--store", world.store],
                                               environment: ["PLACEWORKS_TOKENS": "/etc/placeworks/tokens.json"])
        #expect(variable.status == 2)
        #expect(variable.error.contains("PLACEWORKS_TOKENS is no longer used"))
        let missing = try BuiltExecutable.run(executable, ["--store", world.folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 2)
        #expect(missing.error.contains("place init"))
        let port = try BuiltExecutable.run(executable, ["--store", world.store, "--port", "http"])
        #expect(port.status == 2)
        #expect(port.error.contains("port"))
    }
}

/// `place-server` on a free port, its output in a file.
final class ServerProcess {
    let port: Int
    private let process: Process
    private let logFile: URL

    /// Starts `place-server --store store --port <free>`, or, with `configuredByEnvironment`, with
    /// no options and `PLACEWORKS_STORE`, `PLACEWORKS_HOST` and `PLACEWORKS_PORT` set instead.
    init(store: String, folder: URL, configuredByEnvironment: Bool = false) throws {
        port = try RawConnection.freePort()
        logFile = folder.appendingPathComponent("server-\(port).log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        process = Process()
        process.executableURL = try BuiltExecutable.locate("place-server")
        var environment = ProcessInfo.processInfo.environment
        environment["PLACEWORKS_LOG_LEVEL"] = "info"
        for variable in ["PLACEWORKS_TOKENS", "PLACEWORKS_STORE", "PLACEWORKS_HOST", "PLACEWORKS_PORT"] {
            environment.removeValue(forKey: variable)
        }
        if configuredByEnvironment {
            process.arguments = []
            environment["PLACEWORKS_STORE"] = store
            environment["PLACEWORKS_HOST"] = "127.0.0.1"
            environment["PLACEWORKS_PORT"] = "\(port)"
        } else {
            process.arguments = ["--store", store, "--port", "\(port)"]
        }
        process.environment = environment
        let output = try FileHandle(forWritingTo: logFile)
        process.standardOutput = output
        process.standardError = output
        try process.run()
    }

    var isRunning: Bool { process.isRunning }
    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    func waitUntilReady() async throws {
        for _ in 0..<300 {
            if let ready = try? HTTPExchange.send(port: port, "GET /health/ready HTTP/1.1"), ready.status == 200 { return }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("place-server never became ready: \(log)")
        throw CancellationError()
    }

    func terminate() { process.terminate() }  // SIGTERM

    func waitForExit() async throws -> Int32? {
        for _ in 0..<300 where process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// One HTTP/1.1 exchange over a plain connection, read whole.
struct HTTPExchange {
    let raw: String
    var status: Int { Int(raw.split(separator: " ", maxSplits: 2).dropFirst().first ?? "") ?? 0 }
    var headers: [String: String] {
        let head = raw.components(separatedBy: "\r\n\r\n").first ?? ""
        var fields: [String: String] = [:]
        for line in head.components(separatedBy: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }
    var body: String { raw.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n") }
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }

    init(raw: String) { self.raw = raw }

    /// Sends `requestLine` with a bearer `token` and reads the answer until the server closes.
    static func send(port: Int, _ requestLine: String, token: String? = nil, extra: String = "") throws -> HTTPExchange {
        let connection = try RawConnection(port: port)
        defer { connection.close() }
        var request = "\(requestLine)\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra
        if let token { request += "Authorization: Bearer \(token)\r\n" }
        try connection.send(Array((request + "\r\n").utf8))
        return HTTPExchange(raw: connection.receiveAll())
    }
}

/// A TCP connection to 127.0.0.1, through the C library: the test controls exactly which bytes
/// are sent, and when.
struct RawConnection: Sendable {
    let descriptor: Int32

    struct Failure: Error, CustomStringConvertible {
        let code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = Self.loopback(port: port)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw Failure(code: code)
        }
    }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(code: errno) }
            sent += count
        }
    }

    /// Everything the peer sends until it closes the connection (or 20 seconds pass).
    func receiveAll() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    func close() { Glibc.close(descriptor) }

    /// Whether a connection to `port` is refused (nothing listens there).
    static func refused(port: Int) -> Bool {
        do {
            let connection = try RawConnection(port: port)
            connection.close()
            return false
        } catch let failure as Failure {
            return failure.code == ECONNREFUSED
        } catch {
            return false
        }
    }

    /// A port nothing listens on just now.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { Glibc.close(descriptor) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(code: errno) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
