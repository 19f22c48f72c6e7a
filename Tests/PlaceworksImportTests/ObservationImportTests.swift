import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksImport
import PlaceworksStore
import PlaceworksTestSupport
import Testing

/// Runs a program (a built executable or a system tool) and returns its status and output.
func shellStatus(_ program: URL, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    try BuiltExecutable.run(program, arguments)
}

/// The standard output of a system tool.
func shell(_ tool: String, _ arguments: String...) throws -> String {
    try BuiltExecutable.run(URL(fileURLWithPath: "/usr/bin/\(tool)"), arguments).output
}

/// The executables the tests run as separate processes.
enum BuiltExecutableFinder {
    static func place() throws -> URL { try BuiltExecutable.locate("place") }
    static func placeImport() throws -> URL { try BuiltExecutable.locate("place-import") }
}

/// A rule that reads indicator observations, as a rule of an extension would: it reports every
/// indicator whose latest value is above 40.
struct ObservationWatch: PlaceworksExtension {
    var name: String { "Observation watch" }
    var coverage: Coverage { .national }
    func register(into registrar: inout Registrar) {
        registrar.add([Rule(id: "TEST-OBS-1", severity: .warning, requirement: "Latest values stay at or below 40.",
                            citations: []) { context in
            context.places.flatMap { place in
                context.data.indicators(in: place.id).compactMap { indicator in
                    guard let latest = indicator.latest(on: context.asOf), latest.value > 40 else { return nil }
                    return Concern(about: indicator, "\(indicator.name) is \(latest.value) in \(latest.period).", place: place.id)
                }
            }
        }])
    }
}

@Suite("Indicator observations: their own table, one audit entry per import, provenance, read by the rules")
struct ObservationImportTests {
    static let fingertips = realFile("fingertips-export-county-ua.csv")

    /// Runs `body` with the store at `path` and an engine over it.
    func withEngine<T: Sendable>(_ path: String, registry: Registry? = nil,
                                 _ body: (any DatasetStore, Engine) async throws -> T) async throws -> T {
        let store = try await StoreLocation.sqlite(path: path).open()
        return try await store.closing { store in
            try await body(store, Engine(store: store, registry: try registry ?? Registry.standard()))
        }
    }

    @Test("The real Fingertips export: observations in their own table, one audit entry naming file, hash, rows and actor")
    func realExport() async throws {
        let scratch = try Scratch()
        let path = try await scratch.seededStore()
        let before = try await scratch.storeState()
        #expect(await ImportCommand.run([Self.fingertips, "--store", path, "--actor", "analyst"]) == 0)
        let read = importing([Self.fingertips], into: try registered())
        let summary = try #require(read.files.first)
        let sha = try #require(summary.sha256)
        #expect(sha == (try shell("sha256sum", Self.fingertips).split(separator: " ").first.map(String.init)))
        try await withEngine(path) { store, engine in
            let log = try await store.auditLog(after: Int64(before.audit), limit: nil)
            let imports = log.filter(\.isImport)
            #expect(imports.count == 1)
            let entry = try #require(imports.first)
            let manifest = try #require(entry.importManifest)
            #expect(entry.actor == "analyst" && entry.sequence == Int64(before.audit) + 1)
            #expect(manifest.file == Self.fingertips && manifest.sha256 == sha && manifest.rows == summary.rows)
            #expect(manifest.observations == summary.observations && summary.observations > 0)
            #expect(log.dropFirst().allSatisfy { $0.kind == "indicator" && manifest.records.contains("indicator/\($0.id)") })
            #expect(log.count == 1 + manifest.records.count, "one entry for the import, one per indicator record — none per value")

            let stored = try await store.observations(after: 0)
            #expect(stored.count == summary.observations)
            #expect(stored.allSatisfy { $0.source == entry.sequence })
            let record = try #require(try await store.loadDataset().indicators.first { $0.id == "ft-93356-e09000028" })
            #expect(record.observations.isEmpty, "the indicator record holds no observations")

            // What the rules, `place list` and reports read: the engine's snapshot.
            let snapshot = try await engine.snapshot()
            let indicator = try #require(snapshot.index.indicators(in: "E09000028").first { $0.id == "ft-93356-e09000028" })
            let value = try #require(indicator.observations.first { $0.period == "2015" })
            #expect(value.date == "2015-12-31" && abs(value.value - 44.3507790521882) < 1e-9)
            #expect(snapshot.stored.dataset.indicators.allSatisfy { $0.id.rawValue.hasPrefix("ft-") ? $0.observations.isEmpty : true })

            let verification = try await store.verifyAuditLog()
            #expect(verification.isIntact, "\(String(describing: verification.problem))")

            // Every imported record remembers its import.
            let sources = try await engine.importSources()
            let source = try #require(sources[RecordKey(ID<Indicator>("ft-93356-e09000028"))])
            #expect(source.file == Self.fingertips && source.sha256 == sha && source.actor == "analyst")
            #expect(source.sequence == entry.sequence && source.time == entry.time && source.rows == summary.rows)
            #expect(manifest.records.allSatisfy { name in sources.contains { ImportManifest.name($0.key) == name } })
        }
    }

