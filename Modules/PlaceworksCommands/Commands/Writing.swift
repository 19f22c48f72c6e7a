import ArgumentParser
import Foundation
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// Who is changing the store, and how the result is printed.
struct WriterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Who is making the change, as the audit log records it (default: $PLACEWORKS_ACTOR, else the login name).",
        valueName: "name"))
    var actor: String = ProcessInfo.processInfo.environment["PLACEWORKS_ACTOR"]
        ?? ProcessInfo.processInfo.environment["USER"] ?? "place"

    @Option(help: "Output format.")
    var format: OutputFormat = .text
}

/// One validated change to the store: read, change, check the whole dataset, write in one
/// transaction, report. Nothing is written when any step fails.
struct StoreChange {
    let store: StoreOptions
    let writer: WriterOptions

    /// Applies `change` to the store's data and commits it as `writer.actor`; prints `summary`.
    func commit(_ summary: String, _ change: @Sendable (inout DatasetEdit) throws -> Void) async throws {
        let receipt = try await store.withStore { store in
            var edit = try await store.edit()
            try change(&edit)
            return try await store.commit(edit, actor: writer.actor, at: Date())
        }
        try ChangeReport(summary: receipt.isEmpty ? "Nothing changed: the store already holds this." : summary,
                         receipt: receipt).print(writer.format)
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

extension DatasetEdit {
    /// The record of type `E` with identifier `id` in the edit, or an error naming what is missing.
    func record<E: Entity>(_ type: E.Type, _ id: ID<E>) throws -> E {
        guard let record = dataset[keyPath: DatasetEdit.path(E.self)].first(where: { $0.id == id }) else {
            throw CommandError("there is no \(E.subjectKind.rawValue) with the identifier \(id) in the store.")
        }
        return record
    }
}
