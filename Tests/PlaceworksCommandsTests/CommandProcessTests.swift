import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStoreSQLite
import PlaceworksTestSupport
import Testing

/// Runs the built `place` executable as a person would, reading what it prints.
struct PlaceProcess {
    let store: TemporaryStore
    let executable: URL

    init() throws {
        store = try TemporaryStore()
        executable = try BuiltExecutable.locate("place")
    }

    /// Runs `place WORDS --store STORE`, with `PLACEWORKS_ACTOR` set.
    func run(_ words: [String]) throws -> (status: Int32, output: String, error: String) {
        try BuiltExecutable.run(executable, words + ["--store", store.path], environment: ["PLACEWORKS_ACTOR": "tester"])
    }

    func json(_ words: [String]) throws -> Any {
        let result = try run(words + ["--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    }

    func version(of kind: RecordKind, _ id: String) async throws -> Int64 {
        let store = try await StoreLocation.sqlite(path: store.path).open()
        return try await store.closing { store in
            try #require(try await store.records(of: kind, place: nil, after: nil, limit: 100_000).first { $0.key.id == id }?.version)
        }
    }
}

@Suite("The place executable: what a person sees")
struct CommandProcessTests {
    @Test("each refusal says why, exits 2, and writes nothing", arguments: [
        (["risk", "update", "--id", "swk-risk-relationships", "--likelihood", "7"], "--likelihood must be from 1 to 5"),
        (["risk", "update", "--id", "swk-risk-relationships", "--owner", "nobody"], "there is no person with the identifier nobody"),
        (["risk", "update", "--id", "no-such-risk", "--impact", "2"], "there is no risk with the identifier no-such-risk"),
        (["risk", "add", "--id", "swk-risk-relationships", "--place", "E09000028", "--title", "Again"], "there is already a risk"),
        (["member", "appoint", "--seat", "no-such-seat", "--person", "ex-swk-dph", "--from", "2022-07-01"],
         "there is no seat with the identifier no-such-seat"),
        (["member", "end", "--membership", "ex-m-swk-pssb-seat-dph", "--on", "2020-01-01"], "cannot end before that"),
        (["member", "deputy", "--membership", "ex-m-swk-pssb-seat-dph", "--deputy", "ex-swk-dph"], "cannot be their own deputy"),
        (["milestone", "set", "--id", "swk-ms-review-and-refresh", "--status", "planned", "--completed", "2021-01-01"],
         "--completed goes with --status done"),
        (["indicator", "observe", "--indicator", "ex-ind-swk-ws-start-well", "--period", "2020/21", "--date", "2021-11-01",
          "--value", "1"], "already has a value for 2020/21"),
    ])
    func refusalsSayWhy(words: [String], reason: String) async throws {
        let place = try PlaceProcess()
        #expect(try place.run(["init", "--data", exampleData]).status == 0)
        let before = try await place.store.auditCount()
        let result = try place.run(words)
        #expect(result.status == 2)
        #expect(result.error.contains(reason), "\(result.error)")
        #expect(!result.error.contains("Fatal error") && !result.error.contains("Stack"))
        #expect(try await place.store.auditCount() == before)
    }

    @Test("init refuses a data file that does not fit, naming each record by its place in that file, and writes nothing")
    func initNamesRecordsInTheUsersFile() async throws {
        let place = try PlaceProcess()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).yaml").path
        try """
        funds:
        - id: bad-fund
          place: E09000028
          name: A fund
          hosts:
          - organisation: no-such-org
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try place.run(["init", "--data", file])
        #expect(result.status == 2)
        // The shipped data holds a fund too: the user's fund is the first of the user's file.
        #expect(result.error.contains("funds[0] (bad-fund), field “organisation”: there is no organisation with the identifier no-such-org"),
                "\(result.error)")
        #expect(try await place.store.auditCount() == 0)
    }

    @Test("--if-version refuses a stale change on every update command, and accepts the current version")
    func ifVersionOnEveryCommand() async throws {
        let place = try PlaceProcess()
        #expect(try place.run(["init", "--data", exampleData]).status == 0)
        let meeting = FileManager.default.temporaryDirectory.appendingPathComponent("meeting-\(UUID()).yaml").path
        try "id: ex-mtg-swk-pssb-2022-03\nbody: swk-pssb\ndate: \"2022-03-17\"\nsession: public\n"
            .write(toFile: meeting, atomically: true, encoding: .utf8)
        let commands: [(RecordKind, String, [String])] = [
            (.risk, "swk-risk-relationships", ["risk", "update", "--id", "swk-risk-relationships", "--impact", "2"]),
            (.risk, "swk-risk-relationships", ["risk", "close", "--id", "swk-risk-relationships", "--on", "2022-09-01"]),
            (.membership, "ex-m-swk-pssb-seat-dph", ["member", "end", "--membership", "ex-m-swk-pssb-seat-dph", "--on", "2022-06-30"]),
            (.membership, "ex-m-swk-pssb-seat-dph", ["member", "deputy", "--membership", "ex-m-swk-pssb-seat-dph",
                                                     "--deputy", "ex-swk-dph-deputy"]),
            (.milestone, "swk-ms-review-and-refresh", ["milestone", "set", "--id", "swk-ms-review-and-refresh", "--status", "at-risk"]),
            (.indicator, "ex-ind-swk-ws-start-well", ["indicator", "observe", "--indicator", "ex-ind-swk-ws-start-well",
                                                      "--period", "2022/23", "--date", "2023-01-01", "--value", "70"]),
        ]
        for (kind, id, words) in commands {
            let current = try await place.version(of: kind, id)
            let stale = try place.run(words + ["--if-version", String(current - 1)])
            #expect(stale.status == 2, "\(words.joined(separator: " ")) with a stale version")
            #expect(stale.error.contains("changed by someone else"), "\(stale.error)")
            let fresh = try place.run(words + ["--if-version", String(current)])
            #expect(fresh.status == 0, "\(words.joined(separator: " ")): \(fresh.error)")
        }
    }

    @Test("JSON output has the documented keys: check, list (with versions), a write, init, audit log, db status")
    func jsonKeys() async throws {
        let place = try PlaceProcess()
        let initialised = try #require(try place.json(["init", "--data", exampleData]) as? [String: Any])
        #expect(Set(initialised.keys).isSuperset(of: ["store", "dryRun", "added", "upgraded", "kept", "fromFile", "written"]))
        let check = try #require(try place.json(["check", "--as-of", "2022-04-01"]) as? [String: Any])
        #expect(Set(check.keys).isSuperset(of: ["asOf", "findings", "rulesChecked", "provenance"]))
        let provenance = try #require(check["provenance"] as? [String: Any])
        let ruleSet = try #require(provenance["ruleSet"] as? [String: Any])
        #expect(Set(ruleSet.keys) == ["extensions", "rules", "digest"])
        let data = try #require(provenance["data"] as? [String: Any])
        #expect(data["source"] as? String == "store")
        let finding = try #require((check["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys).isSuperset(of: ["rule", "severity", "message", "subject", "citations"]))
        let risks = try #require(try place.json(["list", "risks", "--as-of", "2022-04-01"]) as? [[String: Any]])
        #expect(risks.allSatisfy { ($0["version"] as? Int ?? 0) > 0 && $0["id"] is String })
        let write = try #require(try place.json(["risk", "update", "--id", "swk-risk-relationships", "--impact", "3"]) as? [String: Any])
        #expect(Set(write.keys) == ["summary", "changes"])
        let change = try #require((write["changes"] as? [[String: Any]])?.first)
        #expect(Set(change.keys) == ["kind", "id", "operation", "version", "actor", "time"])
        #expect(change["actor"] as? String == "tester")
        let log = try #require(try place.json(["audit", "log", "--limit", "2"]) as? [[String: Any]])
        #expect(log.count == 2)
        #expect(log.last?["sequence"] as? Int == change["version"] as? Int, "--limit shows the latest entries")
        #expect(Set(log[0].keys).isSuperset(of: ["sequence", "actor", "time", "kind", "id", "hash", "previousHash"]))
        let status = try #require(try place.json(["db", "status"]) as? [String: Any])
        #expect(status["current"] as? Int == status["latest"] as? Int)
    }

    @Test("list --provenance: a shipped record shows its citations and assumptions; a user's record says it is recorded")
    func listProvenance() async throws {
        let place = try PlaceProcess()
        #expect(try place.run(["init", "--data", exampleData]).status == 0)
        let bodies = try #require(try place.json(["list", "bodies", "--provenance", "--as-of", "2022-04-01"]) as? [[String: Any]])
        let board = try #require(bodies.first { $0["id"] as? String == "sel-icb-board" })
        let source = try #require(board["provenance"] as? [String: Any])
        #expect(source["extension"] as? String == "South East London")
        #expect((source["citations"] as? [String])?.contains { $0.contains("§4.3") || $0.contains("§4.2") } == true)
        #expect((source["assumptions"] as? [String])?.contains { $0.contains("shadow form") } == true)
        let plain = try #require(try place.json(["list", "bodies", "--as-of", "2022-04-01"]) as? [[String: Any]])
        #expect(plain.allSatisfy { $0["provenance"] == nil }, "provenance only when asked for")
        let meetings = try place.run(["list", "meetings", "--provenance", "--place", "Southwark", "--as-of", "2022-04-01"])
        #expect(meetings.status == 0)
        #expect(meetings.output.contains("Source") && meetings.output.contains("recorded (not shipped by an extension)"))
    }

    @Test("audit verify through the command line: intact, then tampered (exit 1, the entry named)")
    func auditVerifyTampered() async throws {
        let place = try PlaceProcess()
        #expect(try place.run(["init"]).status == 0)
        let intact = try place.run(["audit", "verify"])
        #expect(intact.status == 0 && intact.output.contains("is intact"))
        // Someone with the file edits an entry past the store's guards.
        let store = try await SQLiteStore.open(path: place.store.path, schema: .inspect)
        try await store.closing { _ in
            try await store.execute(sql: "DROP TRIGGER audit_log_no_update")
            try await store.execute(sql: "UPDATE audit_log SET actor = 'mallory' WHERE sequence = 3")
        }
        let broken = try place.run(["audit", "verify"])
        #expect(broken.status == 1)
        #expect(broken.output.contains("NOT intact") && broken.output.contains("3"), "\(broken.output)")
    }

    @Test("db status names a pending migration and what to run; rules lists every rule")
    func statusAndRules() async throws {
        let place = try PlaceProcess()
        let store = try await StoreLocation.sqlite(path: place.store.path).open(schema: .inspect)
        try await store.closing { _ in }
        let status = try place.run(["db", "status"])
        #expect(status.status == 0)
        #expect(status.output.contains("pending") && status.output.contains("place db migrate"), "\(status.output)")
        let rules = try BuiltExecutable.run(place.executable, ["rules"])
        #expect(rules.status == 0)
        let registry = try Registry.standard()
        #expect(registry.rules.allSatisfy { rules.output.contains($0.rule.id.rawValue) })
        #expect(rules.output.contains("\(registry.rules.count) rules from \(registry.members.count) extensions."))
    }
}

@Suite("place assess: what a person reads")
struct AssessOutputTests {
    @Test("every governance option of the place is assessed, each requirement met or not with the reason")
    func assessOutput() throws {
        let place = try BuiltExecutable.locate("place")
        let arrangement = repositoryRoot.appendingPathComponent("examples/southwark-joint-appointment.yaml").path
        let text = try BuiltExecutable.run(place, ["assess", arrangement])
        #expect(text.status == 0, "\(text.error)")
        let json = try BuiltExecutable.run(place, ["assess", arrangement, "--format", "json"])
        let options = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let registered = try Registry.standard().dataset.options.filter { $0.place == "E09000028" }
        #expect(Set(options.compactMap { $0["option"] as? String }) == Set(registered.map(\.id.rawValue)))
        for option in options {
            let label = try #require(option["label"] as? String)
            #expect(text.output.contains("Option \(label)"), "option \(label) is missing from the text")
            let results = try #require(option["results"] as? [[String: Any]])
            #expect(!results.isEmpty)
            for result in results {
                let requirement = try #require(result["requirement"] as? String)
                let explanation = try #require(result["explanation"] as? String)
                #expect(result["met"] is Bool && !explanation.isEmpty)
                #expect(text.output.contains(requirement), "\(requirement) is missing from the text")
            }
        }
        #expect(options.contains { ($0["results"] as? [[String: Any]])?.allSatisfy { $0["met"] as? Bool == true } == true },
                "the example arrangement meets one option in full")
    }
}
