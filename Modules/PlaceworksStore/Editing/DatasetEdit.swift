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
    /// The dataset as it will be after the commit. Change it with ``put(_:basedOn:)``,
    /// ``update(_:id:basedOn:_:)``, ``remove(_:id:basedOn:)`` and ``merge(_:)``: the commit
    /// writes what those touched, so a change costs what it changes, not the whole dataset.
    public private(set) var dataset: Dataset
    /// The records the edit has touched (created, changed or removed), by key.
    public private(set) var touched: Set<RecordKey> = []
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
        dataset.modify(Self.path(E.self)) { list in
            if let index = list.firstIndex(where: { $0.id == record.id }) { list[index] = record } else { list.append(record) }
        }
        touched.insert(RecordKey(record.id))
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
        try dataset.modify(path) { try change(&$0[index]) }
        touched.insert(RecordKey(id))
        if let version { basedOn[RecordKey(id)] = version }
    }

    /// Removes the record with identifier `id`.
    /// - Throws: ``StoreError/recordNotFound(kind:id:)`` when there is no such record.
    public mutating func remove<E: Entity>(_ type: E.Type, id: ID<E>, basedOn version: Int64? = nil) throws {
        let path = Self.path(E.self)
        guard dataset[keyPath: path].contains(where: { $0.id == id }) else {
            throw StoreError.recordNotFound(kind: RecordKind(E.self), id: id.rawValue)
        }
        dataset.modify(path) { $0.removeAll { $0.id == id } }
        touched.insert(RecordKey(id))
        if let version { basedOn[RecordKey(id)] = version }
    }

    /// Adds every record of `other`, replacing records with the same identifiers.
    public mutating func merge(_ other: Dataset) {
        dataset.merge(other, overlap: .replace)
        for kind in RecordKind.allCases { touched.formUnion(kind.shelf.keys(in: other)) }
    }

    /// The record of type `E` with identifier `id` as the edit holds it, or nil.
    public func record<E: Entity>(_ type: E.Type, id: ID<E>) -> E? {
        dataset[keyPath: Self.path(E.self)].first { $0.id == id }
    }

    /// The problems the edited dataset would have (empty when it may be committed), found by
    /// looking only at the records the edit touched and the identifiers they refer to. An edit that
    /// removes a record is checked against the whole dataset, since anything may refer to it.
    /// Assumes the dataset read was consistent, as a store's always is.
    public func problems() -> [DatasetProblem] {
        var byKind: [RecordKind: Set<String>] = [:]
        for key in touched { byKind[key.kind, default: []].insert(key.id) }
        var subset = Dataset()
        for (kind, ids) in byKind where !kind.shelf.copy(ids, from: dataset, into: &subset).isEmpty {
            return dataset.problems()
        }
        return dataset.problems(ofChanged: subset)
    }

    /// The record changes this edit makes: creations and updates in dataset order, kind by kind,
    /// then deletions. Records equal to those read are left alone. When a body, seat or workstream
    /// moves to another place, the records filed under it move with it in the same batch.
    public func changes() throws -> [RecordChange] {
        let encoder = RecordCoding.encoder()
        let places = PlaceResolver(dataset), basePlaces = PlaceResolver(base.dataset)
        let versions: (RecordKey) -> Int64 = { key in basedOn[key] ?? base.versions[key] ?? 0 }
        var byKind: [RecordKind: Set<String>] = [:]
        for key in touched { byKind[key.kind, default: []].insert(key.id) }
        // A body, seat or workstream that moved takes the records filed under it along.
        if touched.contains(where: { [.body, .seat, .workstream].contains($0.kind) && basePlaces.differs(from: places, at: $0) }) {
            for kind in RecordKind.allCases {
                for key in kind.shelf.moved(in: dataset, before: basePlaces, after: places) {
                    byKind[key.kind, default: []].insert(key.id)
                }
            }
        }
        var changes: [RecordChange] = []
        for kind in RecordKind.allCases {
            guard let ids = byKind[kind] else { continue }
            changes += try kind.shelf.changes(of: ids, from: base.dataset, to: dataset, versions: versions,
                                              places: places, basePlaces: basePlaces, encoder: encoder)
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
