import Foundation
import PlaceworksDomain
import PlaceworksStore

/// The timings of one workload on one backend: import into a fresh store, read it back, check it.
struct StoreMeasurement: Sendable {
    var importing = Samples()
    var reading = Samples()
    var checking = Samples()
    /// Reading and checking, summed per repetition: what `place check` spends on data and rules.
    var readingAndChecking = Samples()
    /// Error-level findings and all findings of the check, for the record.
    var errors = 0
    var findings = 0

    /// The day every check is made as of.
    static let asOf: Day = "2022-04-01"
    /// The time the import is audited at (the store never reads a clock).
    static let importedAt = Date(timeIntervalSince1970: 1_648_771_200)

    /// Runs one warm-up repetition, not recorded, then `repetitions` recorded ones, each on a fresh
    /// store. Refuses a store that does not give back what was written or whose check differs from
    /// the check of the same data in memory.
    static func run(_ workload: Workload, on backend: Backend, repetitions: Int,
                    registry: Registry) async throws -> StoreMeasurement {
        let expected = registry.check(workload.checked, asOf: asOf)
        var result = StoreMeasurement(errors: expected.count(.error), findings: expected.findings.count)
        for repetition in 0...repetitions {
            let fresh = try await backend.fresh()
            do {
                let (_, importTime) = try await timed {
                    try await fresh.store.importDataset(workload.stored, actor: "placeworks-bench", at: importedAt)
                }
                let (loaded, readTime) = try await timed { try await fresh.store.loadDataset() }
                let (report, checkTime) = await timed { registry.check(registry.dataset.overlaid(with: loaded), asOf: asOf) }
                guard loaded.count == workload.stored.count, report == expected else {
                    throw BenchmarkError("\(backend.name) gave back \(loaded.count) of \(workload.stored.count) records "
                                         + "of the \(workload.name) dataset, and \(report.findings.count) findings "
                                         + "where the dataset in memory gives \(expected.findings.count)")
                }
                if repetition > 0 {
                    result.importing.append(importTime)
                    result.reading.append(readTime)
                    result.checking.append(checkTime)
                    result.readingAndChecking.append(readTime + checkTime)
                }
            } catch {
                try? await fresh.discard()
                throw error
            }
            try await fresh.discard()
        }
        return result
    }

    /// Times the check alone, in memory: one warm-up, then `repetitions` recorded runs.
    static func check(_ dataset: Dataset, repetitions: Int, registry: Registry) async -> Samples {
        var samples = Samples()
        for repetition in 0...repetitions {
            let (_, time) = await timed { registry.check(dataset, asOf: asOf) }
            if repetition > 0 { samples.append(time) }
        }
        return samples
    }
}

/// Why the benchmark stopped.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
