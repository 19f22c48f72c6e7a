import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PlaceworksServer
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

@Suite("Writes: If-Match, problems, limits")
struct WriteRouteTests {
    @Test("a PATCH with the current ETag writes, answers the new ETag and is audited; the same ETag again is 412")
    func optimisticConcurrency() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let risk = try #require(try await world.record(.risk, in: southwark))
            let headers = world.auth("swk-editor", [.ifMatch: "\"\(risk.version)\"", .contentType: "application/json"])
            let first = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .patch, headers: headers,
                                                 body: json(["likelihood": 4, "mitigation": "Weekly review"]))
            #expect(first.status == .ok, "\(first.text)")
            #expect(first.object["likelihood"] as? Int == 4)
            let tag = try #require(first.headers[.eTag])
            #expect(tag != "\"\(risk.version)\"")
            let head = try await world.engine.snapshot().head
            let entries = try await world.store.auditLog(after: head.sequence - 1, limit: nil)
            #expect(entries.last?.actor == "swk-editor")

            let stale = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .patch, headers: headers,
                                                 body: json(["likelihood": 1]))
            #expect(stale.status == .preconditionFailed)
            #expect(stale.headers[.contentType] == "application/problem+json")
            #expect((stale.object["detail"] as? String)?.contains("changed by someone else") == true)
            #expect(try await world.engine.snapshot().head == head)
            // A stale write that would change nothing is refused too: the writer read an old version.
            let sameValues = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .patch, headers: headers,
                                                      body: json(["likelihood": 4, "mitigation": "Weekly review"]))
            #expect(sameValues.status == .preconditionFailed)
            let now = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .get, headers: world.auth("viewer"))
            #expect(now.object["likelihood"] as? Int == 4)
            #expect(now.headers[.eTag] == tag)
        }
    }

    @Test("a change without If-Match is 428; a malformed one 400")
    func ifMatchRequired() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let milestone = try #require(try await world.record(.milestone, in: lewisham))
            let missing = try await client.execute(uri: "/api/v1/milestones/\(milestone.id)", method: .patch,
                                                   headers: world.auth("admin"), body: json(["status": "done"]))
            #expect(missing.status == .preconditionRequired)
            let malformed = try await client.execute(uri: "/api/v1/milestones/\(milestone.id)", method: .patch,
                                                     headers: world.auth("admin", [.ifMatch: "yesterday"]),
                                                     body: json(["status": "done"]))
            #expect(malformed.status == .badRequest)
        }
    }

    @Test("unknown fields, wrong types, invalid values and bad JSON are refused naming the field; nothing is written")
    func invalidBodies() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let risk = try #require(try await world.record(.risk, in: southwark))
            let headers = world.auth("admin", [.ifMatch: "\"\(risk.version)\""])
            let before = try await world.engine.snapshot().head
            let cases: [([String: Any], String)] = [
                (["likelyhood": 3], "likelyhood"), (["likelihood": "high"], "likelihood"), (["likelihood": 9], "likelihood"),
                (["reviewBy": "soon"], "reviewBy"), (["title": " "], "title"),
            ]
            for (body, field) in cases {
                let response = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .patch, headers: headers,
                                                        body: json(body))
                #expect(response.status == .unprocessableContent, "\(body): \(response.text)")
                #expect(response.object["field"] as? String == field, "\(body): \(response.text)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            let broken = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .patch, headers: headers,
                                                  body: ByteBuffer(string: "{\"title\": "))
            #expect(broken.status == .badRequest)
            let missing = try await client.execute(uri: "/api/v1/risks/no-such-risk", method: .patch, headers: headers,
                                                   body: json(["impact": 2]))
            #expect(missing.status == .notFound)
            #expect(try await world.engine.snapshot().head == before)
        }
    }

    @Test("a body over 64 KiB is refused with 413")
    func bodyLimit() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let risk = try #require(try await world.record(.risk, in: southwark))
            let response = try await client.execute(
                uri: "/api/v1/risks/\(risk.id)", method: .patch, headers: world.auth("admin", [.ifMatch: "\"\(risk.version)\""]),
                body: json(["mitigation": String(repeating: "x", count: 70_000)]))
            #expect(response.status == .contentTooLarge)
        }
    }

    @Test("a meeting is recorded with its decisions and read back; recording it again is 409")
    func meetings() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let body = try #require(try await world.record(.body, in: lewisham))
            let meeting: [String: Any] = [
                "id": "lew-test-meeting", "body": body.id, "date": "2024-03-01",
                "attendance": [["person": "test-lew-person-0", "capacity": "member"]],
                "items": [["id": "1", "title": "Budget", "decision": ["id": "d1", "summary": "Agreed", "public": true]]],
            ]
            let created = try await client.execute(uri: "/api/v1/meetings", method: .post,
                                                   headers: world.auth("lew-editor"), body: json(meeting))
            #expect(created.status == .created, "\(created.text)")
            #expect(created.headers[.location] == "/api/v1/meetings/lew-test-meeting")
            let read = try await client.execute(uri: "/api/v1/meetings/lew-test-meeting", method: .get,
                                                headers: world.auth("viewer"))
            let items = read.object["items"] as? [[String: Any]]
            #expect((items?.first?["decision"] as? [String: Any])?["summary"] as? String == "Agreed")
            let again = try await client.execute(uri: "/api/v1/meetings", method: .post,
                                                 headers: world.auth("lew-editor"), body: json(meeting))
            #expect(again.status == .conflict)
        }
    }

    @Test("errors never carry stack traces or SQL; unknown routes are 404 problems; every response has a request ID")
    func problems() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let unknown = try await client.execute(uri: "/api/v1/nothing-here", method: .get, headers: world.auth("viewer"))
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType] == "application/problem+json")
            #expect(unknown.headers[HTTPField.Name("X-Request-ID")!] != nil)
            let given = try await client.execute(uri: "/health/live", method: .get,
                                                 headers: [HTTPField.Name("X-Request-ID")!: "abc-123"])
            #expect(given.headers[HTTPField.Name("X-Request-ID")!] == "abc-123")
            for text in [unknown.text] {
                #expect(!text.contains("SELECT") && !text.contains(".swift"))
            }
        }
    }
}
