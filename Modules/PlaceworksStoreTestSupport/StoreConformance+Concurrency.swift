import PlaceworksDomain
import PlaceworksStore
import Testing

extension StoreConformance {
    static func batchWithOneStaleRecordWritesNothing(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let read = try await store.snapshot()
            let beforeLog = try await store.auditLog()
            let beforeHead = try await store.auditHead()
            let risk = RecordKey(ID<Risk>("tb-risk-1")), seat = RecordKey(ID<Seat>("tb-seat-vcse"))
            let riskVersion = try #require(read.versions[risk]), seatVersion = try #require(read.versions[seat])
            let changes = [
                RecordChange.put(risk, body: try encoded(read.dataset.risks[0]), place: "E09000999", basedOn: riskVersion),
                RecordChange.put(RecordKey(kind: .person, id: "tb-new-person"), body: #"{"id":"tb-new-person","name":"New"}"#,
                                 place: nil, basedOn: 0),
                RecordChange.delete(seat, basedOn: seatVersion - 1),
            ]
            await #expect(throws: StoreError.staleVersion(kind: .seat, id: "tb-seat-vcse", expected: seatVersion - 1,
                                                          actual: seatVersion)) {
                try await store.apply(changes, actor: "secretary", at: StoreSamples.later(1))
            }
            #expect(try await store.snapshot() == read, "a refused batch changed records")
            #expect(try await store.auditLog() == beforeLog, "a refused batch added audit entries")
            #expect(try await store.auditHead() == beforeHead)
        }
    }

    static func staleEditRefused(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            var mine = try await store.edit()
            var theirs = try await store.edit()
            try theirs.update(Risk.self, id: "tb-risk-1") { $0.impact = 5 }
            let written = try await store.commit(theirs, actor: "colleague", at: StoreSamples.later(1))
            try mine.update(Risk.self, id: "tb-risk-1") { $0.impact = 2 }
            let read = try #require(mine.base.version(of: ID<Risk>("tb-risk-1")))
            let now = try #require(written.versions[RecordKey(ID<Risk>("tb-risk-1"))])
            await #expect(throws: StoreError.staleVersion(kind: .risk, id: "tb-risk-1", expected: read, actual: now)) {
                try await store.commit(mine, actor: "secretary", at: StoreSamples.later(2))
            }
            #expect(try await store.loadDataset().risks.first?.impact == 5, "the colleague's change was lost")
        }
    }

    static func concurrentWritersOneWins(_ database: TestDatabase) async throws {
        try await seeded(database) { _ in }
        try await race(database) { edit, index in
            try edit.update(Risk.self, id: "tb-risk-1") { $0.mitigation = "Plan \(index)" }
        } check: { outcomes, store in
            let stale = outcomes.compactMap(\.stale)
            #expect(outcomes.filter { $0.won }.count == 1, "\(outcomes)")
            #expect(stale.count == 1, "\(outcomes)")
            #expect(stale.first?.kind == .risk && stale.first?.id == "tb-risk-1")
            let winner = try #require(outcomes.firstIndex { $0.won })
            #expect(try await store.loadDataset().risks.first?.mitigation == "Plan \(winner)")
        }
    }

    static func concurrentCreatorsOneWins(_ database: TestDatabase) async throws {
        try await seeded(database) { _ in }
        try await race(database) { edit, index in
            edit.put(Person(id: "tb-new-person", name: "Creator \(index)", fictional: true))
        } check: { outcomes, store in
            #expect(outcomes.filter { $0.won }.count == 1, "\(outcomes)")
            let stale = try #require(outcomes.compactMap(\.stale).first, "\(outcomes)")
            #expect(stale.expected == 0 && stale.actual > 0)
            #expect(try await store.loadDataset().people.filter { $0.id == "tb-new-person" }.count == 1)
        }
    }

    static func concurrentWritersOfDifferentRecordsBothWin(_ database: TestDatabase) async throws {
        try await seeded(database) { _ in }
        try await race(database) { edit, index in
            if index == 0 {
                try edit.update(Risk.self, id: "tb-risk-1") { $0.impact = 5 }
            } else {
                try edit.update(Milestone.self, id: "tb-ms-1") { $0.title = "Family hubs open (all three)" }
            }
        } check: { outcomes, store in
            #expect(outcomes.allSatisfy { $0.won }, "\(outcomes)")
            let dataset = try await store.loadDataset()
            #expect(dataset.risks.first?.impact == 5)
            #expect(dataset.milestones.first?.title == "Family hubs open (all three)")
            #expect(try await store.verifyAuditLog().isIntact)
        }
    }

    /// What one of two racing writers got.
    struct Outcome: Sendable, CustomStringConvertible {
        var won: Bool
        var stale: (kind: RecordKind, id: String, expected: Int64, actual: Int64)?
        var description: String {
            won ? "won" : stale.map { "stale \($0.kind) \($0.id) \($0.expected)→\($0.actual)" } ?? "failed"
        }
    }

    /// Two writers, each on its own handle, read the same versions, change them with `change`,
    /// and commit at the same time.
    static func race(_ database: TestDatabase, change: @escaping @Sendable (inout DatasetEdit, Int) throws -> Void,
                     check: ([Outcome], any DatasetStore) async throws -> Void) async throws {
        let stores = [try await database.open(.migrate), try await database.open(.migrate)]
        var edits: [DatasetEdit] = []
        for (index, store) in stores.enumerated() {
            var edit = try await store.edit()
            try change(&edit, index)
            edits.append(edit)
        }
        let prepared = edits
        let outcomes = await withTaskGroup(of: (Int, Outcome).self) { group in
            for index in stores.indices {
                group.addTask {
                    do {
                        try await stores[index].commit(prepared[index], actor: "writer \(index)", at: StoreSamples.later(1))
                        return (index, Outcome(won: true))
                    } catch let StoreError.staleVersion(kind, id, expected, actual) {
                        return (index, Outcome(won: false, stale: (kind, id, expected, actual)))
                    } catch {
                        Issue.record("writer \(index) failed: \(error)")
                        return (index, Outcome(won: false))
                    }
                }
            }
            var outcomes = Array(repeating: Outcome(won: false), count: stores.count)
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes
        }
        try await check(outcomes, stores[0])
        #expect(try await stores[1].verifyAuditLog().isIntact)
        for store in stores { try await store.close() }
    }
}
