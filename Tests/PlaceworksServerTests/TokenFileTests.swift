import Foundation
import HummingbirdTesting
import Testing
@testable import PlaceworksServer
import PlaceworksApplication

@Suite("API tokens: random, stored as hashes, revocable")
struct TokenFileTests {
    func temporaryFile() -> TokenFile {
        TokenFile(path: FileManager.default.temporaryDirectory.appendingPathComponent("tokens-\(UUID().uuidString).json").path)
    }

    @Test("a created token has 256 random bits, the file keeps only its SHA-256, and the verifier finds it")
    func created() throws {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file.path) }
        let secret = try file.create(name: "j.smith", role: .placeEditor, places: ["E09000028"], at: Date())
        #expect(secret.hasPrefix("pw_") && secret.count == 3 + 64)
        let other = try file.create(name: "a.jones", role: .viewer, places: [], at: Date())
        #expect(other != secret)
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(!text.contains(secret) && !text.contains(other))
        #expect(text.contains(APIToken.hash(of: secret)))
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let verifier = TokenVerifier(tokens: try file.load())
        #expect(verifier.token(for: secret)?.name == "j.smith")
        #expect(verifier.token(for: secret + "x") == nil)
        #expect(verifier.token(for: "") == nil)
    }

    @Test("a place editor needs a place; others take none; names are unique among live tokens")
    func refusals() throws {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file.path) }
        #expect(throws: TokenError.self) { try file.create(name: "e", role: .placeEditor, places: [], at: Date()) }
        #expect(throws: TokenError.self) { try file.create(name: "v", role: .viewer, places: ["E09000028"], at: Date()) }
        _ = try file.create(name: "same", role: .viewer, places: [], at: Date())
        #expect(throws: TokenError.self) { try file.create(name: "same", role: .viewer, places: [], at: Date()) }
        #expect(throws: TokenError.self) { try file.revoke(name: "nobody", at: Date()) }
    }

    @Test("a revoked token is refused by the running server at once")
    func revoked() async throws {
        let world = try await ServerWorld.make()
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file.path) }
        let secret = try file.create(name: "temp", role: .viewer, places: [], at: Date())
        let source = try TokenSource(file: file)
        let application = buildApplication(engine: world.engine, tokens: source)
        try await application.test(.router) { client in
            let allowed = try await client.execute(uri: "/api/v1/places", method: .get,
                                                   headers: [.authorization: "Bearer \(secret)"])
            #expect(allowed.status == .ok)
            try await Task.sleep(for: .milliseconds(20))
            try file.revoke(name: "temp", at: Date())
            let refused = try await client.execute(uri: "/api/v1/places", method: .get,
                                                   headers: [.authorization: "Bearer \(secret)"])
            #expect(refused.status == .unauthorized)
        }
        try await world.store.close()
    }
}
