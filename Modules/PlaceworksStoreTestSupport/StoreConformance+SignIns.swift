import Foundation
import PlaceworksStore
import Testing

/// Failed sign-ins (migration 9): what the web front end's sign-in limit counts, shared by every
/// instance on one store.
extension StoreConformance {
    static func failedSignInsSharedBetweenHandles(_ database: TestDatabase) async throws {
        let firstHandle = try await database.open(.migrate), secondHandle = try await database.open(.migrate)
        let first = try #require(firstHandle as? any AccountStore, "\(database.backend) keeps no accounts")
        let second = try #require(secondHandle as? any AccountStore, "\(database.backend) keeps no accounts")
        let start = StoreSamples.now
        #expect(try await first.failedSignIns(name: "secretary", since: start).isEmpty)
        try await first.recordFailedSignIn(name: "secretary", at: StoreSamples.later(1), forgetBefore: start)
        try await second.recordFailedSignIn(name: "secretary", at: StoreSamples.later(2), forgetBefore: start)
        try await second.recordFailedSignIn(name: "analyst", at: StoreSamples.later(3), forgetBefore: start)
        #expect(try await first.failedSignIns(name: "secretary", since: start) == [StoreSamples.later(1), StoreSamples.later(2)],
                "a failure recorded through one handle is not counted by another, or not oldest first")
        #expect(try await second.failedSignIns(name: "secretary", since: StoreSamples.later(2)) == [StoreSamples.later(2)],
                "failures before `since` are counted")

        // Recording forgets every name's failures older than the window; clearing forgets one name's.
        try await first.recordFailedSignIn(name: "secretary", at: StoreSamples.later(100), forgetBefore: StoreSamples.later(2.5))
        #expect(try await second.failedSignIns(name: "secretary", since: start) == [StoreSamples.later(100)])
        #expect(try await second.failedSignIns(name: "analyst", since: start) == [StoreSamples.later(3)])
        try await second.clearFailedSignIns(name: "secretary")
        #expect(try await first.failedSignIns(name: "secretary", since: start).isEmpty, "a clear through one handle is not seen by another")
        #expect(try await first.failedSignIns(name: "analyst", since: start) == [StoreSamples.later(3)], "clearing one name cleared another")
        try await firstHandle.close()
        try await secondHandle.close()
    }
}
