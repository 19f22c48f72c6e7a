import PlaceworksDomain

/// Works out the place a record belongs to, for the `place` column: its own `place` field, or
/// its parent's (a membership's seat, a meeting's body) in the dataset being written. The one
/// definition of where a record is filed: the store files by it, the server scopes editors by it.
public struct PlaceResolver: Sendable {
    private let bodies: [ID<Body>: ID<Place>]
    private let seats: [ID<Seat>: ID<Place>]
    private let workstreams: [ID<Workstream>: ID<Place>]

    public init(_ dataset: Dataset) {
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

    public func of(body: ID<Body>?) -> ID<Place>? { body.flatMap { bodies[$0] } }
    public func of(seat: ID<Seat>) -> ID<Place>? { seats[seat] }
    public func of(workstream: ID<Workstream>?) -> ID<Place>? { workstream.flatMap { workstreams[$0] } }

    public func of(_ place: Place) -> ID<Place>? { place.id }
    public func of(_ organisation: Organisation) -> ID<Place>? { organisation.place }
    public func of(_ body: Body) -> ID<Place>? { body.place }
    public func of(_ seat: Seat) -> ID<Place>? { seat.place ?? of(body: seat.body) }
    public func of(_ membership: Membership) -> ID<Place>? { of(seat: membership.seat) }
    public func of(_ role: LeadershipRole) -> ID<Place>? { role.place ?? of(body: role.body) }
    public func of(_ delegation: Delegation) -> ID<Place>? { delegation.place ?? of(body: delegation.toBody) }
    public func of(_ budget: Budget) -> ID<Place>? { budget.place }
    public func of(_ workstream: Workstream) -> ID<Place>? { workstream.place }
    public func of(_ milestone: Milestone) -> ID<Place>? { milestone.place ?? of(workstream: milestone.workstream) }
    public func of(_ risk: Risk) -> ID<Place>? { risk.place ?? of(workstream: risk.workstream) ?? of(body: risk.body) }
    public func of(_ indicator: Indicator) -> ID<Place>? { indicator.place ?? of(workstream: indicator.workstream) }
    public func of(_ meeting: Meeting) -> ID<Place>? { of(body: meeting.body) }
    /// A fund, approval, publication, engagement, recruitment, agreement, commitment or
    /// accountability arrangement: its own place.
    public func of<R: PlaceRecord>(_ record: R) -> ID<Place>? { record.place }

    /// Whether the body, seat or workstream `key` is filed under another place by `other`.
    func differs(from other: PlaceResolver, at key: RecordKey) -> Bool {
        switch key.kind {
        case .body: bodies[ID(key.id)] != other.bodies[ID(key.id)]
        case .seat: seats[ID(key.id)] != other.seats[ID(key.id)]
        case .workstream: workstreams[ID(key.id)] != other.workstreams[ID(key.id)]
        default: false
        }
    }
}
