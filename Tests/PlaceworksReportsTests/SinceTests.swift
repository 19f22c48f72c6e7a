import Foundation
import PlaceworksDomain
import PlaceworksReports
import PlaceworksStore
import PlaceworksStoreSQLite
import Testing

/// "What changed since the last pack", read from a store after a sequence of real writes.
@Suite struct SinceTests {
    static func date(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    /// Writes the example data on 5 January 2022, then three edits: two in the window, one after it.
    static func changes(since: Day = "2022-01-31") async throws -> ChangeSummary {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-since-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try await SQLiteStore.open(path: path)
        let (dataset, audit) = try await store.closing { store in
            try await store.importDataset(ExampleReports.dataset, actor: "secretary", at: date("2022-01-05T09:00:00Z"))

            var edit = try await store.edit()
            try edit.update(Risk.self, id: "swk-risk-relationships") { $0.likelihood = 4 }
            try edit.update(Milestone.self, id: "swk-ms-review-and-refresh") { $0.due = "2022-06-30" }
            edit.put(Milestone(id: "swk-ms-annual-report", place: ExampleReports.southwark,
                               title: "Publish the first annual report", due: "2022-03-15"))
            try await store.commit(edit, actor: "programme-office", at: date("2022-02-10T10:30:00Z"))

            edit = try await store.edit()
            try edit.update(Milestone.self, id: "swk-ms-review-and-refresh") {
                $0.status = .done
                $0.completed = "2022-03-01"
            }
            try await store.commit(edit, actor: "programme-office", at: date("2022-03-01T16:00:00Z"))

            edit = try await store.edit()
            try edit.update(Risk.self, id: "swk-risk-qipp-mobilisation") { $0.impact = 5 }
            try await store.commit(edit, actor: "secretary", at: date("2022-05-01T09:00:00Z"))
            return (try await store.loadDataset(), try await store.auditLog())
        }
        let data = ExampleReports.registry.dataset.overlaid(with: dataset)
        let report = ExampleReports.registry.check(data, asOf: "2022-04-01", place: ExampleReports.southwark)
        let pack = BoardPack.make(place: ExampleReports.southwark, dataset: data, registry: ExampleReports.registry,
                                  report: report, audit: audit, asOf: "2022-04-01", since: since,
                                  provenance: ExampleReports.provenance)
        return try #require(pack.changes)
    }

    @Test func scoreMovesSlipsAndCompletionsComeFromTheAuditLog() async throws {
        let changes = try await Self.changes()
        #expect(changes.auditAvailable)
        #expect(changes.riskMoves.map(\.id) == ["swk-risk-relationships"])
        #expect(changes.riskMoves.first?.text == "Score 8 → 16")
        #expect(changes.riskMoves.first?.direction == "up")

        #expect(changes.slipped.map(\.id).sorted() == ["swk-ms-annual-report", "swk-ms-review-and-refresh"])
        #expect(changes.slipped.contains { $0.text == "Due date moved from 2021-01-01 to 2022-06-30" })
        #expect(changes.slipped.contains { $0.text == "Fell overdue: due 2022-03-15, not done by 2022-04-01" })
        #expect(changes.completed.map(\.id) == ["swk-ms-review-and-refresh"])
    }

    @Test func onlyWritesInsideTheWindowAreListed() async throws {
        let changes = try await Self.changes()
        let records = changes.recorded.map { "\($0.actor) \($0.operation) \($0.kind) \($0.id)" }
        #expect(records.sorted() == [
            "programme-office created milestone swk-ms-annual-report",
            "programme-office updated milestone swk-ms-review-and-refresh",
            "programme-office updated milestone swk-ms-review-and-refresh",
            "programme-office updated risk swk-risk-relationships",
        ])
        #expect(!records.contains { $0.contains("swk-risk-qipp-mobilisation") })
        #expect(!changes.nothingChanged)
    }

    @Test func aRiskFirstRecordedInTheWindowHasNoEarlierScore() async throws {
        // The store was loaded on 5 January, inside this window: the risks opened in 2020, so
        // their score before the window is unknown and no move is claimed.
        let changes = try await Self.changes(since: "2022-01-01")
        #expect(changes.riskMoves.isEmpty)
        #expect(changes.recorded.contains { $0.actor == "secretary" && $0.operation == "created" })
    }

    @Test func aFileHasNoAuditLogAndSaysSo() {
        let pack = ExampleReports.pack(ExampleReports.southwark, since: "2022-01-31")
        #expect(pack.changes?.auditAvailable == false)
        #expect(pack.changes?.riskMoves.isEmpty == true)
    }

    @Test func findingsAreComparedWithTheLastPacksDay() throws {
        let pack = ExampleReports.pack(ExampleReports.lewisham, since: "2021-12-01")
        let changes = try #require(pack.changes)
        let before = ExampleReports.registry.check(ExampleReports.dataset, asOf: "2021-12-01", place: ExampleReports.lewisham)
        let now = ExampleReports.registry.check(ExampleReports.dataset, asOf: "2022-04-01", place: ExampleReports.lewisham)
        let beforeKeys = Set(before.findings.map { "\($0.rule) \($0.subject.id) \($0.message)" })
        let nowKeys = Set(now.findings.map { "\($0.rule) \($0.subject.id) \($0.message)" })
        #expect(changes.newFindings.count == nowKeys.subtracting(beforeKeys).count)
        #expect(changes.resolvedFindings.count == beforeKeys.subtracting(nowKeys).count)
        #expect(changes.newFindings.count + changes.resolvedFindings.count > 0)
    }
}
