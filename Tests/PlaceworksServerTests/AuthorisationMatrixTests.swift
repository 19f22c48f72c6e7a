import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PlaceworksServer
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

/// One write route, and how to make a request to it about a record of a place.
struct WriteRoute: Sendable, CustomStringConvertible {
    let description: String
    /// The method, path and body of a request about `place`'s data; nil when the store holds no record to use.
    let request: @Sendable (ServerWorld, String, Int) async throws -> (HTTPRequest.Method, String, [String: Any], Int64?)?

    static let all: [WriteRoute] = [
        WriteRoute(description: "PATCH /risks/{id}") { world, place, n in
            guard let risk = try await world.record(.risk, in: place) else { return nil }
            return (.patch, "/api/v1/risks/\(risk.id)", ["mitigation": "Changed in the matrix \(n)"], risk.version)
        },
        WriteRoute(description: "PATCH /milestones/{id}") { world, place, n in
            guard let milestone = try await world.record(.milestone, in: place) else { return nil }
            return (.patch, "/api/v1/milestones/\(milestone.id)", ["status": "at-risk", "due": "2030-01-\(10 + n)"], milestone.version)
        },
        WriteRoute(description: "PATCH /memberships/{id}") { world, place, n in
            guard let membership = try await world.record(.membership, in: place) else { return nil }
            return (.patch, "/api/v1/memberships/\(membership.id)", ["deputy": "matrix-deputy-\(n)", "deputyName": "A Deputy"],
                    membership.version)
        },
        WriteRoute(description: "PATCH /meetings/{id}") { world, place, n in
            guard let meeting = try await world.record(.meeting, in: place) else { return nil }
            return (.patch, "/api/v1/meetings/\(meeting.id)", ["date": "2024-01-\(10 + n)"], meeting.version)
        },
        WriteRoute(description: "POST /indicators/{id}/observations") { world, place, n in
            guard let indicator = try await world.record(.indicator, in: place) else { return nil }
            return (.post, "/api/v1/indicators/\(indicator.id)/observations",
                    ["period": "2098/\(n)", "date": "2099-01-01", "value": 1.5], indicator.version)
        },
        WriteRoute(description: "POST /risks") { _, place, n in
            (.post, "/api/v1/risks", ["id": "matrix-risk-\(place)-\(n)", "place": place, "title": "A new risk"], nil)
        },
        WriteRoute(description: "POST /meetings") { world, place, n in
            guard let body = try await world.record(.body, in: place) else { return nil }
            return (.post, "/api/v1/meetings", ["id": "matrix-meeting-\(place)-\(n)", "body": body.id, "date": "2024-02-01"], nil)
        },
        WriteRoute(description: "POST /memberships") { world, place, n in
            let snapshot = try await world.engine.snapshot()
            let places = RecordPlaces(snapshot.dataset)
            let day: Day = "2099-01-01"
            guard let seat = snapshot.dataset.seats.first(where: { seat in
                places.of(seat)?.rawValue == place && !snapshot.dataset.memberships.contains { $0.seat == seat.id && $0.holds(on: day) }
            }) else { return nil }
            return (.post, "/api/v1/memberships", ["seat": seat.id.rawValue, "person": "matrix-person-\(n)",
                                                   "personName": "Matrix Person", "from": "\(day)"], nil)
        },
    ]
}

@Suite("Authorisation: every write route × every role × own and other place")
struct AuthorisationMatrixTests {
    @Test("viewers are refused everywhere, place editors outside their place, ICS admins nowhere; a refusal writes nothing",
          arguments: WriteRoute.all)
    func matrix(route: WriteRoute) async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            var attempt = 0
            for (token, place, allowed) in [("viewer", southwark, false), ("viewer", lewisham, false),
                                            ("swk-editor", southwark, true), ("swk-editor", lewisham, false),
                                            ("lew-editor", lewisham, true), ("lew-editor", southwark, false),
                                            ("admin", southwark, true), ("admin", lewisham, true)] {
                attempt += 1
                let request = try #require(try await route.request(world, place, attempt),
                                           "no \(place) record for \(route)")
                var headers = world.auth(token, [.contentType: "application/json"])
                if let version = request.3 { headers[.ifMatch] = "\"\(version)\"" }
                let before = try await world.engine.snapshot().head
                let response = try await client.execute(uri: request.1, method: request.0, headers: headers,
                                                        body: json(request.2))
                let after = try await world.engine.snapshot().head
                if allowed {
                    #expect((200..<300).contains(response.status.code), "\(route) by \(token) on \(place): \(response.text)")
                    #expect(after.sequence > before.sequence, "\(route) by \(token) on \(place) wrote nothing")
                    let entries = try await world.store.auditLog(after: before.sequence, limit: nil)
                    #expect(entries.allSatisfy { $0.actor == token }, "audited as the token's name")
                } else {
                    #expect(response.status == .forbidden, "\(route) by \(token) on \(place): \(response.text)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                    #expect(after == before, "\(route) by \(token) on \(place) changed the store")
                }
            }
        }
    }

    @Test("without a token, or with an unknown one, every API route is 401 with a problem document")
    func unauthenticated() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            for headers: HTTPFields in [[:], [.authorization: "Bearer pw_not-a-token"], [.authorization: "Basic abc"]] {
                for (method, uri) in [(HTTPRequest.Method.get, "/api/v1/risks"), (.get, "/api/v1/findings"),
                                      (.patch, "/api/v1/risks/x"), (.post, "/api/v1/meetings")] {
                    let response = try await client.execute(uri: uri, method: method, headers: headers)
                    #expect(response.status == .unauthorized, "\(method) \(uri)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                    #expect(response.headers[.wwwAuthenticate] != nil)
                }
            }
            let health = try await client.execute(uri: "/health/live", method: .get)
            #expect(health.status == .ok)
        }
    }

    @Test("a place editor cannot move its own risk into another place's register through the risk's body")
    func throughReference() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let risk = try #require(try await world.record(.risk, in: southwark))
            let body = try #require(try await world.record(.body, in: lewisham))
            let before = try await world.engine.snapshot().head
            let response = try await client.execute(
                uri: "/api/v1/risks/\(risk.id)", method: .patch,
                headers: world.auth("swk-editor", [.ifMatch: "\"\(risk.version)\"", .contentType: "application/json"]),
                body: json(["body": body.id]))
            #expect(response.status == .forbidden, "\(response.text)")
            #expect(try await world.engine.snapshot().head == before)
        }
    }
}