    @Test("The rules read imported observations through the engine")
    func rulesRead() async throws {
        let scratch = try Scratch()
        let path = try await scratch.seededStore()
        #expect(await ImportCommand.run([Self.fingertips, "--store", path]) == 0)
        let registry = try Registry([NationalGuidance(), ObservationWatch()])
        try await withEngine(path, registry: registry) { _, engine in
            let result = try await engine.check(asOf: "2024-01-01", place: "E09000028")
            let found = result.report.findings.filter { $0.rule == "TEST-OBS-1" }
            #expect(found.contains { $0.subject.id == "ft-93356-e09000028" }, "\(found.map(\.message).prefix(3))")
        }
    }

    @Test("Observations twice: nothing the second time; a changed value is one new entry and the latest value wins")
    func idempotentAndChanged() async throws {
        let scratch = try Scratch()
        let path = try await scratch.seededStore()
        let header = ImportKind.indicators.columns.prefix(26).map(\.name).joined(separator: ",")
        func row(_ period: String, _ value: String) -> String {
            var cells = Array(repeating: "", count: 26)
            cells[0] = "90366"; cells[1] = "Life expectancy at birth"; cells[4] = "E09000028"; cells[6] = "County & UA"
            cells[7] = "Persons"; cells[8] = "All ages"; cells[11] = period; cells[12] = value
            return cells.joined(separator: ",")
        }
        let first = try scratch.write("le.csv", [header, row("2019 - 21", "78.4"), row("2020 - 22", "78.9")].joined(separator: "\n"))
        #expect(await ImportCommand.run([first, "--store", path]) == 0)
        let once = try await scratch.storeState()
        #expect(await ImportCommand.run([first, "--store", path]) == 0)
        let twice = try await scratch.storeState()
        #expect(twice.audit == once.audit && twice.records == once.records)

        let second = try scratch.write("le-2.csv", [header, row("2019 - 21", "78.4"), row("2020 - 22", "79.1"),
                                                    row("2021 - 23", "79.3")].joined(separator: "\n"))
        var options = ImportOptions()
        options.problemCap = 10
        let dry = try await withEngine(path) { _, engine in
            try await ImportRun(destination: StoreDestination(engine), options: options, actor: "t").run(files: [second], dryRun: true)
        }
        #expect(dry.observations == ObservationTally(added: 1, changed: 1, unchanged: 1))
        #expect(try await scratch.storeState().audit == once.audit, "a dry run writes nothing")
        let report = try await withEngine(path) { _, engine in
            try await ImportRun(destination: StoreDestination(engine), options: options, actor: "t").run(files: [second], dryRun: false)
        }
        #expect(report.observations == ObservationTally(added: 1, changed: 1, unchanged: 1))
        #expect(report.imports.count == 1 && report.imports.first?.observations == 2)
        let after = try await scratch.storeState()
        #expect(after.audit == once.audit + 1, "one entry: the import (the indicator record is unchanged)")
        try await withEngine(path) { store, engine in
            let indicator = try #require(try await engine.snapshot().dataset.indicators.first { $0.id == "ft-90366-e09000028" })
            #expect(indicator.observations.map(\.value) == [78.4, 79.1, 79.3])
            #expect(try await store.verifyAuditLog().isIntact)
        }
    }

    @Test("Bad Fingertips rows are reported by row and column, and no observation is written")
    func badRows() async throws {
        let scratch = try Scratch()
        let path = try await scratch.seededStore()
        let header = ImportKind.indicators.columns.prefix(26).map(\.name).joined(separator: ",")
        var good = Array(repeating: "", count: 26)
        good[0] = "90366"; good[1] = "Life expectancy"; good[4] = "E09000028"; good[11] = "2019 - 21"; good[12] = "78.4"
        var bad = good
        bad[12] = "seventy"
        let file = try scratch.write("bad-ft.csv", [header, good.joined(separator: ","), bad.joined(separator: ","),
                                                    good.joined(separator: ",")].joined(separator: "\n"))
        let before = try await scratch.storeState()
        #expect(await ImportCommand.run([file, "--store", path]) == 2)
        let after = try await scratch.storeState()
        #expect(after.records == before.records && after.audit == before.audit)
        let stored = try await withEngine(path) { store, _ in try await store.observations(after: 0) }
        #expect(stored.isEmpty)
        let importer = importing([file], into: try registered())
        let problems = importer.problems.sorted
        #expect(problems.map(\.row) == [3, 4])
        #expect(problems.first?.column == "Value" && problems.first?.value == "seventy")
        #expect(problems.last?.reason.contains("repeats row 2") == true)
    }

