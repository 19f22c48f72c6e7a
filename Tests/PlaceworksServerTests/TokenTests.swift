import Foundation
import HummingbirdTesting
import Logging
import Testing
@testable import PlaceworksServer
import PlaceworksApplication
import PlaceworksStore
import PlaceworksStoreSQLite

@Suite("API tokens: random, kept in the store as hashes, revocable, never logged")
struct TokenTests {
    @Test("a created token has 256 random bits; the store keeps only its SHA-256, and verify finds the live token")
    func created() async throws {
        let world = try await ServerWorld.make()
        let tokens = AccessTokens(store: world.store)
        let secret = try await tokens.create(name: "j.smith", role: .placeEditor, places: [southwark], at: Date())
        #expect(secret.hasPrefix("pw_") && secret.count == 3 + 64)
        let other = try await tokens.create(name: "a.jones", role: .viewer, places: [], at: Date())
        #expect(other != secret)
        let stored = try #require(try await world.store.token(hash: APIToken.hash(of: secret)))
        #expect(stored.name == "j.smith" && stored.role == "place-editor" && stored.places == [southwark])
        // No secret anywhere in the database's files (the file and its write-ahead log).
        let files = try FileManager.default.contentsOfDirectory(atPath: world.folder.path)
        #expect(files.contains { $0.hasSuffix(".sqlite") })
        for file in files {
            let bytes = try Data(contentsOf: world.folder.appendingPathComponent(file))
            for hidden in [secret, other, String(secret.dropFirst(3))] {
                #expect(bytes.range(of: Data(hidden.utf8)) == nil, "\(file) holds a token's secret")
            }
        }
        #expect(try await tokens.verify(secret)?.name == "j.smith")
        #expect(try await tokens.verify(secret + "0") == nil)
        #expect(try await tokens.verify(String(secret.dropLast()) + "x") == nil)
        #expect(try await tokens.verify("") == nil)
        #expect(try await tokens.verify(APIToken.hash(of: secret)) == nil, "the stored hash is not itself a token")
        try await world.discard()
    }

