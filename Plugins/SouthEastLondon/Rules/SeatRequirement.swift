import PlaceworksDomain

/// What a rule knows of one seat on a day: the seat, the organisation it speaks for, its sectors,
/// and the roles it carries (its own, and those of its holder's posts).
struct SeatFacts: Sendable {
    let seat: Seat
    let organisation: ID<Organisation>?
    let sectors: Set<Sector>
    let roles: Set<Role>

    init(_ seat: Seat, data: DatasetIndex, on day: Day) {
        self.seat = seat
        organisation = data.organisation(for: seat, on: day)?.id
        sectors = data.sectors(of: seat, on: day)
        var roles = Set(seat.role.map { [$0] } ?? [])
        if let holder = data.membership(of: seat.id, on: day).flatMap({ data.people[$0.person] }) {
            roles.formUnion(holder.posts.filter { $0.holds(on: day) }.compactMap(\.role))
        }
        self.roles = roles
    }

    /// The facts of every seat of `body` on `day`.
    static func of(_ body: ID<Body>, data: DatasetIndex, on day: Day) -> [SeatFacts] {
        data.seats(of: body, on: day).map { SeatFacts($0, data: data, on: day) }
    }
}

/// A seat a body must have, named as a board secretary would name it, and how to recognise it.
struct SeatRequirement: Sendable {
    /// e.g. "the Director of Public Health".
    let label: String
    let matches: @Sendable (SeatFacts) -> Bool

    init(_ label: String, matches: @escaping @Sendable (SeatFacts) -> Bool) {
        self.label = label
        self.matches = matches
    }

    /// A seat carrying any of `roles`.
    static func role(_ label: String, _ roles: Role...) -> SeatRequirement {
        SeatRequirement(label) { !$0.roles.isDisjoint(with: roles) }
    }

    /// A seat speaking for `sector`.
    static func sector(_ label: String, _ sector: Sector) -> SeatRequirement {
        SeatRequirement(label) { $0.sectors.contains(sector) }
    }

    /// Whether one of `seats` meets the requirement.
    func isMet(by seats: [SeatFacts]) -> Bool { seats.contains(where: matches) }
}
