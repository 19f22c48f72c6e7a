import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

/// The application layer on one backend, at national scale: a check from the store (cold and
/// with the snapshot warm), a one-record write, and a warm snapshot's refresh after another
/// writer's write — each beside what the same job cost when every read and write decoded and
/// validated the whole store.
struct EngineMeasurement: Sendable {
    /// A new engine's first check: read and decode every record, index, check.
    var coldCheck = Samples()
    /// A second check in the same process: the snapshot and its index are warm.
    var warmCheck = Samples()
    /// One-record write through the engine: validate what it touches, commit, audit, refresh.
    var write = Samples()
    /// The same write the whole-store way: decode everything, validate everything, commit.
    var wholeStoreWrite = Samples()
    /// A warm snapshot brought up to date after another engine's one-record write.
    var refresh = Samples()
    /// The same read the whole-store way: decode every record again.
    var wholeStoreRead = Samples()
    /// `place check` as a process, start-up included (SQLite only, when the executable is given).
    var processCheck = Samples()

    static let writes = 40

    static func run(_ workload: Workload, on backend: Backend, repetitions: Int, registry: Registry,
                    place: String?) async throws -> EngineMeasurement {
        var result = EngineMeasurement()
        let fresh = try await backend.fresh()
        do {
            try await fresh.store.importDataset(workload.checked, actor: "placeworks-bench", at: StoreMeasurement.importedAt)
            guard let risk = workload.stored.risks.first?.id else { throw BenchmarkError("the workload has no risk to update") }
            for repetition in 0...repetitions {
                let engine = Engine(store: fresh.store, registry: registry)
                let (_, cold) = try await timed { try await engine.check(asOf: StoreMeasurement.asOf) }
                let (_, warm) = try await timed { try await engine.check(asOf: StoreMeasurement.asOf) }
                let (_, read) = try await timed { try await fresh.store.snapshot() }
                let (_, whole) = try await timed {
                    var edit = try await fresh.store.edit()
                    try edit.update(Risk.self, id: risk) { $0.mitigation = "whole-store write \(repetition)" }
                    guard edit.dataset.problems().isEmpty else { throw BenchmarkError("the whole-store write is invalid") }
                    try await fresh.store.apply(try edit.changes(), actor: "placeworks-bench", at: Date())
                }
                if repetition > 0 {
                    result.coldCheck.append(cold)
                    result.warmCheck.append(warm)
                    result.wholeStoreRead.append(read)
                    result.wholeStoreWrite.append(whole)
                }
            }
            let writer = Engine(store: fresh.store, registry: registry)
            let reader = Engine(store: fresh.store, registry: registry)
            _ = try await writer.snapshot()
            _ = try await reader.snapshot()
            for index in 0...writes {
                let (_, write) = try await timed {
                    try await writer.perform(UpdateRisk(id: risk, changes: RiskChanges(mitigation: "engine write \(index)")),
                                             by: "placeworks-bench")
                }
                let (_, refresh) = try await timed { try await reader.snapshot() }
                if index > 0 {
                    result.write.append(write)
                    result.refresh.append(refresh)
                }
            }
            if let place, let path = fresh.path {
                for repetition in 0...repetitions {
                    let (status, time) = try await timed { try Self.runCheck(place, store: path) }
                    guard status <= 1 else { throw BenchmarkError("place check exited with status \(status)") }
                    if repetition > 0 { result.processCheck.append(time) }
                }
            }
        } catch {
            try? await fresh.discard()
            throw error
        }
        try await fresh.discard()
        return result
    }

    /// Runs `place check` on the store at `path`, output discarded; returns its exit status.
    static func runCheck(_ executable: String, store path: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["check", "--store", path, "--as-of", StoreMeasurement.asOf.description, "--format", "json"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
