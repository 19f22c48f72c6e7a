import Foundation
import PlaceworksStore
import Testing

/// The API tokens table: what `place token` and every server instance rely on.
extension StoreConformance {
    /// A token whose hash is made from `number` (the store never sees a secret).
    static func sampleToken(_ number: Int, name: String, role: String = "viewer", places: [String] = [],
                            at seconds: Double = 0) -> StoredToken {
        StoredToken(hash: sampleHash(number), name: name, role: role, places: places,
                    created: Timestamp(StoreSamples.later(seconds)))
    }

    /// `number` as 64 hexadecimal digits: the shape of a SHA-256.
    static func sampleHash(_ number: Int) -> String {
        let digits = String(number, radix: 16)
        return String(repeating: "0", count: 64 - digits.count) + digits
    }

    static func tokensAddedListedAndFoundByHash(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            #expect(try await store.tokens().isEmpty)
            let editor = sampleToken(1, name: "secretary@southwark.example", role: "place-editor",
                                     places: ["E09000028", "E09000023"], at: 1)
            let viewer = sampleToken(2, name: "analyst", at: 2)
            try await store.addToken(viewer)
            try await store.addToken(editor)
            #expect(try await store.tokens() == [editor, viewer], "tokens are listed oldest first, every field kept")
            #expect(try await store.token(hash: editor.hash) == editor)
            #expect(try await store.token(hash: viewer.hash)?.isLive == true)
            #expect(try await store.token(hash: sampleHash(3)) == nil)
            #expect(try await store.token(hash: "") == nil)
            #expect(try await store.loadDataset().people.isEmpty, "a token is not a record")
            #expect(try await store.auditLog().isEmpty, "a token is not audited as a record")
        }
    }

    static func tokenNamesUniqueAmongLiveTokens(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let first = sampleToken(1, name: "analyst")
            try await store.addToken(first)
            await #expect(throws: StoreError.tokenExists(name: "analyst")) {
                try await store.addToken(sampleToken(2, name: "analyst", role: "ics-admin"))
            }
            await #expect(throws: StoreError.tokenExists(name: "someone else")) {
                try await store.addToken(sampleToken(1, name: "someone else"))
            }
            #expect(try await store.tokens() == [first], "a refused token was written")
            // Once revoked, the name is free again; the revoked token stays listed.
            try await store.revokeToken(name: "analyst", at: StoreSamples.later(10))
            let second = sampleToken(2, name: "analyst", at: 20)
            try await store.addToken(second)
            let listed = try await store.tokens()
            #expect(listed.map(\.hash) == [first.hash, second.hash])
            #expect(listed.filter(\.isLive) == [second])
        }
    }

    static func tokenRevokedOnce(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let token = sampleToken(7, name: "temp", role: "ics-admin")
            try await store.addToken(token)
            try await store.revokeToken(name: "temp", at: StoreSamples.later(30))
            let revoked = try #require(try await store.token(hash: token.hash))
            #expect(revoked.revoked == Timestamp(StoreSamples.later(30)))
            #expect(!revoked.isLive)
            await #expect(throws: StoreError.tokenNotFound(name: "temp")) {
                try await store.revokeToken(name: "temp", at: StoreSamples.later(40))
            }
            await #expect(throws: StoreError.tokenNotFound(name: "nobody")) {
                try await store.revokeToken(name: "nobody", at: StoreSamples.later(40))
            }
            #expect(try await store.token(hash: token.hash)?.revoked == Timestamp(StoreSamples.later(30)),
                    "a second revocation moved the time")
        }
    }

    static func tokensSharedBetweenHandles(_ database: TestDatabase) async throws {
        let first = try await database.open(.migrate)
        let second = try await database.open(.migrate)
        let token = sampleToken(9, name: "ops")
        try await first.addToken(token)
        #expect(try await second.token(hash: token.hash) == token, "a token added through one handle is not seen by another")
        try await second.revokeToken(name: "ops", at: StoreSamples.later(5))
        #expect(try await first.token(hash: token.hash)?.isLive == false, "a revocation through one handle is not seen by another")
        try await first.close()
        try await second.close()
    }

    static func concurrentTokenCreatorsOneWins(_ database: TestDatabase) async throws {
        try await database.withStore { _ in }
        var stores: [any DatasetStore] = []
        for _ in 0..<6 { stores.append(try await database.open(.migrate)) }
        let handles = stores
        let won = await withTaskGroup(of: Bool.self) { group in
            for (index, store) in handles.enumerated() {
                group.addTask {
                    do {
                        try await store.addToken(sampleToken(100 + index, name: "shared-name"))
                        return true
                    } catch StoreError.tokenExists(name: "shared-name") {
                        return false
                    } catch {
                        Issue.record("creator \(index) failed: \(error)")
                        return false
                    }
                }
            }
            return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
        }
        #expect(won == 1, "\(won) of six creators of one name succeeded")
        #expect(try await stores[0].tokens().count == 1)
        for store in stores { try await store.close() }
    }
}
