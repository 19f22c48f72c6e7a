import Foundation
import PlaceworksDomain
import PlaceworksStore
import PlaceworksTestSupport
import Testing

extension StoreConformance {
    /// Observations of `count` periods of the sample indicator, from file row 2.
    static func observationRows(_ count: Int) -> [ObservationRow] {
        (0..<count).map { index in
            ObservationRow(indicator: "tb-ind-1", period: "Q\(index)", day: Day(year: 2000 + index / 12, month: index % 12 + 1,
                                                                                day: 1)!,
                           value: Double(index) / 4, lower: index % 2 == 0 ? Double(index) / 5 : nil, upper: Double(index),
                           row: index + 2)
        }
    }

    /// An import of `rows` (and of the risk `risk` when given) in one transaction.
    static func importWrite(_ rows: [ObservationRow], records: Set<RecordKey> = [], file: String = "data/values.csv")
        -> ImportWrite
    {
        ImportWrite(file: file, sha256: String(repeating: "ab", count: 32), rows: rows.count, kind: "indicators",
                    records: records, observations: ObservationList(rows))
    }

    static func observationsLoadedByImports(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let rows = observationRows(5000)
            let head = try #require(try await store.auditHead()).sequence
            // One transaction: a record the file made, and its 5,000 observations.
            var edit = try await store.edit()
            edit.put(Risk(id: "tb-risk-imported", place: TestWorld.place, title: "Imported risk", likelihood: 2, impact: 2))
            let riskKey = RecordKey(ID<Risk>("tb-risk-imported"))
            let receipt = try await store.apply(try edit.changes(), imports: [importWrite(rows, records: [riskKey])],
                                                actor: "importer", at: StoreSamples.later(10))
            #expect(receipt.entries.count == 2, "one entry for the import, one for the record it wrote")
            let entry = try #require(receipt.entries.first)
            #expect(entry.isImport && entry.sequence == head + 1 && entry.actor == "importer" && entry.id == "values.csv")
            let manifest = try #require(entry.importManifest)
            #expect(manifest.file == "data/values.csv" && manifest.rows == 5000 && manifest.observations == 5000)
            #expect(manifest.records == ["risk/tb-risk-imported"])
            #expect(receipt.imports.first?.observations == ObservationTally(added: 5000))

            let stored = try await store.observations(after: 0)
            #expect(stored.count == 5000)
            #expect(stored.allSatisfy { $0.source == head + 1 })
            #expect(stored.map(\.row) == rows, "every observation reads back as written, in file-row order")
            let risk = try #require(try await store.records().first { $0.key == riskKey })
            #expect(risk.source == head + 1, "the record remembers the import that wrote it")
            #expect(try await store.records().filter { $0.key != riskKey }.allSatisfy { $0.source == nil })
            var verification = try await store.verifyAuditLog()
            #expect(verification.isIntact, "\(String(describing: verification.problem))")

            // The same observations again: compared, none written, no entry.
            #expect(try await store.compare(ObservationList(rows)) == ObservationTally(unchanged: 5000))
            let again = try await store.apply([], imports: [importWrite(rows)], actor: "importer", at: StoreSamples.later(20))
            #expect(again.isEmpty)
            #expect(try await store.observations(after: 0).count == 5000)

            // One value changed and one period added: only those two are written, under a new import.
            var next = rows
            next[10].value = 99
            next.append(ObservationRow(indicator: "tb-ind-1", period: "Q5000", day: "2430-01-01", value: 1, row: 5002))
            #expect(try await store.compare(ObservationList(next)) == ObservationTally(added: 1, changed: 1, unchanged: 4999))
            let second = try await store.apply([], imports: [importWrite(next, file: "values-2.csv")], actor: "importer",
                                               at: StoreSamples.later(30))
            let secondEntry = try #require(second.entries.first)
            #expect(second.entries.count == 1 && secondEntry.importManifest?.observations == 2)
            #expect(try await store.observations(after: head + 1).map(\.row.period) == ["Q10", "Q5000"])
            var table = ObservationTable()
            table.add(try await store.observations(after: 0))
            #expect(table.count == 5001)
            #expect(table.byIndicator["tb-ind-1"]?["Q10"]?.row.value == 99, "a later import's value replaces the earlier")
            let merged = table.merged(into: try await store.loadDataset())
            let indicator = try #require(merged.indicators.first { $0.id == "tb-ind-1" })
            #expect(indicator.observations.count == 5002, "the record's own observation and the table's")

            // A plain edit of the imported record clears its source.
            var change = try await store.edit()
            try change.update(Risk.self, id: "tb-risk-imported") { $0.likelihood = 4 }
            try await store.commit(change, actor: "j.smith", at: StoreSamples.later(40))
            #expect(try await store.records().first { $0.key == riskKey }?.source == nil)
            verification = try await store.verifyAuditLog()
            #expect(verification.isIntact, "\(String(describing: verification.problem))")

            // Observations are append-only.
            await #expect(throws: (any Error).self) {
                try await database.execute("UPDATE observations SET value = 0 WHERE file_row = 3")
            }
            await #expect(throws: (any Error).self) {
                try await database.execute("DELETE FROM observations WHERE file_row = 3")
            }
        }
        // A value changed past the guards is found, at the import that loaded it.
        let lift = database.backend == "SQLite"
            ? ["DROP TRIGGER observations_no_update"] : ["ALTER TABLE observations DISABLE TRIGGER USER"]
        for statement in lift { try await database.execute(statement) }
        try await database.execute("UPDATE observations SET value = 0 WHERE file_row = 3")
        try await database.withStore { store in
            let verification = try await store.verifyAuditLog()
            let problem = try #require(verification.problem, "a changed observation was not noticed")
            #expect(problem.reason == .recordMismatch)
            #expect(problem.message.contains("values.csv"), "\(problem.message)")
        }
    }
}
