import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStorePostgres
import PlaceworksStoreTestSupport
import PlaceworksTestSupport
import Testing

@Suite("Processes sharing one store see each other's writes")
struct SharedStoreProcessTests {
    @Test("two processes on one PostgreSQL store read each other's writes",
          .enabled(if: ThrowawayPostgres.server != nil, "PLACEWORKS_TEST_POSTGRES_URL is not set"))
    func postgresTwoProcesses() async throws {
        let place = try BuiltExecutable.locate("place")
        try await ThrowawayPostgres.withDatabase { url in
            let registry = try Registry([NationalGuidance(), WorldExtension(data: TestWorld.dataset)])
            let store = try await PostgresStore.open(url: url)
            try await store.closing { store in
                let engine = Engine(store: store, registry: registry)
                _ = try await engine.initialise(by: "setup")
                let warm = try await engine.snapshot()

                // The other process writes; this one's warm snapshot sees it on its next read.
                let update = try BuiltExecutable.run(place, ["risk", "update", "--store", url, "--id", "tb-risk-1",
                                                             "--mitigation", "Written by the other process",
                                                             "--actor", "other-process"])
                #expect(update.status == 0, "\(update.error)")
                let seen = try await engine.snapshot()
                #expect(seen.head.sequence == warm.head.sequence + 1)
                #expect(seen.dataset.risks.first { $0.id == "tb-risk-1" }?.mitigation == "Written by the other process")

                // This process writes; the other one reads it, with the record's version.
                let outcome = try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(impact: 5)), by: "this")
                let listed = try BuiltExecutable.run(place, ["list", "risks", "--store", url, "--as-of", "2022-04-01",
                                                             "--format", "json"])
                #expect(listed.status == 0, "\(listed.error)")
                let risks = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]
                let risk = try #require(risks?.first { $0["id"] as? String == "tb-risk-1" })
                #expect(risk["impact"] as? Int == 5)
                #expect((risk["version"] as? NSNumber)?.int64Value == outcome.receipt.entries.last?.sequence)
            }
        }
    }

    @Test("twelve `place risk update` processes at once, none with --if-version: all succeed, the chain intact")
    func concurrentProcesses() async throws {
        let place = try BuiltExecutable.locate("place")
        let world = try await EngineWorld.make()
        defer { world.discard() }
        let before = try await world.withEngine { try await $0.store.auditLog().count }
        let statuses = try await withThrowingTaskGroup(of: (Int32, String).self) { group in
            for writer in 0..<12 {
                group.addTask {
                    let result = try BuiltExecutable.run(place, ["risk", "update", "--store", world.path, "--id", "tb-risk-1",
                                                                 "--mitigation", "Plan \(writer)", "--actor", "process-\(writer)"])
                    return (result.status, result.error)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.allSatisfy { $0.0 == 0 }, "\(statuses.filter { $0.0 != 0 })")
        try await world.withEngine { engine in
            let entries = try await engine.store.auditLog().dropFirst(before)
            #expect(entries.count == 12)
            #expect(Set(entries.map(\.actor)).count == 12)
            #expect(try await engine.store.verifyAuditLog().isIntact)
        }
    }
}

@Suite("Concurrent writers on a shared PostgreSQL store")
struct PostgresConcurrentWritersTests {
    @Test("twelve `place risk update` processes at once on PostgreSQL: all succeed, each audited once, the chain intact",
          .enabled(if: ThrowawayPostgres.server != nil, "PLACEWORKS_TEST_POSTGRES_URL is not set"))
    func concurrentProcesses() async throws {
        let place = try BuiltExecutable.locate("place")
        try await ThrowawayPostgres.withDatabase { url in
            let store = try await PostgresStore.open(url: url)
            let before = try await store.closing { store in
                let engine = Engine(store: store, registry: try Registry([NationalGuidance(), WorldExtension(data: TestWorld.dataset)]))
                _ = try await engine.initialise(by: "setup")
                return try await store.auditLog().count
            }
            let statuses = try await withThrowingTaskGroup(of: (Int32, String).self) { group in
                for writer in 0..<12 {
                    group.addTask {
                        let result = try BuiltExecutable.run(place, ["risk", "update", "--store", url, "--id", "tb-risk-1",
                                                                     "--mitigation", "Plan \(writer)", "--actor", "process-\(writer)"])
                        return (result.status, result.error)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0.0 == 0 }, "\(statuses.filter { $0.0 != 0 })")
            let reopened = try await PostgresStore.open(url: url)
            try await reopened.closing { store in
                let entries = try await store.auditLog().dropFirst(before)
                #expect(entries.count == 12)
                #expect(Set(entries.map(\.actor)).count == 12)
                #expect(try await store.verifyAuditLog().isIntact)
            }
        }
    }
}
