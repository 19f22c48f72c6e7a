import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore
import PlaceworksTestSupport
import Testing

@Suite("Write operations: validated, one transaction, audited, re-applied over other writers")
struct WriteOperationTests {
    @Test("twelve writers at once on one record, none naming a version: all succeed, each audited once")
    func concurrentWritersAllSucceed() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        let before = try await world.withEngine { try await $0.store.auditLog().count }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<12 {
                group.addTask {
                    try await world.withEngine { engine in
                        _ = try await engine.snapshot()
                        try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(mitigation: "Plan \(writer)")),
                                                 by: "writer-\(writer)")
                    }
                }
            }
            try await group.waitForAll()
        }
        try await world.withEngine { engine in
            let entries = try await engine.store.auditLog().dropFirst(before)
            #expect(entries.count == 12)
            #expect(Set(entries.map(\.actor)).count == 12, "each change audited once, by its own writer")
            #expect(try await engine.store.verifyAuditLog().isIntact)
        }
    }

    @Test("a write naming a version that is no longer current is refused, and nothing is written")
    func staleExplicitVersionRefused() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { engine in
            let version = try #require(try await engine.snapshot().version(of: ID<Risk>("tb-risk-1")))
            try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(impact: 5), expectedVersion: version),
                                     by: "first")
            let head = try await engine.snapshot().head
            await #expect(throws: StoreError.self) {
                try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(impact: 2), expectedVersion: version),
                                         by: "second")
            }
            #expect(try await engine.snapshot().head == head)
            #expect(try await engine.snapshot().dataset.risks.first { $0.id == "tb-risk-1" }?.impact == 5)
        }
    }

    @Test("operations refuse input the data does not allow, naming the field, and write nothing")
    func refusals() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { engine in
            let head = try await engine.snapshot().head
            await #expect(throws: OperationError.invalid(field: "likelihood", reason: "must be from 1 to 5 on the 5×5 scale, not 7.")) {
                try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(likelihood: 7)), by: "t")
            }
            await #expect(throws: OperationError.notFound(kind: "risk", id: "no-such-risk")) {
                try await engine.perform(CloseRisk(id: "no-such-risk", on: "2022-01-01"), by: "t")
            }
            await #expect(throws: OperationError.self) {
                try await engine.perform(AddRisk(id: "tb-risk-1", place: TestWorld.place, fields: RiskChanges(title: "Again")),
                                         by: "t")
            }
            await #expect(throws: StoreError.self, "a reference to a body nobody holds") {
                try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(escalatedTo: "no-such-body")), by: "t")
            }
            #expect(try await engine.snapshot().head == head)
        }
    }

    @Test("a body that moves place takes its seats, memberships and meetings with it in the same batch")
    func dependantsFollowTheirParent() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { engine in
            let other = Place(id: "E09000998", name: "Otherborough", ics: TestWorld.ics)
            try await engine.write(summary: "add a place", by: "t") { $0.put(other) }
            let seats = try await engine.snapshot().dataset.seats.filter { $0.body == TestWorld.committee && $0.place == nil }
            #expect(!seats.isEmpty)
            let moved = try await engine.write(summary: "move", by: "t") { edit in
                try edit.update(Body.self, id: TestWorld.committee) { $0.place = other.id }
            }
            let kinds = Set(moved.receipt.entries.map(\.kind))
            #expect(kinds.contains("body") && kinds.contains("seat") && kinds.contains("membership"))
            let page = try await engine.store.records(of: .seat, place: other.id.rawValue, after: nil, limit: 1000)
            #expect(Set(page.map(\.key.id)).isSuperset(of: seats.map(\.id.rawValue)))
            #expect(moved.receipt.entries.allSatisfy { $0.place == other.id.rawValue })
        }
    }
}
