import Foundation
import PlaceworksDomain
import PlaceworksStore
import Testing

extension StoreConformance {
    static func pagedReadsByKindAndPlace(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let world = StoreSamples.world
            let place = TestPlace.code
            let seats = world.seats.map(\.id.rawValue).sorted()
            #expect(seats.count >= 3, "the sample world has seats to page through")
            var pages: [[String]] = []
            var cursor: String?
            repeat {
                let page = try await store.records(of: .seat, place: place, after: cursor, limit: 2)
                #expect(page.count <= 2)
                #expect(page.allSatisfy { $0.key.kind == .seat && $0.place == place && $0.version > 0 })
                pages.append(page.map(\.key.id))
                cursor = page.last?.key.id
            } while pages.last?.count == 2
            #expect(pages.flatMap { $0 } == seats, "pages in identifier order, each record once")
            #expect(try await store.records(of: .seat, place: "E09000000", after: nil, limit: 10).isEmpty)
            let people = try await store.records(of: .person, place: nil, after: nil, limit: 1000)
            #expect(people.map(\.key.id) == world.people.map(\.id.rawValue).sorted())
        }
    }

    static func placeDataVersionMovesOnEveryChange(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let place = TestPlace.code
            let seeded = try await store.dataVersion(of: place)
            #expect(seeded == (try await store.auditLog()).filter { $0.place == place }.map(\.sequence).max())
            #expect(try await store.dataVersion(of: "E09000000") == 0)
            var edit = try await store.edit()
            try edit.update(Risk.self, id: "tb-risk-1") { $0.likelihood = 1 }
            let updated = try await store.commit(edit, actor: "t", at: StoreSamples.later(1))
            #expect(try await store.dataVersion(of: place) == updated.entries.last?.sequence)
            edit = try await store.edit()
            try edit.remove(Risk.self, id: "tb-risk-1")
            let removed = try await store.commit(edit, actor: "t", at: StoreSamples.later(2))
            #expect(removed.entries.first?.place == place, "a deletion is recorded under the place the record was in")
            #expect(try await store.dataVersion(of: place) == removed.entries.last?.sequence)
        }
    }

    static func auditHeadGuarded(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let head = try #require(try await store.auditHead())
            await #expect(throws: (any Error).self, "moving the head back") {
                try await database.execute("UPDATE audit_head SET sequence = sequence - 1")
            }
            await #expect(throws: (any Error).self, "a head whose hash is not the last entry's") {
                try await database.execute("UPDATE audit_head SET hash = '\(String(repeating: "a", count: 64))'")
            }
            await #expect(throws: (any Error).self, "removing the head") {
                try await database.execute("DELETE FROM audit_head")
            }
            #expect(try await store.auditHead() == head)
            // With the guards lifted, as someone tampering would, verification still notices.
            for statement in database.liftAuditGuards {
                try await database.execute(statement)
            }
            try await database.execute("UPDATE audit_head SET sequence = sequence - 1")
            let verification = try await store.verifyAuditLog()
            #expect(!verification.isIntact)
        }
    }
}

/// The place the sample world is filed under.
enum TestPlace {
    static let code = "E09000999"
}
