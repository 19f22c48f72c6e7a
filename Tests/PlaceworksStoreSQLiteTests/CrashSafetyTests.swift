import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStoreSQLite
import PlaceworksTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Kills a writer process with SIGKILL in the middle of one large transaction, then checks that
/// the store opens, passes SQLite's integrity check and an audit verification, and holds either
/// none or all of that write.
@Suite("SQLite store: crash safety (runs the placeworks-store-writer tool)")
struct CrashSafetyTests {
    static let batch = 20_000

    @Test("killed inside the transaction, the store holds none of the write")
    func killedWhilePaused() async throws {
        try await Self.crash(["batch", String(Self.batch), "15000"]) { run in
            try run.waitFor("paused")
            // The paused transaction has already spilled part of the batch into the WAL file.
            #expect(run.walSize > 1_000_000, "the write had not reached the disk when it was killed")
        } check: { store async throws in
            #expect(try await Self.people(in: store, "batch-") == 0)
        }
    }

    @Test("killed at a known point of the write — after its first, middle or last entry — the store holds none of it",
          arguments: [1, 10_000, 20_000])
    func killedAtKnownPoints(after entries: Int) async throws {
        try await Self.crash(["batch", String(Self.batch), String(entries)]) { run in
            try run.waitFor("paused")
        } check: { store async throws in
            #expect(try await Self.people(in: store, "batch-") == 0)
        }
    }

    @Test("a write that committed before the kill is there in full")
    func committedSurvives() async throws {
        try await Self.crash(["batch", String(Self.batch)], killed: false) { run in
            try run.waitFor("committed")
        } check: { store async throws in
            #expect(try await Self.people(in: store, "batch-") == Self.batch)
        }
    }

    @Test("place init killed midway loads none of the registered data, and a second init loads it all")
    func initKilledMidway() async throws {
        try await Self.crash(["init", "100"]) { run in
            try run.waitFor("paused")
        } check: { store async throws in
            let data = try await store.loadDataset()
            #expect(data.count == 10, "only the baseline: \(data.count) records")
            try await Engine(store: store, registry: try Registry.standard()).initialise(by: "again")
            #expect(try await store.loadDataset().count == 10 + (try Registry.standard().dataset.count))
        }
    }

    @Test("a migration killed inside its transaction leaves the schema as it was, and runs again in full")
    func migrationKilledMidway() async throws {
        try await Self.crash(["migrate", "pause"], schema: .inspect, baseline: 0) { run in
            try run.waitFor("paused")
        } check: { store async throws in
            let status = try await store.schemaStatus()
            #expect(status.current == StoreSchema.migrations.dropLast().last?.version)
            #expect(status.pending.map(\.version) == [StoreSchema.latestVersion])
            #expect(try await store.migrate().map(\.version) == [StoreSchema.latestVersion])
            #expect(try await store.schemaStatus().pending.isEmpty)
            #expect(try await store.verifyAuditLog().isIntact)
        }
    }

    static func people(in store: SQLiteStore, _ prefix: String) async throws -> Int {
        try await store.loadDataset().people.filter { $0.id.rawValue.hasPrefix(prefix) }.count
    }

    /// Runs the writer with `arguments` (after the store and status paths), waits with `until`,
    /// kills it (when `killed`), then opens the store and checks SQLite's integrity, the audit
    /// chain and the committed baseline before handing it to `check`.
    static func crash(_ arguments: [String], killed: Bool = true, schema: SchemaPolicy = .requireCurrent, baseline: Int = 10,
                      until: (WriterRun) throws -> Void,
                      check: (SQLiteStore) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try WriterRun(mode: arguments[0], store: folder.appendingPathComponent("store.sqlite").path,
                                status: folder.appendingPathComponent("status.txt").path, arguments: Array(arguments.dropFirst()))
        do {
            try until(run)
        } catch {
            run.kill()
            throw error
        }
        run.kill()
        if killed { #expect(run.terminatedBySIGKILL, "the writer was not killed by SIGKILL: \(run.statusLines)") }

        let store = try await SQLiteStore.open(path: run.storePath, schema: schema)
        try await store.closing { _ in
            #expect(try await store.integrityCheck() == ["ok"])
            if try await store.schemaStatus().pending.isEmpty {
                let verification = try await store.verifyAuditLog()
                #expect(verification.isIntact, "\(String(describing: verification.problem))")
            }
            if baseline > 0 {
                #expect(try await people(in: store, "baseline-") == baseline, "the committed baseline was lost")
            }
            try await check(store)
        }
    }
}

/// A running placeworks-store-writer process.
final class WriterRun {
    let storePath: String
    let statusPath: String
    let process = Process()

    init(mode: String, store: String, status: String, arguments: [String]) throws {
        storePath = store
        statusPath = status
        process.executableURL = try Self.writerExecutable()
        process.arguments = [mode, store, status] + arguments
        try process.run()
    }

    var statusLines: [String] {
        ((try? String(contentsOfFile: statusPath, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    var walSize: Int {
        ((try? FileManager.default.attributesOfItem(atPath: storePath + "-wal"))?[.size] as? Int) ?? 0
    }

    /// Waits (up to three minutes) for the writer to report `line`.
    func waitFor(_ line: String) throws {
        let deadline = Date().addingTimeInterval(180)
        while !statusLines.contains(line) {
            guard process.isRunning else {
                throw WriterFailure(message: "the writer exited (status \(process.terminationStatus)) before “\(line)”: \(statusLines)")
            }
            guard Date() < deadline else { throw WriterFailure(message: "the writer never reported “\(line)”: \(statusLines)") }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    func kill() {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    var terminatedBySIGKILL: Bool {
        process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    /// The writer tool: `PLACEWORKS_STORE_WRITER` if set, else the one built beside this test binary.
    static func writerExecutable() throws -> URL {
        try BuiltExecutable.locate("placeworks-store-writer", variable: "PLACEWORKS_STORE_WRITER")
    }
}

struct WriterFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
