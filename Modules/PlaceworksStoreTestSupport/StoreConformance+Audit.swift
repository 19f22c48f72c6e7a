import Foundation
import PlaceworksDomain
import PlaceworksStore
import Testing

extension StoreConformance {
    static func auditEntriesRecordEveryChange(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let world = StoreSamples.world
            let seeding = try await store.auditLog()
            #expect(seeding.count == world.count)
            #expect(seeding.map(\.sequence) == Array(1...Int64(world.count)))
            #expect(seeding.allSatisfy { $0.actor == "setup" && $0.time == Timestamp(StoreSamples.now) && $0.operation == .created })

            var edit = try await store.edit()
            try edit.update(Risk.self, id: "tb-risk-1") { $0.likelihood = 5 }
            let receipt = try await store.commit(edit, actor: "j.smith", at: StoreSamples.later(90))
            let entry = try #require(receipt.entries.first)
            #expect(receipt.entries.count == 1)
            #expect(try await store.auditLog(after: Int64(world.count), limit: nil) == [entry])
            #expect(try await store.auditLog(after: 0, limit: 2).map(\.sequence) == [1, 2])
            #expect(entry.actor == "j.smith")
            #expect(entry.time == Timestamp(StoreSamples.later(90)))
            #expect(entry.recordKind == .risk && entry.id == "tb-risk-1")
            #expect(entry.previousHash == seeding.last?.hash)
            let before = try JSONDecoder().decode(Risk.self, from: Data(try #require(entry.before).utf8))
            let after = try JSONDecoder().decode(Risk.self, from: Data(try #require(entry.after).utf8))
            #expect(before == world.risks[0])
            #expect(after.likelihood == 5 && after.title == world.risks[0].title)
            #expect(try await store.auditHead() == AuditHead(sequence: entry.sequence, hash: entry.hash))
            let verification = try await store.verifyAuditLog()
            #expect(verification.isIntact, "\(String(describing: verification.problem))")
            #expect(verification.entries == world.count + 1)
        }
    }

    static func auditLogRefusesUpdateAndDelete(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            await #expect(throws: (any Error).self) {
                try await database.execute("UPDATE audit_log SET actor = 'mallory' WHERE sequence = 2")
            }
            await #expect(throws: (any Error).self) {
                try await database.execute("DELETE FROM audit_log WHERE sequence = 2")
            }
            let verification = try await store.verifyAuditLog()
            #expect(verification.isIntact)
        }
    }

    static func tamperAlteredEntryDetected(_ database: TestDatabase) async throws {
        try await tampered(database, ["UPDATE audit_log SET actor = 'mallory' WHERE sequence = 2"],
                           sequence: 2, reason: .altered)
    }

    static func tamperDeletedEntryDetected(_ database: TestDatabase) async throws {
        try await tampered(database, ["DELETE FROM audit_log WHERE sequence = 2"], sequence: 2, reason: .missing)
    }

    static func tamperSwappedEntriesDetected(_ database: TestDatabase) async throws {
        try await tampered(database, [
            "UPDATE audit_log SET sequence = -3 WHERE sequence = 3",
            "UPDATE audit_log SET sequence = 3 WHERE sequence = 2",
            "UPDATE audit_log SET sequence = 2 WHERE sequence = -3",
        ], sequence: 2, reason: .outOfOrder)
    }

    static func tamperRehashedEntryDetected(_ database: TestDatabase) async throws {
        // Someone who knows the hashing rehashes the entry they altered: the next entry no longer follows it.
        let entries = try await seeded(database) { store in try await store.auditLog() }
        var forged = entries[1]
        forged.actor = "mallory"
        let hash = AuditChain.expectedHash(of: forged)
        try await tampered(database, ["UPDATE audit_log SET actor = 'mallory', hash = '\(hash)' WHERE sequence = 2"],
                           seeded: false, sequence: 3, reason: .outOfOrder)
    }

    static func tamperTruncatedLogDetected(_ database: TestDatabase) async throws {
        let count = StoreSamples.world.count
        try await tampered(database, ["DELETE FROM audit_log WHERE sequence = \(count)"],
                           sequence: Int64(count), reason: .missing)
    }

    static func tamperRecordChangedOutsideStoreDetected(_ database: TestDatabase) async throws {
        try await tampered(database, ["UPDATE records SET body = replace(body, 'Workforce', 'Budget') WHERE id = 'tb-risk-1'"],
                           sequence: nil, reason: .recordMismatch)
    }

    /// Seeds the store, lifts the guards, runs `statements`, and expects verification to report
    /// `reason` at `sequence` (nil: any sequence).
    static func tampered(_ database: TestDatabase, _ statements: [String], seeded seed: Bool = true,
                         sequence: Int64?, reason: AuditBreak.Reason) async throws {
        if seed {
            let verification = try await seeded(database) { store in try await store.verifyAuditLog() }
            #expect(verification.isIntact)
        }
        for statement in database.liftAuditGuards + statements { try await database.execute(statement) }
        try await database.withStore { store in
            let verification = try await store.verifyAuditLog()
            let problem = try #require(verification.problem, "verification did not notice: \(statements)")
            #expect(problem.reason == reason, "\(problem.message)")
            if let sequence { #expect(problem.sequence == sequence, "\(problem.message)") }
            #expect(!problem.message.isEmpty)
        }
    }

    static func encoded<E: Encodable>(_ value: E) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
