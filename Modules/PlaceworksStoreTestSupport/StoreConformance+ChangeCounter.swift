import Foundation
import PlaceworksDomain
import PlaceworksStore
import Testing

/// The change counter: what lets a server skip asking the store while nothing was committed.
extension StoreConformance {
    /// A change counter, where the backend has one, moves on every commit through any handle and
    /// stays put otherwise; a backend without one says so every time.
    static func changeCounterMovesOnEveryCommit(_ database: TestDatabase) async throws {
        let first = try await database.open(.migrate)
        let second = try await database.open(.migrate)
        guard let start = first.changeCounter() else {
            try await second.importDataset(StoreSamples.world, actor: "setup", at: StoreSamples.now)
            #expect(first.changeCounter() == nil, "a backend without a change counter answered one")
            try await first.close()
            try await second.close()
            return
        }
        _ = try await first.loadDataset()
        _ = try await second.auditHead()
        #expect(first.changeCounter() == start, "reading moved the change counter")
        try await second.importDataset(StoreSamples.world, actor: "setup", at: StoreSamples.now)
        let afterOther = try #require(first.changeCounter())
        #expect(afterOther != start, "a commit through another handle did not move the counter")
        var edit = try await first.edit()
        try edit.update(Risk.self, id: "tb-risk-1") { $0.likelihood = 1 }
        try await first.commit(edit, actor: "setup", at: StoreSamples.later(1))
        let afterOwn = try #require(first.changeCounter())
        #expect(afterOwn != afterOther, "a commit through the same handle did not move its counter")
        try await second.addToken(sampleToken(1, name: "ops"))
        #expect(first.changeCounter() != afterOwn, "adding a token did not move the counter")
        try await first.close()
        try await second.close()
    }
}
