import Foundation
import PlaceworksBootstrap
import PlaceworksCommands
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStorePostgres
import Testing

/// A fresh embedded store in a temporary folder, and the `place` arguments that name it.
struct TemporaryStore {
    let path: String

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("placeworks.sqlite").path
    }

    /// Runs `place` with `--store` and `--actor` added after the subcommand words.
    func place(_ words: [String], _ options: [String] = []) async -> Int32 {
        await PlaceCommand.run(words + ["--store", path] + options)
    }

    func auditCount() async throws -> Int {
        try await auditLog().count
    }

    func auditLog() async throws -> [AuditEntry] {
        try await StoreLocation.sqlite(path: path).open().closing { try await $0.auditLog() }
    }

    func dataset() async throws -> Dataset {
        let store = try await StoreLocation.sqlite(path: path).open()
        let data = try await store.loadDataset()
        try await store.close()
        return data
    }
}

@Suite("place init, db, audit and the update commands on the embedded store")
struct StoreCommandTests {
    @Test("init creates the store and loads the registered data; running it again changes nothing")
    func initTwice() async throws {
        let store = try TemporaryStore()
        #expect(await store.place(["check"], ["--as-of", "2022-04-01"]) == 2, "no store yet: a clear error")
        #expect(await store.place(["init"], ["--actor", "tester"]) == 0)
        let first = try await store.auditCount()
        #expect(first == (try Registry.standard().dataset.count))
        #expect(await store.place(["init"], ["--actor", "tester"]) == 0)
        #expect(try await store.auditCount() == first)
        #expect(await store.place(["db", "status"]) == 0)
        #expect(await store.place(["db", "migrate"]) == 0)
    }

    @Test("init does not undo people's edits to registered records")
    func initKeepsEdits() async throws {
        let store = try TemporaryStore()
        #expect(await store.place(["init"]) == 0)
        #expect(await store.place(["risk", "update", "--id", "swk-risk-relationships", "--likelihood", "2", "--impact", "3"]) == 0)
        #expect(await store.place(["init"]) == 0)
        let risk = try await store.dataset().risks.first { $0.id == "swk-risk-relationships" }
        #expect(risk?.score == 6)
    }

    @Test("check reads the store by default and finds what the example data breaks")
    func checkReadsStore() async throws {
        let store = try TemporaryStore()
        #expect(await store.place(["init"], ["--data", exampleData]) == 0)
        #expect(await store.place(["check"], ["--as-of", "2022-04-01", "--format", "json"]) == 1)
        #expect(await store.place(["check"], ["--as-of", "2021-12-01", "--place", "Bexley"]) == 0)
        #expect(await store.place(["list", "members"], ["--as-of", "2022-04-01", "--place", "Lewisham"]) == 0)
    }

