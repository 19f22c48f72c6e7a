import Foundation
import PlaceworksDomain

/// The records of one kind in a dataset: how to read them in, and how to tell what changed.
protocol AnyShelf {
    var kind: RecordKind { get }
    /// Decodes `records` (all of this kind) into a list of this kind's entities, as `Any`.
    func decode(_ records: ArraySlice<StoredRecord>, decoder: JSONDecoder) throws(StoreError) -> Any
    /// Appends lists made by ``decode(_:decoder:)``, in order, to the dataset.
    func append(_ lists: [Any], to dataset: inout Dataset)
    /// Applies `changes` to this kind's list, in order: a body (current format) replaces the
    /// record with its identifier or joins the end of the list; nil removes the record.
    func apply(_ changes: [(id: String, body: String?)], to dataset: inout Dataset, decoder: JSONDecoder) throws(StoreError)
    /// Whether ``RecordDecoder`` reads `body` by itself, without falling back, to the record
    /// `JSONDecoder` reads (the check that keeps the fast path honest).
    func recordDecoderAgrees(on body: String) -> Bool
    /// The changes that turn `base`'s records of this kind with identifiers `ids` into
    /// `result`'s: puts in `result`'s order, then deletions. A record equal to the one read is
    /// written only when its place changed.
    func changes(of ids: Set<String>, from base: Dataset, to result: Dataset, versions: (RecordKey) -> Int64,
                 places: PlaceResolver, basePlaces: PlaceResolver, encoder: JSONEncoder) throws -> [RecordChange]
    /// Copies the records with identifiers `ids` from `dataset` into `subset`; returns the
    /// identifiers `dataset` does not hold.
    func copy(_ ids: Set<String>, from dataset: Dataset, into subset: inout Dataset) -> Set<String>
    /// The keys of this kind's records in `dataset`.
    func keys(in dataset: Dataset) -> [RecordKey]
    /// Adds this kind's records of `dataset` (those with `ids`, or all) to `result`, encoded.
    func encode(_ dataset: Dataset, ids: Set<String>?, with encoder: JSONEncoder,
                into result: inout [RecordKey: String]) throws
    /// The records of this kind filed under a different place by `before` and `after`.
    func moved(in dataset: Dataset, before: PlaceResolver, after: PlaceResolver) -> [RecordKey]
}

/// One kind's list in a dataset, and where its records belong.
struct Shelf<E: Entity>: AnyShelf {
    let path: WritableKeyPath<Dataset, [E]>
    let place: (E, PlaceResolver) -> ID<Place>?

    var kind: RecordKind { RecordKind(E.self) }

    func decode(_ records: ArraySlice<StoredRecord>, decoder: JSONDecoder) throws(StoreError) -> Any {
        var list: [E] = []
        list.reserveCapacity(records.count)
        for record in records {
            list.append(try decode(try RecordFormat.upgraded(record), id: record.key.id, decoder: decoder))
        }
        return list
    }

    func append(_ lists: [Any], to dataset: inout Dataset) {
        for list in lists {
            if let list = list as? [E] { dataset.modify(path) { $0.append(contentsOf: list) } }
        }
    }

    func apply(_ changes: [(id: String, body: String?)], to dataset: inout Dataset, decoder: JSONDecoder) throws(StoreError) {
        var decoded: [(id: String, record: E?)] = []
        decoded.reserveCapacity(changes.count)
        for change in changes {
            var record: E?
            if let body = change.body { record = try decode(body, id: change.id, decoder: decoder) }
            decoded.append((change.id, record))
        }
        dataset.modify(path) { list in
            // A few changes look their records up; more find them all in one pass over the list.
            guard decoded.count > 8 else {
                for (id, record) in decoded {
                    if let record {
                        if let index = list.firstIndex(where: { $0.id == record.id }) { list[index] = record } else { list.append(record) }
                    } else {
                        list.removeAll { $0.id.rawValue == id }
                    }
                }
                return
            }
            var positions: [ID<E>: Int] = [:]
            for (index, record) in list.enumerated() where positions[record.id] == nil { positions[record.id] = index }
            var removed = Set<Int>()
            for (id, record) in decoded {
                if let record {
                    if let index = positions[record.id] { list[index] = record } else {
                        positions[record.id] = list.count
                        list.append(record)
                    }
                } else if let index = positions.removeValue(forKey: ID(id)) {
                    removed.insert(index)
                }
            }
            if !removed.isEmpty {
                list = list.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
            }
        }
    }

    func recordDecoderAgrees(on body: String) -> Bool {
        guard let fast = try? RecordDecoder.decode(E.self, from: body),
              let foundation = try? JSONDecoder().decode(E.self, from: Data(body.utf8)) else { return false }
        return fast == foundation
    }

    /// Refuses a record that would not load again: whatever decoding enforces (a period that ends
    /// before it starts, an empty identifier) is enforced before anything is written.
    private func readsBack(_ body: String, key: RecordKey) throws(StoreError) {
        do {
            _ = try JSONDecoder().decode(E.self, from: Data(body.utf8))
        } catch {
            throw .invalidData([DatasetProblem(record: key.description, field: Self.field(of: error),
                                               reason: Self.reason(of: error))])
        }
    }

