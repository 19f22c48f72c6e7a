import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore
import PlaceworksTestSupport
import Testing

@Suite("Live snapshot: cached against the audit head, brought up to date from the log")
struct LiveSnapshotTests {
    @Test("a warm snapshot sees another writer's change on its next read, and equals a full reload")
    func seesOtherWriters() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { reader in
            let before = try await reader.snapshot()
            #expect(before.dataset.risks.first { $0.id == "tb-risk-1" }?.likelihood != 1)
            try await world.withEngine { writer in
                try await writer.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(likelihood: 1, impact: 2)), by: "other")
                try await writer.perform(AddRisk(id: "tb-risk-new", place: TestWorld.place,
                                                 fields: RiskChanges(title: "Estates", likelihood: 3, impact: 3)), by: "other")
            }
            let after = try await reader.snapshot()
            #expect(after.head.sequence == before.head.sequence + 2)
            #expect(after.dataset.risks.first { $0.id == "tb-risk-1" }?.likelihood == 1)
            #expect(after.version(of: ID<Risk>("tb-risk-new")) == after.head.sequence)
            let fresh = try await reader.store.snapshot()
            #expect(after.dataset == fresh.dataset, "the refreshed dataset is what a full read gives, in the same order")
            #expect(after.stored.versions == fresh.versions)
        }
    }

    @Test("a refresh of many changes to one kind (added, changed, removed, added again) equals a full reload")
    func manyChangesOfOneKind() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { reader in
            let before = try await reader.snapshot()
            let template = try #require(before.dataset.risks.first)
            try await world.withEngine { writer in
                try await writer.write(summary: "Forty risks", by: "other") { edit in
                    for index in 0..<40 {
                        var risk = template
                        risk.id = ID("tb-risk-batch-\(index)")
                        risk.title = "Batch risk \(index)"
                        edit.put(risk)
                    }
                }
                try await writer.write(summary: "Some changed, some removed, one back", by: "other") { edit in
                    for index in stride(from: 0, to: 40, by: 3) {
                        try edit.update(Risk.self, id: ID("tb-risk-batch-\(index)")) { $0.likelihood = 1 }
                    }
                    for index in [5, 7, 11] { try edit.remove(Risk.self, id: ID("tb-risk-batch-\(index)")) }
                    try edit.update(Risk.self, id: template.id) { $0.impact = 1 }
                }
                try await writer.write(summary: "One back", by: "other") { edit in
                    var risk = template
                    risk.id = ID("tb-risk-batch-7")
                    risk.title = "Back again"
                    edit.put(risk)
                }
            }
            let after = try await reader.snapshot()
            let fresh = try await reader.store.snapshot()
            #expect(after.dataset == fresh.dataset, "the refreshed dataset is what a full read gives, in the same order")
            #expect(after.stored.versions == fresh.versions)
            #expect(after.dataset.risks.count == before.dataset.risks.count + 38)
            #expect(after.dataset.risks.last?.title == "Back again")
        }
    }

    @Test("an unchanged store hands back the same snapshot, index and all")
    func unchangedIsShared() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { engine in
            let first = try await engine.snapshot()
            let second = try await engine.snapshot()
            #expect(first === second)
        }
    }

    @Test("a check reports the rule set and the data version it was computed from")
    func provenance() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { engine in
            let result = try await engine.check(asOf: "2022-04-01")
            let head = try #require(try await engine.store.auditHead())
            #expect(result.provenance.data == .store(sequence: head.sequence, hash: head.hash))
            #expect(result.provenance.ruleSet.extensions == ["National guidance", "Testborough"]
                || result.provenance.ruleSet.extensions.contains("Testborough"))
            #expect(result.provenance.ruleSet.rules == world.registry.rules.count)
            #expect(result.provenance.ruleSet.digest.count == 16)
            try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(mitigation: "Rotas")), by: "t")
            let later = try await engine.check(asOf: "2022-04-01")
            #expect(later.provenance.data.sequence == head.sequence + 1)
            #expect(later.provenance.ruleSet == result.provenance.ruleSet)
        }
    }

    @Test("a place's data version moves on every change to it, deletions included")
    func placeVersion() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { engine in
            let start = try await engine.dataVersion(of: TestWorld.place)
            #expect(start > 0)
            let added = try await engine.perform(AddRisk(id: "tb-risk-x", place: TestWorld.place,
                                                         fields: RiskChanges(title: "Data sharing")), by: "t")
            let afterAdd = try await engine.dataVersion(of: TestWorld.place)
            #expect(afterAdd == added.receipt.entries.last?.sequence)
            #expect(try await engine.dataVersion(of: TestWorld.place, in: try await engine.snapshot()) == afterAdd)
            try await engine.write(summary: "remove", by: "t") { edit in try edit.remove(Risk.self, id: "tb-risk-x") }
            #expect(try await engine.dataVersion(of: TestWorld.place) == afterAdd + 1)
            // Kept per snapshot: asked again of the same snapshot it is the same; of the next one it moved.
            let snapshot = try await engine.snapshot()
            #expect(try await engine.dataVersion(of: TestWorld.place, in: snapshot) == afterAdd + 1)
            #expect(try await engine.dataVersion(of: TestWorld.place, in: snapshot) == afterAdd + 1)
        }
    }
}

@Suite("Check results of a snapshot")
struct CheckResultCacheTests {
    @Test("the same question of unchanged data gets the same answer; a write makes the next answer new")
    func answeredAgainUntilAWrite() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        try await world.withEngine { engine in
            let first = try await engine.check(asOf: "2022-04-01")
            #expect(try await engine.check(asOf: "2022-04-01") == first)
            let otherDay = try await engine.check(asOf: "2021-04-01")
            #expect(otherDay.report.asOf == "2021-04-01")
            try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(mitigation: "Changed")), by: "t")
            let after = try await engine.check(asOf: "2022-04-01")
            #expect(after.provenance.data.sequence == first.provenance.data.sequence + 1, "computed anew for the new data")
        }
    }
}
