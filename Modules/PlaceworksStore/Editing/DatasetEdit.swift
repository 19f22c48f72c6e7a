import Foundation
import PlaceworksDomain

/// A change to the store's dataset, prepared in memory and written by
/// ``DatasetStore/commit(_:actor:at:)`` as one validated, audited transaction.
///
/// An edit starts from a ``StoredDataset`` (``DatasetStore/edit()``); each record it changes is
/// written "based on" the version read then, so a commit after someone else changed the same
/// record is refused rather than overwriting their change.
///
/// ```swift
/// var edit = try await store.edit()
/// try edit.update(Membership.self, id: "swk-m-12") { $0.period.end = "2026-03-31" }
/// edit.put(newRisk)
/// let receipt = try await store.commit(edit, actor: "j.smith", at: Date())
/// ```
public struct DatasetEdit: Sendable, Hashable {
    /// The dataset as read from the store.
    public let base: StoredDataset
    /// The dataset as it will be after the commit. Change it freely; the commit writes the
    /// difference from ``base``.
    public var dataset: Dataset
    /// Versions a change is based on, where the caller knows better than ``base`` (an HTTP
    /// `If-Match`), by record.
    public private(set) var basedOn: [RecordKey: Int64] = [:]

    public init(base: StoredDataset) {
        self.base = base
        self.dataset = base.dataset
    }

    /// Adds `record`, or replaces the record with its identifier.
    /// - Parameter version: the version the change is based on, if not the one read with ``base``.
    public mutating func put<E: Entity>(_ record: E, basedOn version: Int64? = nil) {
        let path = Self.path(E.self)
        if let index = dataset[keyPath: path].firstIndex(where: { $0.id == record.id }) {
            dataset[keyPath: path][index] = record
        } else {
            dataset[keyPath: path].append(record)
        }
        if let version { basedOn[RecordKey(record.id)] = version }
    }

    /// Changes the record with identifier `id` in place.
    /// - Throws: ``StoreError/recordNotFound(kind:id:)`` when there is no such record.
    public mutating func update<E: Entity>(_ type: E.Type, id: ID<E>, basedOn version: Int64? = nil,
                                           _ change: (inout E) throws -> Void) throws {
        let path = Self.path(E.self)
        guard let index = dataset[keyPath: path].firstIndex(where: { $0.id == id }) else {
            throw StoreError.recordNotFound(kind: RecordKind(E.self), id: id.rawValue)
        }
        try change(&dataset[keyPath: path][index])
        if let version { basedOn[RecordKey(id)] = version }
    }

    /// Removes the record with identifier `id`.
    /// - Throws: ``StoreError/recordNotFound(kind:id:)`` when there is no such record.
    public mutating func remove<E: Entity>(_ type: E.Type, id: ID<E>, basedOn version: Int64? = nil) throws {
        let path = Self.path(E.self)
        guard dataset[keyPath: path].contains(where: { $0.id == id }) else {
            throw StoreError.recordNotFound(kind: RecordKind(E.self), id: id.rawValue)
        }
        dataset[keyPath: path].removeAll { $0.id == id }
        if let version { basedOn[RecordKey(id)] = version }
    }

    /// Adds every record of `other`, replacing records with the same identifiers.
    public mutating func merge(_ other: Dataset) {
        dataset.merge(other, overlap: .replace)
    }

    /// The problems the edited dataset would have (empty when it may be committed).
    public func problems() -> [DatasetProblem] {
        dataset.problems()
    }

    /// The record changes this edit makes: creations and updates in dataset order, kind by kind,
    /// then deletions. Records equal to those read are left alone.
    public func changes() throws -> [RecordChange] {
        let encoder = RecordCoding.encoder()
        let places = PlaceResolver(dataset)
        let versions: (RecordKey) -> Int64 = { key in basedOn[key] ?? base.versions[key] ?? 0 }
        var changes: [RecordChange] = []
        for kind in RecordKind.allCases {
            changes += try kind.shelf.changes(from: base.dataset, to: dataset, versions: versions,
                                              places: places, encoder: encoder)
        }
        return changes
    }

    /// The dataset's list of records of type `E`.
    package static func path<E: Entity>(_ type: E.Type) -> WritableKeyPath<Dataset, [E]> {
        guard let shelf = RecordKind(E.self).shelf as? Shelf<E> else {
            preconditionFailure("\(E.self) has no list in a dataset")
        }
        return shelf.path
    }
}
