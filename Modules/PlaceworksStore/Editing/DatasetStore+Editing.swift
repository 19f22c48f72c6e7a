import Foundation
import PlaceworksDomain

extension DatasetStore {
    /// The whole dataset, with every record's version.
    public func snapshot() async throws -> StoredDataset {
        try StoredDataset(records: try await records())
    }

    /// The whole dataset (full history; ask the core for "as of" a day).
    public func loadDataset() async throws -> Dataset {
        try await snapshot().dataset
    }

    /// An edit starting from the store's current dataset.
    public func edit() async throws -> DatasetEdit {
        DatasetEdit(base: try await snapshot())
    }

    /// Validates `edit` against the whole dataset and writes what it changes as one transaction,
    /// audited as `actor` at `time`.
    ///
    /// - Throws: ``StoreError/invalidData(_:)`` when the edited dataset has problems (nothing is
    ///   written); ``StoreError/staleVersion(kind:id:expected:actual:)`` when a changed record
    ///   was written by someone else since the edit read it (nothing is written).
    /// - Returns: the audit entries and new versions; ``CommitReceipt/unchanged`` when the edit
    ///   changes nothing.
    @discardableResult
    public func commit(_ edit: DatasetEdit, actor: String, at time: Date) async throws -> CommitReceipt {
        let problems = edit.problems()
        guard problems.isEmpty else { throw StoreError.invalidData(problems) }
        let changes = try edit.changes()
        guard !changes.isEmpty else { return .unchanged }
        return try await apply(changes, actor: actor, at: time)
    }

    /// Adds every record of `dataset` to the store, replacing stored records with the same
    /// identifiers, as one validated transaction. Records already stored unchanged are not
    /// written again, so importing the same data twice changes nothing the second time.
    @discardableResult
    public func importDataset(_ dataset: Dataset, actor: String, at time: Date) async throws -> CommitReceipt {
        var edit = try await edit()
        edit.merge(dataset)
        return try await commit(edit, actor: actor, at: time)
    }
}
