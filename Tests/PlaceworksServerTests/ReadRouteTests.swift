import Foundation
import HummingbirdTesting
import Testing
@testable import PlaceworksServer
import PlaceworksApplication
import PlaceworksDomain

@Suite("Read routes answer from the live snapshot")
struct ReadRouteTests {
    @Test("every kind lists as {items, next}, and every listed record reads back by id with its version as ETag")
    func everyKind() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            for resource in Resource.all {
                let page = try await client.execute(uri: "/api/v1/\(resource.path)?limit=500", method: .get,
                                                    headers: world.auth("viewer"))
                #expect(page.status == .ok, "\(resource.path): \(page.text)")
                #expect(page.headers[.contentType] == "application/json")
                let items = try #require(page.object["items"] as? [[String: Any]], "\(resource.path)")
                #expect(page.object.keys.contains("next"))
                guard let id = items.first?["id"] as? String else { continue }
                let one = try await client.execute(uri: "/api/v1/\(resource.path)/\(id)", method: .get,
                                                   headers: world.auth("viewer"))
                #expect(one.status == .ok)
                #expect(one.object["id"] as? String == id)
                let snapshot = try await world.engine.snapshot()
                let version = try #require(snapshot.stored.versions[.init(kind: resource.kind, id: id)])
                #expect(one.headers[.eTag] == "\"\(version)\"")
            }
        }
    }

    @Test("cursor pagination walks every record once, in identifier order")
    func pagination() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let all = try await client.execute(uri: "/api/v1/memberships?limit=500", method: .get, headers: world.auth("viewer"))
            let expected = (all.object["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(expected.count > 3)
            #expect(expected == expected.sorted())
            var seen: [String] = []
            var cursor: String?
            repeat {
                let uri = "/api/v1/memberships?limit=3" + (cursor.map { "&cursor=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)" } ?? "")
                let page = try await client.execute(uri: uri, method: .get, headers: world.auth("viewer"))
                let items = (page.object["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(items.count <= 3)
                seen += items
                cursor = page.object["next"] as? String
            } while cursor != nil && seen.count <= expected.count
            #expect(seen == expected)
        }
    }

    @Test("place and as_of filter a listing; an unknown place is 404 and a bad date 400, naming the parameter")
    func filters() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let snapshot = try await world.engine.snapshot()
            let places = RecordPlaces(snapshot.dataset)
            let page = try await client.execute(uri: "/api/v1/memberships?place=\(southwark)&limit=500", method: .get,
                                                headers: world.auth("viewer"))
            let ids = (page.object["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            let expected = snapshot.dataset.memberships.filter { places.of($0)?.rawValue == southwark }.map(\.id.rawValue).sorted()
            #expect(!ids.isEmpty)
            #expect(ids == expected)

            let day: Day = "2022-04-01"
            let current = try await client.execute(uri: "/api/v1/memberships?as_of=\(day)&limit=500", method: .get,
                                                   headers: world.auth("viewer"))
            let held = (current.object["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(held == snapshot.dataset.memberships.filter { $0.holds(on: day) }.map(\.id.rawValue).sorted())
            #expect(held.count < snapshot.dataset.memberships.count)

            let unknown = try await client.execute(uri: "/api/v1/risks?place=E09999999", method: .get, headers: world.auth("viewer"))
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType] == "application/problem+json")
            let bad = try await client.execute(uri: "/api/v1/risks?as_of=April", method: .get, headers: world.auth("viewer"))
            #expect(bad.status == .badRequest)
            #expect(bad.object["field"] as? String == "as_of")
            #expect((bad.object["detail"] as? String)?.contains("YYYY-MM-DD") == true)
            let limit = try await client.execute(uri: "/api/v1/risks?limit=0", method: .get, headers: world.auth("viewer"))
            #expect(limit.status == .badRequest)
            let missing = try await client.execute(uri: "/api/v1/risks/no-such-risk", method: .get, headers: world.auth("viewer"))
            #expect(missing.status == .notFound)
            #expect((missing.object["detail"] as? String)?.contains("no-such-risk") == true)
        }
    }

    @Test("If-None-Match with the current ETag gives 304, for a record, a listing and findings")
    func notModified() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            for uri in ["/api/v1/risks?place=\(southwark)", "/api/v1/places/\(southwark)",
                        "/api/v1/findings?place=\(southwark)&as_of=2022-04-01"] {
                let first = try await client.execute(uri: uri, method: .get, headers: world.auth("viewer"))
                #expect(first.status == .ok, "\(uri): \(first.text)")
                let tag = try #require(first.headers[.eTag])
                let again = try await client.execute(uri: uri, method: .get,
                                                     headers: world.auth("viewer", [.ifNoneMatch: tag]))
                #expect(again.status == .notModified)
                let other = try await client.execute(uri: uri, method: .get,
                                                     headers: world.auth("viewer", [.ifNoneMatch: "\"0\""]))
                #expect(other.status == .ok)
            }
        }
    }

    @Test("findings per place and ICS-wide carry the rule set and the data version")
    func findings() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let snapshot = try await world.engine.snapshot()
            for uri in ["/api/v1/findings?as_of=2022-04-01", "/api/v1/findings?as_of=2022-04-01&place=\(lewisham)"] {
                let response = try await client.execute(uri: uri, method: .get, headers: world.auth("viewer"))
                #expect(response.status == .ok, "\(response.text)")
                let provenance = try #require(response.object["provenance"] as? [String: Any])
                let ruleSet = try #require(provenance["ruleSet"] as? [String: Any])
                #expect(ruleSet["digest"] as? String == world.engine.ruleSet.digest)
                let data = try #require(provenance["data"] as? [String: Any])
                #expect((data["sequence"] as? NSNumber)?.int64Value == snapshot.head.sequence)
                #expect(response.object["report"] is [String: Any])
                #expect(response.object["asOf"] as? String == "2022-04-01")
            }
        }
    }

    @Test("a write from another engine on the same store is seen on the next read")
    func seesOtherWriters() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let risk = try #require(try await world.record(.risk, in: southwark))
            let before = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .get, headers: world.auth("viewer"))
            #expect(before.headers[.eTag] == "\"\(risk.version)\"")
            let other = Engine(store: world.store, registry: world.engine.registry)
            try await other.perform(UpdateRisk(id: ID(risk.id), changes: RiskChanges(mitigation: "Seen elsewhere")), by: "other")
            let after = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .get, headers: world.auth("viewer"))
            #expect(after.object["mitigation"] as? String == "Seen elsewhere")
            #expect(after.headers[.eTag] != before.headers[.eTag])
        }
    }
}
