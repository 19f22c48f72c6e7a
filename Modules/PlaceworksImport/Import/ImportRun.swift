import Foundation
import PlaceworksStore

/// One import from start to end: read every file against the destination's data, stop with
/// every problem if there are any, otherwise write what changes in one transaction (or, for a
/// dry run, only report it).
public struct ImportRun: Sendable {
    public let destination: any ImportDestination
    public let options: ImportOptions
    public let actor: String
    /// Told how the reading goes (for a progress bar).
    public let progress: (@Sendable (ImportProgress) -> Void)?

    public init(destination: any ImportDestination, options: ImportOptions, actor: String,
                progress: (@Sendable (ImportProgress) -> Void)? = nil) {
        self.destination = destination
        self.options = options
        self.actor = actor
        self.progress = progress
    }

    public func run(files: [String], dryRun: Bool) async throws -> ImportReport {
        var importer = Importer(into: try await destination.current(), options: options)
        importer.progress = progress
        for file in files { importer.read(file) }
        guard importer.problems.isEmpty else {
            return ImportReport(outcome: .refused, files: importer.files, plan: nil, problems: importer.problems)
        }
        let plan = importer.plan()
        let writes = importer.writes()
        if dryRun {
            var tally = ObservationTally()
            for write in writes {
                guard let observations = write.observations else { continue }
                tally = tally + (try await destination.compare(observations))
            }
            return ImportReport(outcome: .dryRun, files: importer.files, plan: plan, problems: importer.problems,
                                observations: writes.contains { $0.observations != nil } ? tally : nil)
        }
        if plan.isEmpty && !writes.contains(where: { $0.observations != nil }) {
            return ImportReport(outcome: .written, files: importer.files, plan: plan, problems: importer.problems)
        }
        let receipt: CommitReceipt
        do {
            receipt = try await destination.write(plan.records, imports: writes, actor: actor)
        } catch let StoreError.invalidData(objections) {
            var log = ProblemLog(cap: options.problemCap)
            for problem in importer.problems(from: objections) { log.add(problem) }
            return ImportReport(outcome: .refused, files: importer.files, plan: nil, problems: log)
        }
        return ImportReport(outcome: .written, files: importer.files, plan: plan, problems: importer.problems,
                            receipt: receipt, observed: writes.contains { $0.observations != nil })
    }
}
