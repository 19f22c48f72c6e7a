import Foundation
import HummingbirdTesting
import Testing
@testable import PlaceworksServer
import PlaceworksApplication

@Suite("The audit log route")
struct AuditRouteTests {
    @Test("a write through the API appears in the place's audit log with the token's name; pages continue after `next`")
    func audit() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let risk = try #require(try await world.record(.risk, in: southwark))
            let write = try await client.execute(uri: "/api/v1/risks/\(risk.id)", method: .patch,
                                                 headers: world.auth("swk-editor", [.ifMatch: "\"\(risk.version)\""]),
                                                 body: json(["impact": 2]))
            #expect(write.status == .ok)
            var cursor: String?
            var entries: [[String: Any]] = []
            repeat {
                let uri = "/api/v1/audit?place=\(southwark)&limit=50" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await client.execute(uri: uri, method: .get, headers: world.auth("viewer"))
                #expect(page.status == .ok, "\(page.text)")
                entries += page.object["items"] as? [[String: Any]] ?? []
                #expect(page.object.keys.contains("next"))
                cursor = page.object["next"] as? String
            } while cursor != nil
            #expect(entries.count > 50)
            #expect(entries.allSatisfy { $0["place"] as? String == southwark })
            let sequences = entries.compactMap { ($0["sequence"] as? NSNumber)?.int64Value }
            #expect(sequences == sequences.sorted() && Set(sequences).count == sequences.count)
            let last = try #require(entries.last)
            #expect(last["actor"] as? String == "swk-editor")
            #expect(last["id"] as? String == risk.id)
            #expect(last["change"] as? String == "updated")
            let bad = try await client.execute(uri: "/api/v1/audit?cursor=abc", method: .get, headers: world.auth("viewer"))
            #expect(bad.status == .badRequest)
        }
    }
}