    @Test("a place editor needs places the store holds; others take none; names are unique among live tokens")
    func refusals() async throws {
        let world = try await ServerWorld.make()
        let tokens = AccessTokens(store: world.store)
        await #expect(throws: TokenError.self) { try await tokens.create(name: "e", role: .placeEditor, places: [], at: Date()) }
        await #expect(throws: TokenError.self) {
            try await tokens.create(name: "v", role: .viewer, places: [southwark], at: Date())
        }
        await #expect(throws: TokenError.self) {
            try await tokens.create(name: "e", role: .placeEditor, places: ["E09999999"], at: Date())
        }
        await #expect(throws: TokenError.self) { try await tokens.create(name: "  ", role: .viewer, places: [], at: Date()) }
        await #expect(throws: StoreError.tokenExists(name: "viewer")) {
            try await tokens.create(name: "viewer", role: .icsAdmin, places: [], at: Date())
        }
        await #expect(throws: StoreError.tokenNotFound(name: "nobody")) { try await tokens.revoke(name: "nobody", at: Date()) }
        // Created at one instant: listed by name.
        #expect(try await tokens.list().map(\.name) == ["admin", "lew-editor", "swk-editor", "viewer"])
        try await world.discard()
    }

    @Test("a token revoked through another instance's store handle is refused by the running server at once")
    func revoked() async throws {
        let world = try await ServerWorld.make()
        let other = try await SQLiteStore.open(path: world.folder.appendingPathComponent("placeworks.sqlite").path)
        let secret = try await AccessTokens(store: other).create(name: "temp", role: .viewer, places: [], at: Date())
        try await world.test { client in
            let allowed = try await client.execute(uri: "/api/v1/places", method: .get,
                                                   headers: [.authorization: "Bearer \(secret)"])
            #expect(allowed.status == .ok)
            try await AccessTokens(store: other).revoke(name: "temp", at: Date())
            let refused = try await client.execute(uri: "/api/v1/places", method: .get,
                                                   headers: [.authorization: "Bearer \(secret)"])
            #expect(refused.status == .unauthorized)
            let popolo = try await client.execute(uri: "/api/v1/popolo", method: .get,
                                                  headers: [.authorization: "Bearer \(secret)"])
            #expect(popolo.status == .unauthorized, "the open-data route accepted a revoked token")
        }
        try await other.close()
    }

    @Test("an earlier release's token file beside the store is imported once: its tokens keep working, revoked ones stay revoked")
    func importedFile() async throws {
        let world = try await ServerWorld.make()
        let storePath = world.folder.appendingPathComponent("placeworks.sqlite").path
        let live = APIToken.newSecret(), gone = APIToken.newSecret()
        let old = [
            APIToken(name: "old-editor", role: .placeEditor, places: [lewisham], hash: APIToken.hash(of: live),
                     created: Date(timeIntervalSince1970: 1_600_000_000)),
            APIToken(name: "old-viewer", role: .viewer, places: [], hash: APIToken.hash(of: gone),
                     created: Date(timeIntervalSince1970: 1_600_000_000), revoked: Date(timeIntervalSince1970: 1_650_000_000)),
            // A live token whose name a different live token in the store already has.
            APIToken(name: "viewer", role: .viewer, places: [], hash: APIToken.hash(of: APIToken.newSecret()),
                     created: Date(timeIntervalSince1970: 1_600_000_000)),
        ]
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(["tokens": old]).write(to: URL(fileURLWithPath: storePath + ".tokens.json"))

        let tokens = AccessTokens(store: world.store)
        let result = try #require(try await tokens.importFile(besideStore: storePath))
        #expect(result.imported == ["old-editor", "old-viewer"])
        #expect(result.conflicting == ["viewer"])
        #expect(result.renamedTo == storePath + ".tokens.json.imported")
        #expect(!FileManager.default.fileExists(atPath: storePath + ".tokens.json"))
        #expect(try await tokens.importFile(besideStore: storePath) == nil, "the file was read twice")

        let editor = try #require(try await tokens.verify(live))
        #expect(editor.name == "old-editor" && editor.role == .placeEditor && editor.places == [lewisham])
        #expect(editor.created == Date(timeIntervalSince1970: 1_600_000_000))
        #expect(try await tokens.verify(gone) == nil, "a revoked token came back to life")
        try await world.test { client in
            let read = try await client.execute(uri: "/api/v1/places", method: .get, headers: [.authorization: "Bearer \(live)"])
            #expect(read.status == .ok)
        }
    }

    @Test("no log line at any level holds a token, for accepted, refused and malformed tokens alike")
    func neverLogged() async throws {
        let world = try await ServerWorld.make()
        let lines = LogLines()
        let logger = Logger(label: "place-server-test") { _ in LogLines.Handler(lines: lines) }
        let application = buildApplication(engine: world.engine, logger: logger)
        let unknown = APIToken.newSecret()
        try await application.test(.router) { client in
            _ = try await client.execute(uri: "/api/v1/places", method: .get, headers: world.auth("viewer"))
            let risk = try #require(try await world.record(.risk, in: southwark))
            let write = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .patch,
                                                 headers: world.auth("swk-editor", [.ifMatch: "\"\(risk.version)\""]),
                                                 body: json(["impact": 4]))
            #expect(write.status == .ok, "\(write.text)")
            _ = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .patch,
                                         headers: world.auth("viewer", [.ifMatch: "\"1\""]), body: json(["impact": 2]))
            _ = try await client.execute(uri: "/api/v1/places", method: .get, headers: [.authorization: "Bearer \(unknown)"])
            _ = try await client.execute(uri: "/api/v1/places", method: .get, headers: [.authorization: "Token \(unknown)"])
            _ = try await client.execute(uri: "/api/v1/popolo", method: .get, headers: world.auth("admin"))
        }
        let text = lines.all.joined(separator: "\n")
        #expect(text.contains("request"), "nothing was logged: \(text)")
        #expect(text.contains("swk-editor"), "the caller's name is not in the log")
        for secret in Array(world.secrets.values) + [unknown] {
            #expect(!text.contains(secret) && !text.contains(String(secret.dropFirst(3))), "a token reached the log")
        }
        try await world.discard()
    }
}

/// Every log line a logger wrote, with its metadata, at every level.
final class LogLines: Sendable {
    private let lines = Locked<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    struct Handler: LogHandler {
        let lines: LogLines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
            lines.lines.withLock { $0.append("\(event.level) \(event.message) \(all)") }
        }
    }
}
