import Foundation
import PlaceworksTestSupport
import Testing

@Suite("place token: create, list, revoke, import — tokens kept in the store")
struct TokenCommandTests {
    /// A `place` runner over a store made by `place init`.
    func initialised() throws -> PlaceProcess {
        let place = try PlaceProcess()
        let created = try place.run(["init"])
        #expect(created.status == 0, "\(created.error)")
        return place
    }

    @Test("create prints the token once as JSON, list shows it without the secret, revoke marks it; the store holds no secret")
    func lifecycle() throws {
        let place = try initialised()
        let created = try place.run(["token", "create", "--role", "place-editor", "--place", "E09000028",
                                     "--name", "secretary", "--format", "json"])
        #expect(created.status == 0, "\(created.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(created.output.utf8)) as? [String: Any])
        let token = try #require(object["token"] as? String)
        #expect(token.hasPrefix("pw_") && token.count == 67)

        let listed = try place.run(["token", "list"])
        #expect(listed.status == 0)
        #expect(listed.output.contains("secretary") && listed.output.contains("place-editor E09000028"))
        #expect(!listed.output.contains(token))
        let folder = URL(fileURLWithPath: place.store.path).deletingLastPathComponent()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(file))
            #expect(bytes.range(of: Data(token.utf8)) == nil, "\(file) holds the token")
        }
        #expect(!FileManager.default.fileExists(atPath: place.store.path + ".tokens.json"), "a token file was written")

        let revoked = try place.run(["token", "revoke", "--name", "secretary"])
        #expect(revoked.status == 0)
        #expect(try place.run(["token", "list"]).output.contains("revoked"))
        let again = try place.run(["token", "revoke", "--name", "secretary"])
        #expect(again.status == 2)
        #expect(again.error.contains("no live API token named secretary"))
    }

    @Test("a bad role, a place editor without a known place, or a name in use exits 2 with a reason")
    func refusals() throws {
        let place = try initialised()
        let role = try place.run(["token", "create", "--role", "owner", "--name", "x"])
        #expect(role.status == 2)
        #expect(role.error.contains("viewer, place-editor or ics-admin"))
        let scope = try place.run(["token", "create", "--role", "place-editor", "--name", "x"])
        #expect(scope.status == 2)
        #expect(scope.error.contains("--place"))
        let unknown = try place.run(["token", "create", "--role", "place-editor", "--place", "E09999999", "--name", "x"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("no place E09999999"))
        #expect(try place.run(["token", "create", "--role", "viewer", "--name", "x"]).status == 0)
        let twice = try place.run(["token", "create", "--role", "viewer", "--name", "x"])
        #expect(twice.status == 2)
        #expect(twice.error.contains("already a live API token named x"))
    }

    @Test("an earlier release's token file is imported once, beside the store on first use or with `place token import`")
    func importsTokenFiles() throws {
        let place = try initialised()
        let hash = String(repeating: "ab", count: 32)
        let file = #"{"tokens":[{"name":"old-admin","role":"ics-admin","places":[],"hash":"\#(hash)","created":"2024-01-02T03:04:05Z"}]}"#
        try Data(file.utf8).write(to: URL(fileURLWithPath: place.store.path + ".tokens.json"))
        let listed = try place.run(["token", "list"])
        #expect(listed.status == 0, "\(listed.error)")
        #expect(listed.output.contains("old-admin\tics-admin\tcreated 2024-01-02T03:04:05Z\tlive"))
        #expect(listed.error.contains("Imported 1 API token"))
        #expect(FileManager.default.fileExists(atPath: place.store.path + ".tokens.json.imported"))
        #expect(!FileManager.default.fileExists(atPath: place.store.path + ".tokens.json"))

        // A file named elsewhere (what PLACEWORKS_TOKENS named) is imported by `place token import`.
        let elsewhere = place.store.path + ".shared-tokens.json"
        let second = #"{"tokens":[{"name":"old-viewer","role":"viewer","places":[],"hash":"\#(String(repeating: "cd", count: 32))","created":"2024-01-02T03:04:05Z"}]}"#
        try Data(second.utf8).write(to: URL(fileURLWithPath: elsewhere))
        let imported = try place.run(["token", "import", elsewhere])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("Imported 1 API token"))
        #expect(try place.run(["token", "list"]).output.contains("old-viewer"))
        let missing = try place.run(["token", "import", elsewhere])
        #expect(missing.status == 2)
    }

    @Test("PLACEWORKS_TOKENS left set is refused with how to import the file")
    func retiredVariable() throws {
        let place = try initialised()
        let result = try BuiltExecutable.run(place.executable, ["token", "list", "--store", place.store.path],
                                             environment: ["PLACEWORKS_TOKENS": "/etc/placeworks/tokens.json"])
        #expect(result.status == 2)
        #expect(result.error.contains("place token import /etc/placeworks/tokens.json"))
    }
}
