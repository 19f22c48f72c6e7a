import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PlaceworksServer
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStorePostgres
import PlaceworksStoreTestSupport

@Suite("Two server instances on one PostgreSQL store")
struct SharedPostgresServerTests {
    @Test("each instance sees the other's writes on its next request and a revocation within the token lifetime; concurrent writers with one ETag: one wins, the rest get 412",
          .enabled(if: ThrowawayPostgres.server != nil, "PLACEWORKS_TEST_POSTGRES_URL is not set"))
    func twoInstances() async throws {
        try await ThrowawayPostgres.withDatabase { url in
            let registry = try Registry.standard()
            let first = try await PostgresStore.open(url: url, schema: .migrate)
            let second = try await PostgresStore.open(url: url)
            let engineA = Engine(store: first, registry: registry)
            let engineB = Engine(store: second, registry: registry)
            _ = try await engineA.initialise(file: ServerWorld.fixture(registry.dataset), by: "setup")
            let world = try await ServerWorld.make(folder: FileManager.default.temporaryDirectory, store: first,
                                                   engine: engineA)
            let appA = buildApplication(engine: engineA)
            let appB = buildApplication(engine: engineB)
            let risk = try #require(try await world.record(.risk, in: lewisham))
            try await appA.test(.router) { clientA in
                try await appB.test(.router) { clientB in
                    // B reads, A writes, B sees it on its next request.
                    let before = try await clientB.execute(uri: "/api/v1/risks/\(risk.id)", method: .get, headers: world.auth("viewer"))
                    #expect(before.headers[.eTag] == "\"\(risk.version)\"")
                    let write = try await clientA.execute(
                        uri: "/api/v1/risks/\(risk.id)", method: .patch,
                        headers: world.auth("lew-editor", [.ifMatch: "\"\(risk.version)\""]), body: json(["impact": 5]))
                    #expect(write.status == .ok, "\(write.text)")
                    let seen = try await clientB.execute(uri: "/api/v1/risks/\(risk.id)", method: .get, headers: world.auth("viewer"))
                    #expect(seen.object["impact"] as? Int == 5)
                    let tag = try #require(seen.headers[.eTag])

                    // Eight writers through both instances, all with the same ETag.
                    let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                        for writer in 0..<8 {
                            let client: any TestClientProtocol = writer.isMultiple(of: 2) ? clientA : clientB
                            group.addTask {
                                try await client.execute(
                                    uri: "/api/v1/risks/\(risk.id)", method: .patch,
                                    headers: world.auth("admin", [.ifMatch: tag]),
                                    body: json(["mitigation": "Writer \(writer)"])).status
                            }
                        }
                        return try await group.reduce(into: []) { $0.append($1) }
                    }
                    #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
                    #expect(statuses.filter { $0 == .preconditionFailed }.count == 7, "\(statuses)")
                    let entries = try await first.auditLog().filter { $0.actor == "admin" }
                    #expect(entries.count == 1, "one audited write, no lost update")

                    // Tokens live in the shared store: one created through A's store is accepted by B.
                    // Once it is revoked through A's store, A (which has not verified it) refuses it at
                    // once; B, which verified it a moment ago, trusts that lookup for at most the
                    // verified-token lifetime on PostgreSQL, and refuses the token once it has passed.
                    let secret = try await AccessTokens(store: first).create(name: "shared", role: .viewer, places: [],
                                                                             at: Date())
                    let onB = try await clientB.execute(uri: "/api/v1/places", method: .get,
                                                        headers: [.authorization: "Bearer \(secret)"])
                    #expect(onB.status == .ok)
                    try await AccessTokens(store: first).revoke(name: "shared", at: Date())
                    let onA = try await clientA.execute(uri: "/api/v1/places", method: .get,
                                                        headers: [.authorization: "Bearer \(secret)"])
                    #expect(onA.status == .unauthorized)
                    try await Task.sleep(for: VerifiedTokens.defaultLifetime + .milliseconds(50))
                    let laterOnB = try await clientB.execute(uri: "/api/v1/places", method: .get,
                                                             headers: [.authorization: "Bearer \(secret)"])
                    #expect(laterOnB.status == .unauthorized, "B still accepted a token revoked a lifetime ago")
                }
            }
            try await second.close()
            try await first.close()
        }
    }
}
