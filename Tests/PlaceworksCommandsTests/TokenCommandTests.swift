import Foundation
import PlaceworksTestSupport
import Testing

@Suite("place token: create, list, revoke")
struct TokenCommandTests {
    @Test("create prints the token once as JSON, list shows it without the secret, revoke marks it; the file holds no secret")
    func lifecycle() throws {
        let place = try PlaceProcess()
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
        let file = try String(contentsOfFile: place.store.path + ".tokens.json", encoding: .utf8)
        #expect(!file.contains(token))

        let revoked = try place.run(["token", "revoke", "--name", "secretary"])
        #expect(revoked.status == 0)
        #expect(try place.run(["token", "list"]).output.contains("revoked"))
    }

    @Test("a bad role or a place editor without a place exits 2 with a reason")
    func refusals() throws {
        let place = try PlaceProcess()
        let role = try place.run(["token", "create", "--role", "owner", "--name", "x"])
        #expect(role.status == 2)
        #expect(role.error.contains("viewer, place-editor or ics-admin"))
        let scope = try place.run(["token", "create", "--role", "place-editor", "--name", "x"])
        #expect(scope.status == 2)
        #expect(scope.error.contains("--place"))
    }
}
