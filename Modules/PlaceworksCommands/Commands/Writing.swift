import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// Who is changing the store, and how the result is printed.
struct WriterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Who is making the change, as the audit log records it (default: $PLACEWORKS_ACTOR, else the login name).",
        valueName: "name"))
    var actor: String = CommandEnvironment.current.variables["PLACEWORKS_ACTOR"]
        ?? CommandEnvironment.current.variables["USER"] ?? "place"

    @Option(help: "Output format.")
    var format: OutputFormat = .text
}

/// One change to the store through the application layer: validated, one transaction, audited,
/// re-applied over another writer's change unless `--if-version` was given; the result printed.
/// Nothing is written when any step fails.
struct StoreChange {
    let store: StoreOptions
    let writer: WriterOptions

    /// Performs `operation` as `writer.actor` and prints what it did.
    func perform(_ operation: some WriteOperation) async throws {
        let outcome = try await store.withEngine { engine in try await engine.perform(operation, by: writer.actor) }
        try ChangeReport(summary: outcome.changedNothing ? "Nothing changed: the store already holds this." : outcome.summary,
                         receipt: outcome.receipt).print(writer.format)
    }
}

/// What a change did, as text or JSON.
struct ChangeReport: Codable {
    struct Changed: Codable {
        let kind: String
        let id: String
        let operation: String
        let version: Int64
        let actor: String
        let time: String
    }

    let summary: String
    let changes: [Changed]

    init(summary: String, receipt: CommitReceipt) {
        self.summary = summary
        changes = receipt.entries.map {
            Changed(kind: $0.kind, id: $0.id, operation: $0.operation.rawValue, version: $0.sequence, actor: $0.actor,
                    time: $0.time.description)
        }
    }

    func print(_ format: OutputFormat) throws {
        switch format {
        case .json: Swift.print(try DataFile.encode(self, format: .json))
        case .text:
            Swift.print(summary)
            for change in changes.prefix(20) {
                Swift.print("  \(change.operation) \(change.kind) \(change.id) (version \(change.version))")
            }
            if changes.count > 20 { Swift.print("  … and \(changes.count - 20) more; see `place audit log`.") }
        }
    }
}

/// A record's identifier named on the command line.
extension ID: ExpressibleByArgument {
    public init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        self.init(argument)
    }
}

extension MilestoneStatus: ExpressibleByArgument {}
extension Sessions: ExpressibleByArgument {}

