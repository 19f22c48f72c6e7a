import Foundation
import PlaceworksDomain

/// The records of one kind in a dataset: how to read them in, and how to tell what changed.
protocol AnyShelf {
    var kind: RecordKind { get }
    /// Decodes `records` (all of this kind, in order) and appends them to the dataset.
    func load(_ records: [StoredRecord], into dataset: inout Dataset, decoder: JSONDecoder) throws(StoreError)
    /// The changes that turn `base`'s records of this kind into `result`'s: puts in `result`'s
    /// order, then deletions.
    func changes(from base: Dataset, to result: Dataset, versions: (RecordKey) -> Int64,
                 places: PlaceResolver, encoder: JSONEncoder) throws -> [RecordChange]
}

/// One kind's list in a dataset, and where its records belong.
struct Shelf<E: Entity>: AnyShelf {
    let path: WritableKeyPath<Dataset, [E]>
    let place: (E, PlaceResolver) -> ID<Place>?

    var kind: RecordKind { RecordKind(E.self) }

    func load(_ records: [StoredRecord], into dataset: inout Dataset, decoder: JSONDecoder) throws(StoreError) {
        var list: [E] = []
        list.reserveCapacity(records.count)
        for record in records {
            do {
                list.append(try decoder.decode(E.self, from: Data(record.body.utf8)))
            } catch {
                throw .unreadableRecord(kind: kind.rawValue, id: record.key.id, reason: String(describing: error))
            }
        }
        dataset[keyPath: path].append(contentsOf: list)
    }

    func changes(from base: Dataset, to result: Dataset, versions: (RecordKey) -> Int64,
                 places: PlaceResolver, encoder: JSONEncoder) throws -> [RecordChange] {
        let before = Dictionary(base[keyPath: path].map { ($0.id, $0) }) { first, _ in first }
        var kept = Set<ID<E>>()
        var changes: [RecordChange] = []
        for record in result[keyPath: path] {
            kept.insert(record.id)
            if before[record.id] == record { continue }
            let key = RecordKey(record.id)
            changes.append(.put(key, body: try RecordCoding.encode(record, with: encoder),
                                place: place(record, places)?.rawValue, basedOn: versions(key)))
        }
        for record in base[keyPath: path] where !kept.contains(record.id) {
            let key = RecordKey(record.id)
            changes.append(.delete(key, basedOn: versions(key)))
        }
        return changes
    }
}

extension RecordKind {
    /// This kind's list in a dataset.
    var shelf: any AnyShelf {
        switch self {
        case .ics: Shelf(path: \.systems) { _, _ in nil }
        case .place: Shelf(path: \.places) { place, _ in place.id }
        case .organisation: Shelf(path: \.organisations) { organisation, _ in organisation.place }
        case .person: Shelf(path: \.people) { _, _ in nil }
        case .body: Shelf(path: \.bodies) { body, _ in body.place }
        case .seat: Shelf(path: \.seats) { seat, places in seat.place ?? places.place(of: seat.body) }
        case .membership: Shelf(path: \.memberships) { membership, places in places.place(of: membership.seat) }
        case .leadershipRole: Shelf(path: \.leadershipRoles) { role, places in role.place ?? places.place(of: role.body) }
        case .delegation: Shelf(path: \.delegations) { delegation, places in
            delegation.place ?? places.place(of: delegation.toBody)
        }
        case .budget: Shelf(path: \.budgets) { budget, _ in budget.place }
        case .workstream: Shelf(path: \.workstreams) { workstream, _ in workstream.place }
        case .milestone: Shelf(path: \.milestones) { milestone, places in
            milestone.place ?? places.place(of: milestone.workstream)
        }
        case .risk: Shelf(path: \.risks) { risk, places in
            risk.place ?? places.place(of: risk.workstream) ?? places.place(of: risk.body)
        }
        case .indicator: Shelf(path: \.indicators) { indicator, places in
            indicator.place ?? places.place(of: indicator.workstream)
        }
        case .meeting: Shelf(path: \.meetings) { meeting, places in places.place(of: meeting.body) }
        case .option: Shelf(path: \.options) { option, _ in option.place }
        }
    }
}
