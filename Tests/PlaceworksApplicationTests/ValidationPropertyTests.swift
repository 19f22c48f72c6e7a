import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore
import PlaceworksTestSupport
import Testing

/// Random edits of the kinds people and importers make, some valid and some not.
enum RandomEdit: CaseIterable {
    case moveMembershipToSeat, scoreRisk, ownRisk, addMeeting, removePerson, removeRisk, endMembership,
         addSeatWithoutIdentifier, addBudgetLine, renameBody

    func apply(to edit: inout DatasetEdit, random: inout SeededRandom) throws {
        let data = edit.dataset
        func pick<T>(_ list: [T]) -> T? { list.isEmpty ? nil : list[Int.random(in: 0..<list.count, using: &random)] }
        let ghost = Bool.random(using: &random) && Bool.random(using: &random)
        switch self {
        case .moveMembershipToSeat:
            guard let membership = pick(data.memberships), let seat = pick(data.seats) else { return }
            try edit.update(Membership.self, id: membership.id) { $0.seat = ghost ? "no-such-seat" : seat.id }
        case .scoreRisk:
            guard let risk = pick(data.risks) else { return }
            let value = Int.random(in: 0...6, using: &random)
            try edit.update(Risk.self, id: risk.id) { $0.likelihood = value }
        case .ownRisk:
            guard let risk = pick(data.risks), let person = pick(data.people) else { return }
            try edit.update(Risk.self, id: risk.id) { $0.owner = ghost ? "no-such-person" : person.id }
        case .addMeeting:
            guard let body = pick(data.bodies) else { return }
            let id = ID<Meeting>("m-\(random.next() % 100_000)")
            edit.put(Meeting(id: id, body: ghost ? "no-such-body" : body.id, date: "2022-05-01"))
        case .removePerson:
            guard let person = pick(data.people) else { return }
            try edit.remove(Person.self, id: person.id)
        case .removeRisk:
            guard let risk = pick(data.risks) else { return }
            try edit.remove(Risk.self, id: risk.id)
        case .endMembership:
            guard let membership = pick(data.memberships) else { return }
            let end: Day = Bool.random(using: &random) ? "2001-01-01" : "2030-12-31"
            try edit.update(Membership.self, id: membership.id) {
                $0.period = Period(from: $0.period.start ?? "2020-01-01", to: end)
            }
        case .addSeatWithoutIdentifier:
            guard let body = pick(data.bodies) else { return }
            edit.put(Seat(id: ghost ? ID("") : ID("seat-\(random.next() % 100_000)"), body: body.id, title: "Member"))
        case .addBudgetLine:
            guard let place = pick(data.places) else { return }
            edit.put(Budget(id: ID("budget-\(random.next() % 100_000)"), place: place.id, financialYear: "2022/23",
                            lines: [BudgetLine(ghost ? "" : "Community services", amount: 1_000)]))
        case .renameBody:
            guard let body = pick(data.bodies) else { return }
            try edit.update(Body.self, id: body.id) { $0.name = ghost ? "" : $0.name + " (renamed)" }
        }
    }
}

@Suite("Validation that looks only at what a write touches")
struct ValidationPropertyTests {
    @Test("incremental validation accepts and refuses exactly what whole-dataset validation does", arguments: 1...4)
    func incrementalMatchesWhole(seed: UInt64) async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        var random = SeededRandom(seed: seed)
        var refused = 0, accepted = 0
        try await world.withEngine { engine in
            let base = try await engine.snapshot().stored
            #expect(base.dataset.problems().isEmpty)
            for _ in 0..<150 {
                var edit = DatasetEdit(base: base)
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    try RandomEdit.allCases.randomElement(using: &random)!.apply(to: &edit, random: &random)
                }
                let incremental = edit.problems(), whole = edit.dataset.problems()
                #expect(incremental.isEmpty == whole.isEmpty, "incremental \(incremental) whole \(whole)")
                if whole.isEmpty { accepted += 1 } else { refused += 1 }
            }
        }
        #expect(accepted > 10 && refused > 10, "the edits exercise both outcomes (\(accepted) accepted, \(refused) refused)")
    }

    @Test("everything a commit accepts loads again", arguments: 11...13)
    func committedLoadsAgain(seed: UInt64) async throws {
        let world = try await EngineWorld.make()
        defer { world.discard() }
        var random = SeededRandom(seed: seed)
        var accepted = 0, refused = 0
        try await world.withEngine { engine in
            for _ in 0..<60 {
                let kind = RandomEdit.allCases.randomElement(using: &random)!
                let stream = random
                do {
                    try await engine.write(summary: "random", by: "property") { edit in
                        var local = stream
                        try kind.apply(to: &edit, random: &local)
                    }
                    accepted += 1
                } catch is StoreError {
                    refused += 1
                }
                _ = random.next()
                // Whatever was committed reads back, from scratch.
                let fresh = try await engine.store.snapshot()
                #expect(fresh.dataset.problems().isEmpty)
            }
        }
        #expect(accepted > 5 && refused > 5, "\(accepted) accepted, \(refused) refused")
    }
}
