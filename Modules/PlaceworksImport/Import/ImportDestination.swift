import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

/// Where imported records are written: the one step of an import that touches the store.
public protocol ImportDestination: Sendable {
    /// The records the import is checked against and compared with (without the imported
    /// observations, which the import compares in the store).
    func current() async throws -> Dataset
    /// How `observations` compare with those stored: what a dry run reports.
    func compare(_ observations: any ObservationSource) async throws -> ObservationTally
    /// Writes `records` (replacing records with the same identifiers) and `imports` (an audit
    /// entry each, and their observations) as one validated transaction, audited as `actor`;
    /// nothing is written if any check fails.
    func write(_ records: Dataset, imports: [ImportWrite], actor: String) async throws -> CommitReceipt
}

/// A store as an import's destination, through the application layer's engine: the import is
/// compared with the engine's live snapshot and written as one validated, audited transaction
/// (`Engine.write`), like every other change.
public struct StoreDestination: ImportDestination {
    public let engine: Engine

    public init(_ engine: Engine) { self.engine = engine }

    public func current() async throws -> Dataset { try await engine.snapshot().stored.dataset }

    public func compare(_ observations: any ObservationSource) async throws -> ObservationTally {
        try await engine.store.compare(observations)
    }

    public func write(_ records: Dataset, imports: [ImportWrite], actor: String) async throws -> CommitReceipt {
        let files = imports.map { ($0.file as NSString).lastPathComponent }.joined(separator: ", ")
        let outcome = try await engine.write(summary: "Imported \(files).", by: actor, imports: imports) { edit in
            edit.merge(records)
        }
        return outcome.receipt
    }
}
