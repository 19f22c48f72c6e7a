// place-server: serves a Placeworks store over HTTP: the web front end and the JSON API.
//
//   place-server [--store S] [--host H] [--port N] [--tokens FILE] [--data FILE]
//
// Each option falls back to PLACEWORKS_STORE, PLACEWORKS_HOST, PLACEWORKS_PORT and
// PLACEWORKS_TOKENS, then to placeworks.sqlite, 127.0.0.1, 8080 and the token file beside an
// embedded store. With --data, an embedded store that does not exist yet is created with the
// registered data and that file, and an ICS admin account is made for the web front end (its
// password printed once). Stops gracefully on SIGTERM or SIGINT, then closes the store.
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
    FileHandle.standardError.write(Data("place-server: \(message)\n".utf8))
    exit(2)
}

/// A line for the person who started the server, written at once (standard output is not a terminal under a supervisor).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let usage = "usage: place-server [--store S] [--host H] [--port N] [--tokens FILE] [--data FILE]"
var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--help" || argument == "-h" { print(usage); exit(0) }
    guard ["--store", "--host", "--port", "--tokens", "--data"].contains(argument) else { fail("unknown option \(argument). \(usage)") }
    guard let value = arguments.popFirst() else { fail("\(argument) needs a value. \(usage)") }
    options[String(argument.dropFirst(2))] = value
}
let environment = ProcessInfo.processInfo.environment
let host = options["host"] ?? environment["PLACEWORKS_HOST"] ?? "127.0.0.1"
let portText = options["port"] ?? environment["PLACEWORKS_PORT"] ?? "8080"
guard let port = Int(portText), (0...65535).contains(port) else { fail("the port must be a number from 0 to 65535, not \(portText).") }
let location = StoreLocation.resolve(options["store"], environment: environment)
let creating = !location.exists
if creating && options["data"] == nil {
    fail("there is no store at \(location). Create it with `place init --store \(location)`, "
        + "or give --data FILE to create it with that data.")
}
var storePath: String? = nil
if case let .sqlite(path) = location { storePath = path }
guard let tokenFile = TokenFile.resolve(options["tokens"], environment: environment, storePath: storePath) else {
    fail("a PostgreSQL store needs a token file: give --tokens FILE or set \(TokenFile.environmentVariable).")
}

LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardOutput(label: label)
    handler.logLevel = Logger.Level(rawValue: environment["PLACEWORKS_LOG_LEVEL"] ?? "info") ?? .info
    return handler
}
let logger = Logger(label: "place-server")
let metrics = PrometheusCollectorRegistry()
MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics))

let store: any DatasetStore
let engine: Engine
let tokens: TokenSource
do {
    store = try await location.open(schema: creating ? .migrate : .requireCurrent)
    engine = Engine(store: store, registry: try .standard())
    tokens = try TokenSource(file: tokenFile)
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
let application = buildApplication(engine: engine, tokens: tokens,
                                   configuration: ServerConfiguration(host: host, port: port), logger: logger,
                                   metrics: metrics, web: WebSite(engine: engine))
logger.info("serving", metadata: ["store": "\(location)", "host": "\(host)", "port": "\(port)",
                                  "tokens": "\(tokenFile.path)"])
say("Dashboard: http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
do {
    try await application.runService()
} catch {
    logger.error("stopped", metadata: ["error": "\(error)"])
}
try? await store.close()
logger.info("store closed")