    @Test("The audit log shows an import as one line, and verifies after imports")
    func auditLog() async throws {
        let scratch = try Scratch()
        let path = try await scratch.seededStore()
        let risks = try scratch.write("risks.csv", StoreImportTests.risks)
        #expect(await ImportCommand.run([risks, Self.fingertips, "--store", path, "--actor", "analyst"]) == 0)
        let place = try BuiltExecutableFinder.place()
        let log = try shellStatus(place, ["audit", "log", "--limit", "2000", "--store", path])
        #expect(log.status == 0)
        let importLines = log.output.split(separator: "\n").filter { $0.contains("imported") }
        #expect(importLines.count == 2, "\(importLines)")
        #expect(importLines.contains { $0.contains("risks.csv") && $0.contains("2 records") })
        #expect(importLines.contains { $0.contains("fingertips-export-county-ua.csv") && $0.contains("observations") })
        #expect(!log.output.contains("ft-93356-e09000028"), "the import's records are folded into its line")
        let verify = try shellStatus(place, ["audit", "verify", "--store", path])
        #expect(verify.status == 0 && verify.output.contains("is intact"), "\(verify.output)")

        // A record changed by hand afterwards no longer claims the import.
        try await withEngine(path) { _, engine in
            #expect(try await engine.importSources()[RecordKey(ID<Risk>("imp-r1"))]?.file == risks)
            try await engine.write(summary: "edit", by: "j.smith") { edit in
                try edit.update(Risk.self, id: "imp-r1") { $0.likelihood = 1 }
            }
            #expect(try await engine.importSources()[RecordKey(ID<Risk>("imp-r1"))] == nil)
            #expect(try await engine.importSources()[RecordKey(ID<Risk>("imp-r2"))]?.actor == "analyst")
        }
    }

    @Test("`place list indicators` shows the imported values; its JSON names the import each indicator came from")
    func listIndicators() async throws {
        let scratch = try Scratch()
        let path = try await scratch.seededStore()
        #expect(await ImportCommand.run([Self.fingertips, "--store", path, "--actor", "analyst"]) == 0)
        let place = try BuiltExecutableFinder.place()
        let table = try shellStatus(place, ["list", "indicators", "--place", "Southwark", "--as-of", "2024-01-01",
                                            "--store", path])
        #expect(table.status == 0, "\(table.error)")
        let line = try #require(table.output.split(separator: "\n").first { $0.contains("Campylobacter") })
        #expect(line.contains("2015") || line.contains("20"), "\(line)")
        #expect(table.output.contains("Values"))
        let json = try shellStatus(place, ["list", "indicators", "--place", "Southwark", "--as-of", "2024-01-01",
                                           "--format", "json", "--store", path])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let campylobacter = try #require(records.first { $0["id"] as? String == "ft-93356-e09000028" })
        #expect((campylobacter["observations"] as? [Any])?.isEmpty == false, "the values reach the listing")
        let source = try #require(campylobacter["importedFrom"] as? [String: Any])
        #expect(source["file"] as? String == Self.fingertips && source["actor"] as? String == "analyst")
        #expect((source["sha256"] as? String)?.count == 64)
    }

    @Test("No progress bar when standard error is a pipe")
    func noProgressInPipe() async throws {
        let scratch = try Scratch()
        let importer = try BuiltExecutableFinder.placeImport()
        let header = ImportKind.indicators.columns.prefix(26).map(\.name).joined(separator: ",")
        var lines = [header]
        for index in 0..<20_000 {
            var cells = Array(repeating: "", count: 26)
            cells[0] = "9\(index % 50)"; cells[1] = "Indicator"; cells[4] = "E06000\(100 + index % 40)"
            cells[11] = String(2000 + index / 2000); cells[12] = "1.5"
            lines.append(cells.joined(separator: ","))
        }
        let file = try scratch.write("many.csv", lines.joined(separator: "\n"))
        let store = try await scratch.seededStore()
        let result = try shellStatus(importer, [file, "--dry-run", "--store", store, "--kind", "indicators"])
        #expect(result.status == 0, "\(result.error.prefix(300))")
        #expect(!result.error.contains("\r") && !result.error.contains("rows/s"), "\(result.error.prefix(200))")
    }
}
