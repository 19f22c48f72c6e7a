import PlaceworksDomain

/// The place each record is filed under, worked out as the store does: a record's own `place`,
/// else its parent's (a membership's seat, a meeting's body, a milestone's workstream).
struct RecordPlaces: Sendable {
    private let bodies: [ID<Body>: ID<Place>]
    private let seats: [ID<Seat>: ID<Place>]
    private let workstreams: [ID<Workstream>: ID<Place>]

    init(_ dataset: Dataset) {
        var bodies: [ID<Body>: ID<Place>] = [:]
        for body in dataset.bodies { bodies[body.id] = body.place }
        var seats: [ID<Seat>: ID<Place>] = [:]
        for seat in dataset.seats { seats[seat.id] = seat.place ?? bodies[seat.body] }
        var workstreams: [ID<Workstream>: ID<Place>] = [:]
        for workstream in dataset.workstreams { workstreams[workstream.id] = workstream.place }
        self.bodies = bodies
        self.seats = seats
        self.workstreams = workstreams
    }

    func of(body: ID<Body>?) -> ID<Place>? { body.flatMap { bodies[$0] } }
    func of(seat: ID<Seat>) -> ID<Place>? { seats[seat] }
    func of(workstream: ID<Workstream>?) -> ID<Place>? { workstream.flatMap { workstreams[$0] } }

    func of(_ place: Place) -> ID<Place>? { place.id }
    func of(_ organisation: Organisation) -> ID<Place>? { organisation.place }
    func of(_ body: Body) -> ID<Place>? { body.place }
    func of(_ seat: Seat) -> ID<Place>? { seat.place ?? of(body: seat.body) }
    func of(_ membership: Membership) -> ID<Place>? { of(seat: membership.seat) }
    func of(_ role: LeadershipRole) -> ID<Place>? { role.place ?? of(body: role.body) }
    func of(_ delegation: Delegation) -> ID<Place>? { delegation.place ?? of(body: delegation.toBody) }
    func of(_ budget: Budget) -> ID<Place>? { budget.place }
    func of(_ workstream: Workstream) -> ID<Place>? { workstream.place }
    func of(_ milestone: Milestone) -> ID<Place>? { milestone.place ?? of(workstream: milestone.workstream) }
    func of(_ risk: Risk) -> ID<Place>? { risk.place ?? of(workstream: risk.workstream) ?? of(body: risk.body) }
    func of(_ indicator: Indicator) -> ID<Place>? { indicator.place ?? of(workstream: indicator.workstream) }
    func of(_ meeting: Meeting) -> ID<Place>? { of(body: meeting.body) }
}
