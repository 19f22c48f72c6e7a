import Foundation

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
    public var problems: [ImportProblem]
    /// Problems found beyond those listed.
    public var problemsNotShown: Int

    public init(outcome: Outcome, files: [FileSummary], plan: ImportPlan?, problems: ProblemLog) {
        self.outcome = outcome
        self.files = files
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
        case .written:
            lines.append(added + changed == 0
                ? "Nothing changed: the store already holds all \(unchanged) records as the files give them."
                : "Imported: added \(added), changed \(changed), left \(unchanged) unchanged.")
        }
        for (index, change) in changes.prefix(20).enumerated() {
            lines.append("  \(index < added ? "add   " : "change") \(change.kind) \(change.id) (\(change.name))")
        }
        if changes.count > 20 { lines.append("  … and \(changes.count - 20) more.") }
        return lines.joined(separator: "\n")
    }
}
