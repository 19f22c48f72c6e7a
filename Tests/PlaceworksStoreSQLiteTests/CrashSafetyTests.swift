import Foundation
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
        try await Self.crash(pauseAfter: 15_000) { run in
            try run.waitFor("paused")
            // The paused transaction has already spilled part of the batch into the WAL file.
            #expect(run.walSize > 1_000_000, "the write had not reached the disk when it was killed")
        } check: { batchRecords in
            #expect(batchRecords == 0)
        }
    }

    @Test("killed at a moment during the write, the store holds none or all of it")
    func killedWhileWriting() async throws {
        try await Self.crash(pauseAfter: nil) { run in
            try run.waitFor("writing")
            Thread.sleep(forTimeInterval: 0.3)
        } check: { batchRecords in
            #expect(batchRecords == 0 || batchRecords == Self.batch, "the store holds \(batchRecords) of \(Self.batch) records")
        }
    }

    static func crash(pauseAfter: Int?, until: (WriterRun) throws -> Void,
                      check: (Int) -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try WriterRun(store: folder.appendingPathComponent("store.sqlite").path,
                                status: folder.appendingPathComponent("status.txt").path,
                                records: batch, pauseAfter: pauseAfter)
        do {
            try until(run)
        } catch {
            run.kill()
            throw error
        }
        run.kill()
        #expect(run.terminatedBySIGKILL, "the writer was not killed by SIGKILL: \(run.statusLines)")

        let store = try await SQLiteStore.open(path: run.storePath, schema: .requireCurrent)
        #expect(try await store.integrityCheck() == ["ok"])
        let verification = try await store.verifyAuditLog()
        #expect(verification.isIntact, "\(String(describing: verification.problem))")
        let people = try await store.loadDataset().people
        #expect(people.filter { $0.id.rawValue.hasPrefix("baseline-") }.count == 10, "the committed baseline was lost")
        check(people.filter { $0.id.rawValue.hasPrefix("batch-") }.count)
        try await store.close()
    }
}

/// A running placeworks-store-writer process.
final class WriterRun {
    let storePath: String
    let statusPath: String
    let process = Process()

    init(store: String, status: String, records: Int, pauseAfter: Int?) throws {
        storePath = store
        statusPath = status
        process.executableURL = try Self.writerExecutable()
        process.arguments = [store, status, String(records)] + (pauseAfter.map { [String($0)] } ?? [])
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
