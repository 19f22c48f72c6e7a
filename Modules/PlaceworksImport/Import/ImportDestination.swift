import Foundation
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

/// A store as an import's destination: the store's validated edit-and-commit.
public struct StoreDestination: ImportDestination {
    public let store: any DatasetStore

    public init(_ store: any DatasetStore) { self.store = store }

    public func current() async throws -> Dataset { try await store.loadDataset() }

    public func write(_ records: Dataset, actor: String) async throws -> Int {
        var edit = try await store.edit()
        edit.merge(records)
        return try await store.commit(edit, actor: actor, at: Date()).entries.count
    }
}
