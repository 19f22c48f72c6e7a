// place-server: serves a Placeworks store over HTTP: the web front end and the JSON API.
//
//   place-server [--store S] [--host H] [--port N] [--data FILE]
//
// Each option falls back to PLACEWORKS_STORE, PLACEWORKS_HOST and PLACEWORKS_PORT, then to
// placeworks.sqlite, 127.0.0.1 and 8080. API tokens are kept in the store (`place token`). With
// --data, an embedded store that does not exist yet is created with the registered data and that
// file, and an ICS admin account is made for the web front end (its password printed once).
// Stops gracefully on SIGTERM or SIGINT, then closes the store.
import Foundation
import Logging
import Metrics
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksServer
import PlaceworksWeb
import PlaceworksStore
import Prometheus

func fail(_ message: String) -> Never {
    LogSink.standardOutput.flush()
    FileHandle.standardError.write(Data("place-server: \(message)\n".utf8))
    exit(2)
}

/// A line for the person who started the server, written at once (standard output is not a terminal under a supervisor).
func say(_ line: String) {
    LogSink.standardOutput.flush()
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let usage = "usage: place-server [--store S] [--host H] [--port N] [--data FILE]"
let tokenFileRetired = "API tokens are kept in the store now, not in a token file: import the file once with "
    + "`place token import FILE --store S`"
var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--help" || argument == "-h" { print(usage); exit(0) }
    if argument == "--tokens" { fail("--tokens is no longer used. \(tokenFileRetired).") }
    guard ["--store", "--host", "--port", "--data"].contains(argument) else { fail("unknown option \(argument). \(usage)") }
    guard let value = arguments.popFirst() else { fail("\(argument) needs a value. \(usage)") }
    options[String(argument.dropFirst(2))] = value
}
let environment = ProcessInfo.processInfo.environment
if environment[TokenFile.environmentVariable] != nil {
    fail("\(TokenFile.environmentVariable) is no longer used. \(tokenFileRetired), then unset \(TokenFile.environmentVariable).")
}
let host = options["host"] ?? environment["PLACEWORKS_HOST"] ?? "127.0.0.1"
let portText = options["port"] ?? environment["PLACEWORKS_PORT"] ?? "8080"
guard let port = Int(portText), (0...65535).contains(port) else { fail("the port must be a number from 0 to 65535, not \(portText).") }
let location = StoreLocation.resolve(options["store"], environment: environment)
let creating = !location.exists
if creating && options["data"] == nil {
    fail("there is no store at \(location). Create it with `place init --store \(location)`, "
        + "or give --data FILE to create it with that data.")
}

LoggingSystem.bootstrap { label in
    var handler = BufferedLogHandler(label: label)
    handler.logLevel = Logger.Level(rawValue: environment["PLACEWORKS_LOG_LEVEL"] ?? "info") ?? .info
    return handler
}
let logger = Logger(label: "place-server")
let metrics = PrometheusCollectorRegistry()
MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics))

let store: any DatasetStore
let engine: Engine
do {
    store = try await location.open(schema: creating ? .migrate : .requireCurrent)
    engine = Engine(store: store, registry: try .standard())
    // A token file an earlier release kept beside the embedded store is copied in once.
    if case let .sqlite(path) = location, let imported = try await AccessTokens(store: store).importFile(besideStore: path) {
        logger.notice("token file imported", metadata: ["result": "\(imported)"])
    }
    if creating, let data = options["data"] {
        // First run: the registered data and the file, and an account to sign in with.
        _ = try await engine.initialise(file: try DataFile.read(Dataset.self, from: data), by: "place-server")
        let password = String(APIToken.newSecret().dropFirst(3).prefix(24))
        try await Accounts(store).create(name: "admin", password: password, role: .icsAdmin, places: [])
        say("Created \(location) with the registered data and \(data).")
        say("Sign in to the web front end as admin with the password \(password) (shown this once; "
            + "manage accounts with `place user`).")
    } else if options["data"] != nil {
        say("The store \(location) already exists: --data is loaded only when the store is created.")
    }
    _ = try await engine.snapshot()
} catch {
    fail("\(error)")
}
let application = buildApplication(engine: engine, configuration: ServerConfiguration(host: host, port: port),
                                   logger: logger, metrics: metrics, web: WebSite(engine: engine))
logger.info("serving", metadata: ["store": "\(location)", "host": "\(host)", "port": "\(port)"])
say("Dashboard: http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
var status: Int32 = 0
do {
    try await application.runService()
} catch {
    logger.error("stopped", metadata: ["error": "\(error)"])
    status = 1
}
do {
    try await store.close()
    logger.info("store closed")
} catch {
    logger.error("the store did not close cleanly", metadata: ["error": "\(error)"])
    status = 1
}
LogSink.standardOutput.flush()
exit(status)
