import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksSynthetic

/// Everything one run measured.
struct Results {
    /// One backend's measurements of both workloads.
    struct StoreResults {
        let backend: String
        let national: StoreMeasurement
        let southEastLondon: StoreMeasurement
        /// The application layer on the national workload.
        let engine: EngineMeasurement
    }

    /// The check of a synthetic nation alone, in memory.
    struct NationCheck {
        let systems: Int
        let places: Int
        let records: Int
        let samples: Samples
        let profile: RuleProfile
    }

    let options: Options
    let national: Workload
    let southEastLondon: Workload
    var stores: [StoreResults] = []
    var half: NationCheck?
    var full: NationCheck?
    /// sqlite3's `.import` of the national records, and how many rows it imported.
    var peer: (rows: Int, samples: Samples)?
}

/// Runs every measurement, reporting progress on standard error.
struct Benchmark {
    let options: Options

    func run() async throws -> Results {
        let registry = try Registry.standard()
        var results = Results(
            options: options,
            national: .nation(systems: options.systems, seed: options.seed, registered: registry.dataset),
            southEastLondon: try .southEastLondon(registered: registry.dataset))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var backends = [Backend.sqlite(in: folder)]
        if let url = options.postgres { backends.append(.postgres(server: url)) } else {
            progress("no PostgreSQL server given (--postgres URL or PLACEWORKS_TEST_POSTGRES_URL): skipping PostgreSQL")
        }
        for backend in backends {
            progress("\(backend.name): \(results.national.name)")
            let national = try await StoreMeasurement.run(results.national, on: backend, repetitions: options.repetitions,
                                                          registry: registry)
            progress("\(backend.name): \(results.southEastLondon.name)")
            let southEastLondon = try await StoreMeasurement.run(results.southEastLondon, on: backend,
                                                                 repetitions: options.repetitions, registry: registry)
            progress("\(backend.name): application layer on \(results.national.name)")
            let engine = try await EngineMeasurement.run(results.national, on: backend, repetitions: options.repetitions,
                                                         registry: registry, place: options.place)
            results.stores.append(.init(backend: backend.name, national: national, southEastLondon: southEastLondon,
                                        engine: engine))
        }

        progress("check in memory: half and full synthetic nations")
        results.half = await checkNation(systems: max(1, options.systems / 2), registry: registry)
        results.full = await checkNation(systems: options.systems, registry: registry)

        if let executable = options.sqlite3 {
            progress("peer: \(executable) .import")
            let peer = SQLitePeer(executable: executable, folder: folder)
            let (csv, rows) = try await peer.csv(of: results.national.stored)
            results.peer = (rows, try await peer.importTimes(csv: csv, rows: rows, repetitions: options.repetitions))
        } else {
            progress("sqlite3 is not on PATH (--sqlite3 PATH): skipping the peer")
        }
        return results
    }

    /// Times the check of a synthetic nation of `systems` ICSs on its own (no registered data).
    private func checkNation(systems: Int, registry: Registry) async -> Results.NationCheck {
        let nation = SyntheticNation.generate(.init(seed: options.seed, systems: systems))
        return Results.NationCheck(systems: systems, places: nation.places.count, records: nation.count,
                                   samples: await StoreMeasurement.check(nation, repetitions: options.repetitions,
                                                                         registry: registry),
                                   profile: await RuleProfile.run(nation, repetitions: options.repetitions, registry: registry))
    }

    private func progress(_ line: String) {
        FileHandle.standardError.write(Data("placeworks-bench: \(line)\n".utf8))
    }
}