    private static func field(of error: any Error) -> String {
        guard case let .dataCorrupted(context) = error as? DecodingError else { return "(record)" }
        let path = context.codingPath.map(\.stringValue).filter { Int($0) == nil }
        return path.isEmpty ? "(record)" : path.joined(separator: ".")
    }

    private static func reason(of error: any Error) -> String {
        if case let .dataCorrupted(context) = error as? DecodingError { return context.debugDescription }
        return "it cannot be read back (\(error))"
    }

    private func decode(_ body: String, id: String, decoder: JSONDecoder) throws(StoreError) -> E {
        do {
            return try RecordDecoder.decodeOrFallBack(E.self, from: body, fallback: decoder)
        } catch {
            throw .unreadableRecord(kind: kind.rawValue, id: id, reason: String(describing: error))
        }
    }

    func changes(of ids: Set<String>, from base: Dataset, to result: Dataset, versions: (RecordKey) -> Int64,
                 places: PlaceResolver, basePlaces oldPlaces: PlaceResolver, encoder: JSONEncoder) throws -> [RecordChange] {
        var before: [ID<E>: E] = [:]
        for record in base[keyPath: path] where ids.contains(record.id.rawValue) { before[record.id] = before[record.id] ?? record }
        var kept = Set<ID<E>>()
        var changes: [RecordChange] = []
        for record in result[keyPath: path] where ids.contains(record.id.rawValue) {
            kept.insert(record.id)
            let filed = place(record, places)?.rawValue
            if let old = before[record.id], old == record, place(old, oldPlaces)?.rawValue == filed { continue }
            let key = RecordKey(record.id)
            let body = try RecordCoding.encode(record, with: encoder)
            try readsBack(body, key: key)
            changes.append(.put(key, body: body, place: filed, basedOn: versions(key)))
        }
        for record in base[keyPath: path] where ids.contains(record.id.rawValue) && !kept.contains(record.id) {
            let key = RecordKey(record.id)
            changes.append(.delete(key, basedOn: versions(key)))
        }
        return changes
    }

    func copy(_ ids: Set<String>, from dataset: Dataset, into subset: inout Dataset) -> Set<String> {
        var missing = ids
        var copied: [E] = []
        for record in dataset[keyPath: path] where ids.contains(record.id.rawValue) {
            copied.append(record)
            missing.remove(record.id.rawValue)
        }
        subset.modify(path) { $0.append(contentsOf: copied) }
        return missing
    }

    func encode(_ dataset: Dataset, ids: Set<String>?, with encoder: JSONEncoder,
                into result: inout [RecordKey: String]) throws {
        for record in dataset[keyPath: path] where ids?.contains(record.id.rawValue) ?? true {
            result[RecordKey(record.id)] = try RecordCoding.encode(record, with: encoder)
        }
    }

    func keys(in dataset: Dataset) -> [RecordKey] {
        dataset[keyPath: path].map { RecordKey($0.id) }
    }

    func moved(in dataset: Dataset, before: PlaceResolver, after: PlaceResolver) -> [RecordKey] {
        dataset[keyPath: path].filter { place($0, before) != place($0, after) }.map { RecordKey($0.id) }
    }
}

extension RecordKind {
    /// This kind's list in a dataset.
    var shelf: any AnyShelf {
        switch self {
        case .ics: Shelf(path: \.systems) { _, _ in nil }
        case .place: Shelf(path: \.places) { $1.of($0) }
        case .organisation: Shelf(path: \.organisations) { $1.of($0) }
        case .person: Shelf(path: \.people) { _, _ in nil }
        case .body: Shelf(path: \.bodies) { $1.of($0) }
        case .seat: Shelf(path: \.seats) { $1.of($0) }
        case .membership: Shelf(path: \.memberships) { $1.of($0) }
        case .leadershipRole: Shelf(path: \.leadershipRoles) { $1.of($0) }
        case .delegation: Shelf(path: \.delegations) { $1.of($0) }
        case .budget: Shelf(path: \.budgets) { $1.of($0) }
        case .workstream: Shelf(path: \.workstreams) { $1.of($0) }
        case .milestone: Shelf(path: \.milestones) { $1.of($0) }
        case .risk: Shelf(path: \.risks) { $1.of($0) }
        case .indicator: Shelf(path: \.indicators) { $1.of($0) }
        case .meeting: Shelf(path: \.meetings) { $1.of($0) }
        case .option: Shelf(path: \.options) { option, _ in option.place }
        case .fund: Shelf(path: \.funds) { $1.of($0) }
        case .accountability: Shelf(path: \.accountabilities) { $1.of($0) }
        case .approval: Shelf(path: \.approvals) { $1.of($0) }
        case .publication: Shelf(path: \.publications) { $1.of($0) }
        case .engagement: Shelf(path: \.engagements) { $1.of($0) }
        case .recruitment: Shelf(path: \.recruitments) { $1.of($0) }
        case .agreement: Shelf(path: \.agreements) { $1.of($0) }
        case .commitment: Shelf(path: \.commitments) { $1.of($0) }
        }
    }
}
