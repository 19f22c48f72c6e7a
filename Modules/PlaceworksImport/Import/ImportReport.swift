import Foundation
import PlaceworksStore

/// What an import found and did, for the person at the keyboard (text) or a program (JSON).
public struct ImportReport: Sendable, Codable {
    public enum Outcome: String, Sendable, Codable {
        /// Problems were found; nothing was written.
        case refused
        /// A dry run: nothing was written.
        case dryRun = "dry-run"
        /// The records were written.
        case written
    }

    public var outcome: Outcome
    public var files: [FileSummary]
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    public var changes: [ImportPlan.Change]
    /// How the files' indicator observations compare with the store (nil when they gave none).
    public var observations: ObservationTally?
    /// The imports recorded in the audit log (each file that changed anything).
    public var imports: [RecordedImport]
    public var problems: [ImportProblem]
    /// Problems found beyond those listed.
    public var problemsNotShown: Int

    /// An import as the audit log records it.
    public struct RecordedImport: Sendable, Codable, Hashable {
        /// Its audit entry's sequence number.
        public var sequence: Int64
        public var file: String
        public var sha256: String
        public var rows: Int
        public var records: Int
        public var observations: Int
    }

    public init(outcome: Outcome, files: [FileSummary], plan: ImportPlan?, problems: ProblemLog,
                observations: ObservationTally? = nil, receipt: CommitReceipt? = nil, observed: Bool = false) {
        self.outcome = outcome
        self.files = files
        var tally = observations
        if let receipt, observed {
            // A file whose observations were all stored already has no import entry: all unchanged.
            var sum = ObservationTally()
            for file in files where file.observations > 0 {
                if let recorded = receipt.imports.first(where: { $0.manifest.file == file.file }) {
                    sum = sum + recorded.observations
                } else {
                    sum.unchanged += file.observations
                }
            }
            tally = sum
        }
        self.observations = tally
        imports = (receipt?.imports ?? []).map {
            RecordedImport(sequence: $0.sequence, file: $0.manifest.file, sha256: $0.manifest.sha256, rows: $0.manifest.rows,
                           records: $0.manifest.records.count, observations: $0.manifest.observations)
        }
        added = plan?.added.count ?? 0
        changed = plan?.changed.count ?? 0
        unchanged = plan?.unchanged ?? 0
        changes = (plan?.added ?? []) + (plan?.changed ?? [])
        self.problems = problems.sorted
        problemsNotShown = problems.omitted
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    public var text: String {
        var lines: [String] = []
        for file in files {
            lines.append("\(file.file): \(file.kind?.label ?? "not read"), \(file.rows) row\(file.rows == 1 ? "" : "s").")
            lines += file.notes.map { "  \($0)" }
        }
        switch outcome {
        case .refused:
            let total = problems.count + problemsNotShown
            lines.append("Nothing was imported: \(total) problem\(total == 1 ? "" : "s") to fix first.")
            lines += problems.map { "  \($0.description)" }
            if problemsNotShown > 0 { lines.append("  … and \(problemsNotShown) more.") }
            return lines.joined(separator: "\n")
        case .dryRun:
            lines.append("Dry run, nothing written: would add \(added), change \(changed), leave \(unchanged) unchanged.")
            if let observations {
                lines.append("  Observations: would add \(observations.added), change \(observations.changed), "
                                 + "leave \(observations.unchanged) unchanged.")
            }
        case .written:
            lines.append(added + changed == 0 && (observations?.written ?? 0) == 0
                ? "Nothing changed: the store already holds all \(unchanged) records"
                    + (observations.map { " and \($0.unchanged) observations" } ?? "") + " as the files give them."
                : "Imported: added \(added), changed \(changed), left \(unchanged) unchanged.")
            if let observations, observations.written > 0 {
                lines.append("  Observations: added \(observations.added), changed \(observations.changed), "
                                 + "left \(observations.unchanged) unchanged.")
            }
            for recorded in imports {
                lines.append("  Audit entry \(recorded.sequence): \(recorded.file) (SHA-256 \(recorded.sha256.prefix(12))…, "
                                 + "\(recorded.rows) rows).")
            }
        }
        for (index, change) in changes.prefix(20).enumerated() {
            lines.append("  \(index < added ? "add   " : "change") \(change.kind) \(change.id) (\(change.name))")
        }
        if changes.count > 20 { lines.append("  … and \(changes.count - 20) more.") }
        return lines.joined(separator: "\n")
    }
}
