/// What a rule knows of one seat on a day: the seat, who holds it, the organisation it speaks
/// for, its sectors, and the roles it carries (its own, and those of its holder's posts that day).
public struct SeatFacts: Sendable {
    public let seat: Seat
    /// The membership holding the seat on the day; nil when it is vacant.
    public let holder: Membership?
    public let organisation: ID<Organisation>?
    public let sectors: Set<Sector>
    /// The seat's own role and the roles of its holder's posts on the day.
    public let roles: Set<Role>
    /// The organisations where the holder has a post on the day.
    public let holderEmployers: Set<ID<Organisation>>
    /// The last day of the window of a recruitment to the seat open on the day — the documents'
    /// deadline recorded on the seat, or else the latest target date of the open recruitments — while
    /// it has not passed. Nil when no recruitment to the seat is open (a date recorded on the seat
    /// alone opens no window), when the open ones give no date, or when the window has passed. Every
    /// seat rule reads vacancies through it, as GOV-MEM-1 does: info inside the window, the
    /// requirement's severity otherwise.
    public let recruitingUntil: Day?

    public init(_ seat: Seat, data: DatasetIndex, on day: Day) {
        self.seat = seat
        holder = data.membership(of: seat.id, on: day)
        organisation = data.organisation(for: seat, on: day)?.id
        sectors = data.sectors(of: seat, on: day)
        var roles = Set(seat.role.map { [$0] } ?? [])
        let posts = holder.flatMap { data.people[$0.person] }?.posts.filter { $0.holds(on: day) } ?? []
        roles.formUnion(posts.compactMap(\.role))
        self.roles = roles
        holderEmployers = Set(posts.map(\.organisation))
        let recruiting = data.recruitments(to: seat.id).filter { $0.isOpen(on: day) }
        recruitingUntil = recruiting.isEmpty ? nil
            : (seat.recruitingUntil ?? recruiting.compactMap(\.target).max()).flatMap { $0 >= day ? $0 : nil }
    }

    /// Whether a person holds the seat on the day.
    public var isHeld: Bool { holder != nil }

    /// The facts of every seat of `body` on `day`, in identifier order. A conditional seat counts
    /// only from the day its condition is recorded as met (GOV-MEM-1).
    public static func of(_ body: ID<Body>, data: DatasetIndex, on day: Day) -> [SeatFacts] {
        data.seats(of: body, on: day).filter { $0.condition?.isMet(on: day) ?? true }
            .sorted { $0.id < $1.id }.map { SeatFacts($0, data: data, on: day) }
    }
}