    @Test("Each update command writes one audited change, with JSON output")
    func updates() async throws {
        let store = try TemporaryStore()
        #expect(await store.place(["init"], ["--data", exampleData]) == 0)
        let before = try await store.auditCount()
        #expect(await store.place(["member", "end"], ["--membership", "ex-m-swk-pssb-seat-dph", "--on", "2022-06-30", "--format", "json"]) == 0)
        #expect(await store.place(["member", "appoint"], ["--seat", "swk-pssb-seat-dph", "--person", "t-new", "--person-name", "Test Person",
                                                          "--from", "2022-07-01", "--on-behalf-of", "southwark-council"]) == 0)
        #expect(await store.place(["member", "deputy"], ["--membership", "swk-pssb-seat-dph--t-new--2022-07-01", "--deputy", "ex-swk-dph-deputy", "--briefed"]) == 0)
        #expect(await store.place(["risk", "add"], ["--id", "t-risk", "--place", "E09000028", "--title", "Test risk", "--owner", "t-new",
                                                    "--likelihood", "2", "--impact", "2", "--mitigation", "Watch", "--review-by", "2022-12-31"]) == 0)
        #expect(await store.place(["risk", "close"], ["--id", "t-risk", "--on", "2022-09-01"]) == 0)
        #expect(await store.place(["milestone", "set"], ["--id", "swk-ms-review-and-refresh", "--status", "done", "--completed", "2021-03-01"]) == 0)
        #expect(await store.place(["indicator", "observe"], ["--indicator", "ex-ind-swk-ws-start-well", "--period", "2021/22",
                                                             "--date", "2022-11-01", "--value", "72.5"]) == 0)
        let data = try await store.dataset()
        #expect(data.memberships.first { $0.id == "ex-m-swk-pssb-seat-dph" }?.period.end == "2022-06-30")
        #expect(data.memberships.first { $0.id == "swk-pssb-seat-dph--t-new--2022-07-01" }?.deputy == "ex-swk-dph-deputy")
        #expect(data.risks.first { $0.id == "t-risk" }?.closed == "2022-09-01")
        #expect(data.milestones.first { $0.id == "swk-ms-review-and-refresh" }?.status == .done)
        #expect(data.indicators.first { $0.id == "ex-ind-swk-ws-start-well" }?.observations.count == 3)
        // end, appoint (person + membership), deputy, add, close, milestone, indicator
        #expect(try await store.auditCount() == before + 8)
        #expect(await store.place(["audit", "verify"]) == 0)
        #expect(await store.place(["audit", "log"], ["--after", String(before), "--format", "json"]) == 0)
    }

    @Test("Invalid input is refused with status 2 and nothing is written")
    func invalidInput() async throws {
        let store = try TemporaryStore()
        #expect(await store.place(["init"], ["--data", exampleData]) == 0)
        let before = try await store.auditCount()
        let refused: [[String]] = [
            ["risk", "update", "--id", "swk-risk-relationships", "--likelihood", "7"],
            ["risk", "update", "--id", "swk-risk-relationships", "--owner", "nobody"],
            ["risk", "update", "--id", "no-such-risk", "--impact", "2"],
            ["risk", "add", "--id", "swk-risk-relationships", "--place", "E09000028", "--title", "Again"],
            ["member", "appoint", "--seat", "no-such-seat", "--person", "ex-swk-dph", "--from", "2022-07-01"],
            ["member", "appoint", "--seat", "swk-pssb-seat-dph", "--person", "ex-swk-dcs", "--from", "2022-05-01"],
            ["member", "end", "--membership", "ex-m-swk-pssb-seat-dph", "--on", "2020-01-01"],
            ["member", "deputy", "--membership", "ex-m-swk-pssb-seat-dph", "--deputy", "ex-swk-dph"],
            ["milestone", "set", "--id", "swk-ms-review-and-refresh", "--status", "finished"],
            ["milestone", "set", "--id", "swk-ms-review-and-refresh", "--status", "planned", "--completed", "2021-01-01"],
            ["indicator", "observe", "--indicator", "ex-ind-swk-ws-start-well", "--period", "2020/21", "--date", "2021-11-01", "--value", "1"],
            ["indicator", "observe", "--indicator", "ex-ind-swk-ws-start-well", "--period", "x", "--date", "31/12/2022", "--value", "1"],
        ]
        for words in refused {
            #expect(await store.place(words) == 2, "\(words.joined(separator: " ")) should be refused")
        }
        #expect(try await store.auditCount() == before, "a refused command wrote something")
    }

    @Test("A change based on a stale version is refused and nothing is written")
    func staleVersion() async throws {
        let store = try TemporaryStore()
        #expect(await store.place(["init"]) == 0)
        let version = try #require(try await {
            let location = StoreLocation.sqlite(path: store.path)
            let opened = try await location.open()
            let snapshot = try await opened.snapshot()
            try await opened.close()
            return snapshot.version(of: ID<Risk>("swk-risk-relationships"))
        }())
        #expect(await store.place(["risk", "update", "--id", "swk-risk-relationships", "--impact", "2", "--if-version", String(version)]) == 0)
        let count = try await store.auditCount()
        #expect(await store.place(["risk", "update", "--id", "swk-risk-relationships", "--impact", "3", "--if-version", String(version)]) == 2)
        #expect(try await store.auditCount() == count)
    }

    @Test("A meeting is recorded from a file, validated against the store")
    func meeting() async throws {
        let store = try TemporaryStore()
        #expect(await store.place(["init"], ["--data", exampleData]) == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("meeting-\(UUID()).yaml").path
        try """
            id: t-pssb-2022-05
            body: swk-pssb
            date: "2022-05-19"
            session: public
            attendance:
              - {person: ex-swk-director, capacity: member}
              - {person: ex-swk-dph, capacity: member}
            items:
              - id: "1"
                title: Budget report
                decision: {id: t-d-1, summary: Note the budget report, rule: consensus, public: true}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(await store.place(["meeting", "record", file]) == 0)
        #expect(try await store.dataset().meetings.contains { $0.id == "t-pssb-2022-05" })
        let bad = file.replacingOccurrences(of: ".yaml", with: "-bad.yaml")
        try "id: t-bad\nbody: no-such-body\ndate: \"2022-05-19\"\nsession: public\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(await store.place(["meeting", "record", bad]) == 2)
    }

    @Test("The same commands work on PostgreSQL when a server is given (Tools/with-postgres.sh)")
    func postgres() async throws {
        guard let server = ProcessInfo.processInfo.environment["PLACEWORKS_TEST_POSTGRES_URL"],
              var components = URLComponents(string: server) else { return }
        let name = "placeworks_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        try await PostgresStore.administer(url: server, ["CREATE DATABASE \(name)"])
        defer { Task { try? await PostgresStore.administer(url: server, ["DROP DATABASE IF EXISTS \(name) WITH (FORCE)"]) } }
        components.path = "/\(name)"
        let url = try #require(components.string)
        #expect(await PlaceCommand.run(["check", "--store", url]) == 2, "a new database is behind: says to migrate")
        #expect(await PlaceCommand.run(["db", "migrate", "--store", url]) == 0)
        #expect(await PlaceCommand.run(["init", "--store", url]) == 0)
        #expect(await PlaceCommand.run(["check", "--store", url, "--as-of", "2021-12-01", "--place", "Bexley"]) == 0)
        #expect(await PlaceCommand.run(["audit", "verify", "--store", url]) == 0)
    }
}
