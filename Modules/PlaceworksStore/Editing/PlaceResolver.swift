import PlaceworksDomain

/// Works out the place a record belongs to, for the `place` column: its own `place` field, or
/// its parent's (a membership's seat, a meeting's body) in the dataset being written.
struct PlaceResolver {
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

    func place(of body: ID<Body>?) -> ID<Place>? { body.flatMap { bodies[$0] } }
    func place(of seat: ID<Seat>) -> ID<Place>? { seats[seat] }
    func place(of workstream: ID<Workstream>?) -> ID<Place>? { workstream.flatMap { workstreams[$0] } }

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
