import PlaceworksStore
import Testing

@Suite("Batch planning: versions, stale changes, the chain")
struct BatchPlanTests {
    let time = Timestamp(millisecondsSince1970: 1_000)
    let risk = RecordKey(kind: .risk, id: "r1")
    let seat = RecordKey(kind: .seat, id: "s1")

    @Test("each change gets the next sequence number as its version; updates keep their creation order")
    func versions() throws {
        let head = AuditHead(sequence: 7, hash: String(repeating: "a", count: 64))
        let plan = try BatchPlan(changes: [.put(risk, body: "{2}", place: "E1", basedOn: 3), .put(seat, body: "{}", place: nil, basedOn: 0)],
                                 current: [risk: .init(version: 3, created: 2, body: "{1}")], head: head,
                                 actor: "alice", time: time)
        #expect(plan.entries.map(\.sequence) == [8, 9])
        #expect(plan.entries[0].previousHash == head.hash)
        #expect(plan.entries[1].previousHash == plan.entries[0].hash)
        #expect(plan.entries[0].before == "{1}" && plan.entries[0].after == "{2}")
        #expect(plan.upserts.map(\.version) == [8, 9])
        #expect(plan.upserts.map(\.created) == [2, 9])
        #expect(plan.head == AuditHead(sequence: 9, hash: plan.entries[1].hash))
    }

    @Test("a change based on another version is refused, naming the record and both versions")
    func stale() {
        #expect(throws: StoreError.staleVersion(kind: .risk, id: "r1", expected: 2, actual: 3)) {
            try BatchPlan(changes: [.put(seat, body: "{}", place: nil, basedOn: 0), .put(risk, body: "{}", place: nil, basedOn: 2)],
                          current: [risk: .init(version: 3, created: 1, body: "{}")], head: .genesis, actor: "a", time: time)
        }
        #expect(throws: StoreError.staleVersion(kind: .risk, id: "r1", expected: 0, actual: 3)) {
            try BatchPlan(changes: [.put(risk, body: "{}", place: nil, basedOn: 0)],
                          current: [risk: .init(version: 3, created: 1, body: "{}")], head: .genesis, actor: "a", time: time)
        }
    }

    @Test("deleting a missing record and changing one record twice are refused")
    func refusals() {
        #expect(throws: StoreError.recordNotFound(kind: .risk, id: "r1")) {
            try BatchPlan(changes: [.delete(risk, basedOn: 0)], current: [:], head: .genesis, actor: "a", time: time)
        }
        #expect(throws: StoreError.duplicateChange(kind: .risk, id: "r1")) {
            try BatchPlan(changes: [.put(risk, body: "{}", place: nil, basedOn: 0), .delete(risk, basedOn: 0)],
                          current: [:], head: .genesis, actor: "a", time: time)
        }
    }
}
