import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore
import PlaceworksTestSupport
import Testing

@Suite("place init: registered data reaches the store only here, and never undoes people's changes")
struct SeedingTests {
    /// The registry of a later release whose extension ships changed data: the risk's mitigation,
    /// a milestone's title and the committee's name, and one new milestone.
    static func upgradedRegistry() throws -> Registry {
        var data = TestWorld.dataset
        for index in data.risks.indices { data.risks[index].mitigation = "Shipped mitigation, release 2" }
        for index in data.milestones.indices { data.milestones[index].title += " (release 2)" }
        for index in data.bodies.indices where data.bodies[index].id == TestWorld.committee {
            data.bodies[index].name += " (release 2)"
        }
        data.milestones.append(Milestone(id: "tb-ms-new", place: TestWorld.place, title: "New milestone", due: "2023-03-31"))
        return try Registry([NationalGuidance(), WorldExtension(data: data)])
    }

    @Test("a new store gets every registered record; a second run changes nothing")
    func firstRun() async throws {
        let world = try await EngineWorld.make(seeded: false)
        defer { world.discard() }
        try await world.withEngine { engine in
            let (plan, outcome) = try await engine.initialise(by: "admin")
            #expect(plan.additions.count == world.registry.dataset.count && plan.upgrades.isEmpty && plan.kept.isEmpty)
            #expect(outcome?.receipt.entries.count == world.registry.dataset.count)
            #expect(outcome?.receipt.entries.allSatisfy { $0.actor == "place init (by admin)" } == true)
            let (again, second) = try await engine.initialise(by: "admin")
            #expect(again.isEmpty && second?.changedNothing == true)
        }
    }

    @Test("a new release's data: untouched records are upgraded, edited and removed ones kept, new ones added")
    func upgrade() async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        let milestones = TestWorld.dataset.milestones.map(\.id)
        try #require(!milestones.isEmpty)
        try await world.withEngine { engine in
            try await engine.perform(UpdateRisk(id: "tb-risk-1", changes: RiskChanges(mitigation: "Our own plan")), by: "officer")
            try await engine.write(summary: "remove", by: "officer") { try $0.remove(Milestone.self, id: milestones[0]) }
        }
        try await world.withEngine(registry: try Self.upgradedRegistry()) { engine in
            let head = try await engine.snapshot().head
            let (preview, nothing) = try await engine.initialise(by: "admin", dryRun: true)
            #expect(nothing == nil)
            #expect(try await engine.snapshot().head == head, "a dry run writes nothing")
            #expect(preview.additions == [RecordKey(kind: .milestone, id: "tb-ms-new")])
            #expect(Set(preview.kept) == [RecordKey(kind: .risk, id: "tb-risk-1"), RecordKey(milestones[0])])
            #expect(Set(preview.upgrades) == Set([RecordKey(TestWorld.committee)] + milestones.dropFirst().map { RecordKey($0) }))

            let (plan, _) = try await engine.initialise(by: "admin")
            #expect(plan == preview)
            let data = try await engine.snapshot().dataset
            #expect(data.risks.first { $0.id == "tb-risk-1" }?.mitigation == "Our own plan", "an edit is kept")
            #expect(!data.milestones.contains { $0.id == milestones[0] }, "a removal is kept")
            #expect(data.milestones.filter { $0.id != "tb-ms-new" }.allSatisfy { $0.title.hasSuffix("(release 2)") })
            #expect(data.bodies.first { $0.id == TestWorld.committee }?.name.hasSuffix("(release 2)") == true)
            #expect(data.milestones.contains { $0.id == "tb-ms-new" })
        }
    }
}
