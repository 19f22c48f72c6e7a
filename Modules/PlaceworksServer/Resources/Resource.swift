import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

/// One record as a listing serves it: identifier, place, version, the days it is in force, and
/// its JSON, encoded once per snapshot.
struct CatalogueEntry: Sendable {
    let id: String
    let place: String?
    let version: Int64
    let span: Period
    let json: [UInt8]
}

/// A kind of record the API lists at `/api/v1/<path>`.
struct Resource: Sendable {
    /// The collection's path segment, e.g. `memberships`.
    let path: String
    let kind: RecordKind
    /// The snapshot's records of this kind, ordered by identifier.
    let entries: @Sendable (LiveSnapshot, RecordPlaces) throws -> [CatalogueEntry]

    /// Every kind the API serves, in the order the OpenAPI document lists them.
    static let all: [Resource] = [
        Resource(path: "places", kind: .place) { s, p in try list(s.dataset.places, s, place: { p.of($0) }, span: { _ in .always }) },
        Resource(path: "organisations", kind: .organisation) { s, p in
            try list(s.dataset.organisations, s, place: { p.of($0) }, span: \.period)
        },
        Resource(path: "people", kind: .person) { s, _ in try list(s.dataset.people, s, place: { _ in nil }, span: { _ in .always }) },
        Resource(path: "bodies", kind: .body) { s, p in try list(s.dataset.bodies, s, place: { p.of($0) }, span: { _ in .always }) },
        Resource(path: "seats", kind: .seat) { s, p in try list(s.dataset.seats, s, place: { p.of($0) }, span: \.period) },
        Resource(path: "memberships", kind: .membership) { s, p in
            try list(s.dataset.memberships, s, place: { p.of($0) }, span: \.period)
        },
        Resource(path: "leadership-roles", kind: .leadershipRole) { s, p in
            try list(s.dataset.leadershipRoles, s, place: { p.of($0) }, span: \.period)
        },
        Resource(path: "delegations", kind: .delegation) { s, p in
            try list(s.dataset.delegations, s, place: { p.of($0) }, span: \.period)
        },
        Resource(path: "budgets", kind: .budget) { s, p in try list(s.dataset.budgets, s, place: { p.of($0) }, span: { _ in .always }) },
        Resource(path: "workstreams", kind: .workstream) { s, p in
            try list(s.dataset.workstreams, s, place: { p.of($0) }, span: \.period)
        },
        Resource(path: "milestones", kind: .milestone) { s, p in
            try list(s.dataset.milestones, s, place: { p.of($0) }, span: { _ in .always })
        },
        Resource(path: "risks", kind: .risk) { s, p in
            try list(s.dataset.risks, s, place: { p.of($0) }, span: { Period(from: $0.opened, to: $0.closed) })
        },
        Resource(path: "indicators", kind: .indicator) { s, p in
            try list(s.dataset.indicators, s, place: { p.of($0) }, span: { _ in .always })
        },
        Resource(path: "meetings", kind: .meeting) { s, p in
            try list(s.dataset.meetings, s, place: { p.of($0) }, span: { Period(from: $0.date) })
        },
        Resource(path: "funds", kind: .fund) { s, _ in try list(s.dataset.funds, s, span: \.period) },
        Resource(path: "accountability-arrangements", kind: .accountability) { s, _ in
            try list(s.dataset.accountabilities, s, span: \.period)
        },
        Resource(path: "approvals", kind: .approval) { s, _ in
            try list(s.dataset.approvals, s, span: { Period(from: $0.date) })
        },
        Resource(path: "publications", kind: .publication) { s, _ in try list(s.dataset.publications, s, span: { _ in .always }) },
        Resource(path: "engagements", kind: .engagement) { s, _ in
            try list(s.dataset.engagements, s, span: { Period(from: $0.started) })
        },
        Resource(path: "recruitments", kind: .recruitment) { s, _ in try list(s.dataset.recruitments, s, span: { _ in .always }) },
        Resource(path: "agreements", kind: .agreement) { s, _ in try list(s.dataset.agreements, s, span: { _ in .always }) },
        Resource(path: "commitments", kind: .commitment) { s, _ in try list(s.dataset.commitments, s, span: { _ in .always }) },
    ]

    /// A kind filed under its own place field.
    private static func list<E: PlaceRecord>(_ records: [E], _ snapshot: LiveSnapshot,
                                             span: (E) -> Period) throws -> [CatalogueEntry] {
        try list(records, snapshot, place: \.place, span: span)
    }

    private static func list<E: Entity>(_ records: [E], _ snapshot: LiveSnapshot, place: (E) -> ID<Place>?,
                                        span: (E) -> Period) throws -> [CatalogueEntry] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try records.map { record in
            CatalogueEntry(id: record.id.rawValue, place: place(record)?.rawValue,
                           version: snapshot.version(of: record.id) ?? 0, span: span(record),
                           json: Array(try encoder.encode(record)))
        }.sorted { $0.id < $1.id }
    }
}

/// The listings of one snapshot, built per kind on first use and dropped when the snapshot moves
/// on: a read is a binary search and a copy of bytes already encoded.
final class Catalogue: Sendable {
    private struct State: Sendable {
        var snapshot: LiveSnapshot?
        var places: RecordPlaces?
        var lists: [String: [CatalogueEntry]] = [:]
    }

    private let state = Locked(State())

    init() {}

    /// The records of `resource` in `snapshot` — only those filed under `place` when it is
    /// given — ordered by identifier. A place's list is drawn from the whole once, so a page of
    /// one place's records never scans the others'.
    func entries(of resource: Resource, in snapshot: LiveSnapshot, place: String? = nil) throws -> [CatalogueEntry] {
        try state.withLock { state in
            if state.snapshot !== snapshot {
                state = State(snapshot: snapshot, places: RecordPlaces(snapshot.dataset))
            }
            let key = place.map { "\(resource.path)\u{0}\($0)" } ?? resource.path
            if let list = state.lists[key] { return list }
            let all: [CatalogueEntry]
            if let list = state.lists[resource.path] {
                all = list
            } else {
                all = try resource.entries(snapshot, state.places ?? RecordPlaces(snapshot.dataset))
                state.lists[resource.path] = all
            }
            guard let place else { return all }
            let list = all.filter { $0.place == place }
            state.lists[key] = list
            return list
        }
    }
}
