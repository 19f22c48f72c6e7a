import PlaceworksDomain
import PlaceworksStore

/// Decides whether a caller may make the changes an edit holds: a viewer makes none; a place
/// editor only changes records filed under its places, before and after the change — so a risk
/// cannot be moved into or out of another place's register through its body or workstream —
/// and may add people (who belong to no place); an ICS admin changes anything.
enum AccessGuard {
    static func check(_ edit: DatasetEdit, by caller: Caller) throws {
        switch caller.role {
        case .icsAdmin: return
        case .viewer: throw forbidden(caller)
        case .placeEditor: break
        }
        let before = RecordPlaces(edit.base.dataset)
        let after = RecordPlaces(edit.dataset)
        for change in try edit.changes() {
            let existed = edit.base.versions[change.key] != nil
            if existed {
                let place = before.place(of: change.key, in: edit.base.dataset)
                if !caller.mayChange(place: place) { throw forbidden(caller, change.key, place) }
            }
            if case let .put(_, place) = change.action {
                if change.key.kind == .person && !existed { continue }
                if !caller.mayChange(place: place) { throw forbidden(caller, change.key, place) }
                for referenced in after.referencedPlaces(of: change.key, in: edit.dataset)
                where !caller.mayChange(place: referenced) {
                    throw Problem(.forbidden, "The token \(caller.name) may change the data of "
                        + "\(caller.places.sorted().joined(separator: ", ")) only; the \(change.key) would refer to "
                        + "a body, seat or workstream of \(referenced).")
                }
            }
        }
    }

    /// Refuses a change to an existing record filed under a place the caller may not change,
    /// before anything is applied.
    static func check(target key: RecordKey, in stored: StoredDataset, by caller: Caller) throws {
        guard stored.versions[key] != nil else { return }  // the operation answers 404
        let dataset = stored.dataset
        switch caller.role {
        case .icsAdmin: return
        case .viewer: throw forbidden(caller)
        case .placeEditor:
            let place = RecordPlaces(dataset).place(of: key, in: dataset)
            if !caller.mayChange(place: place) { throw forbidden(caller, key, place) }
        }
    }

    static func forbidden(_ caller: Caller, _ key: RecordKey? = nil, _ place: String? = nil) -> Problem {
        switch caller.role {
        case .viewer:
            return Problem(.forbidden, "The token \(caller.name) is a viewer's: it reads but cannot change data.")
        default:
            let scope = caller.places.sorted().joined(separator: ", ")
            let target = key.map { "the \($0)" } ?? "this record"
            let filed = place.map { "filed under \($0)" } ?? "not filed under any one place"
            return Problem(.forbidden, "The token \(caller.name) may change the data of \(scope) only; "
                + "\(target) is \(filed).")
        }
    }
}

extension RecordPlaces {
    /// The places of the bodies, seats and workstreams the record `key` refers to in `dataset`
    /// (those filed under no one place, such as the ICS's own bodies, are left out).
    func referencedPlaces(of key: RecordKey, in dataset: Dataset) -> [String] {
        var places: [ID<Place>?] = []
        switch key.kind {
        case .risk:
            if let risk = dataset.risks.first(where: { $0.id.rawValue == key.id }) {
                places = [of(body: risk.body), of(body: risk.escalatedTo), of(workstream: risk.workstream)]
            }
        case .milestone:
            if let milestone = dataset.milestones.first(where: { $0.id.rawValue == key.id }) {
                places = [of(workstream: milestone.workstream)]
            }
        case .indicator:
            if let indicator = dataset.indicators.first(where: { $0.id.rawValue == key.id }) {
                places = [of(workstream: indicator.workstream)]
            }
        case .meeting:
            if let meeting = dataset.meetings.first(where: { $0.id.rawValue == key.id }) { places = [of(body: meeting.body)] }
        case .membership:
            if let membership = dataset.memberships.first(where: { $0.id.rawValue == key.id }) {
                places = [of(seat: membership.seat)]
            }
        default: break
        }
        return places.compactMap { $0?.rawValue }
    }

    /// The place of the record `key` in `dataset`, or nil when it is not there or belongs to no place.
    func place(of key: RecordKey, in dataset: Dataset) -> String? {
        func find<E: Entity>(_ list: [E], _ place: (E) -> ID<Place>?) -> String? {
            list.first { $0.id.rawValue == key.id }.flatMap(place)?.rawValue
        }
        switch key.kind {
        case .ics, .person: return nil
        case .place: return find(dataset.places) { of($0) }
        case .organisation: return find(dataset.organisations) { of($0) }
        case .body: return find(dataset.bodies) { of($0) }
        case .seat: return find(dataset.seats) { of($0) }
        case .membership: return find(dataset.memberships) { of($0) }
        case .leadershipRole: return find(dataset.leadershipRoles) { of($0) }
        case .delegation: return find(dataset.delegations) { of($0) }
        case .budget: return find(dataset.budgets) { of($0) }
        case .workstream: return find(dataset.workstreams) { of($0) }
        case .milestone: return find(dataset.milestones) { of($0) }
        case .risk: return find(dataset.risks) { of($0) }
        case .indicator: return find(dataset.indicators) { of($0) }
        case .meeting: return find(dataset.meetings) { of($0) }
        case .option: return find(dataset.options) { $0.place }
        case .fund: return find(dataset.funds) { of($0) }
        case .accountability: return find(dataset.accountabilities) { of($0) }
        case .approval: return find(dataset.approvals) { of($0) }
        case .publication: return find(dataset.publications) { of($0) }
        case .engagement: return find(dataset.engagements) { of($0) }
        case .recruitment: return find(dataset.recruitments) { of($0) }
        case .agreement: return find(dataset.agreements) { of($0) }
        case .commitment: return find(dataset.commitments) { of($0) }
        }
    }
}
