import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

/// Where imported records are written: the one step of an import that touches the store.
public protocol ImportDestination: Sendable {
    /// The data the import is checked against and compared with.
    func current() async throws -> Dataset
    /// Writes `records` (replacing records with the same identifiers) as one validated
    /// transaction, audited as `actor`; nothing is written if any check fails.
    /// - Returns: how many records were written.
    func write(_ records: Dataset, actor: String) async throws -> Int
}

/// A store as an import's destination, through the application layer's engine: the import is
/// compared with the engine's live snapshot and written as one validated, audited transaction
/// (`Engine.write`), like every other change.
public struct StoreDestination: ImportDestination {
    public let engine: Engine

    public init(_ engine: Engine) { self.engine = engine }

    public func current() async throws -> Dataset { try await engine.snapshot().dataset }

    public func write(_ records: Dataset, actor: String) async throws -> Int {
        let outcome = try await engine.write(summary: "Imported \(records.count) records.", by: actor) { edit in
            edit.merge(records)
        }
        return outcome.receipt.entries.count
    }
}
