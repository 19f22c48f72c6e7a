import PlaceworksDomain

/// One line of a membership list in the source ("Primary Care (x 2)"): how many seats it names,
/// how a seat is recognised as filling it, and how the shipped seats are recorded.
public struct SeatRequirement: Sendable, Hashable {
    /// What recognises a seat as one of this line's seats.
    public enum Criterion: Sendable, Hashable {
        /// The seat carries this role (e.g. Director of Public Health), whoever employs its holder.
        case role(Role)
        /// The seat speaks for this organisation (e.g. the Lewisham and Greenwich NHS Trust).
        case organisation(ID<Organisation>)
        /// The seat speaks for this sector (its own sectors, or those of the organisation it represents).
        case sector(Sector)
    }

    /// A slug for the shipped seats' identifiers.
    public let key: String
    /// The line as the source words it.
    public let title: String
    /// How many seats the line names.
    public let count: Int
    public let criterion: Criterion
    /// How the shipped seat is recorded: the sectors it is filled from, its role and organisation.
    public let sectors: [Sector]
    public let role: Role?
    public let organisation: ID<Organisation>?

    public init(key: String, title: String, count: Int = 1, criterion: Criterion, sectors: [Sector],
                role: Role? = nil, organisation: ID<Organisation>? = nil) {
        self.key = key
        self.title = title
        self.count = count
        self.criterion = criterion
        self.sectors = sectors
        self.role = role
        self.organisation = organisation
    }

    /// Whether `seat` is one of this line's seats on `day`.
    public func isMet(by seat: Seat, in data: DatasetIndex, on day: Day) -> Bool {
        switch criterion {
        case let .role(role):
            seat.role == role
        case let .organisation(organisation):
            seat.organisation == organisation || data.organisation(for: seat, on: day)?.id == organisation
        case let .sector(sector):
            data.sectors(of: seat, on: day).contains(sector)
        }
    }

    /// The title of seat `number` (from 1) of the line, e.g. "Primary Care (2 of 2)".
    public func title(ofSeat number: Int) -> String {
        count == 1 ? title : "\(title) (\(number) of \(count))"
    }

    /// The seats the line names on `body`, from `from`, all vacant.
    func seats(on body: ID<Body>, idPrefix: String, from: Day) -> [Seat] {
        (1...max(1, count)).map { number in
            Seat(id: ID(count == 1 ? "\(idPrefix)-\(key)" : "\(idPrefix)-\(key)-\(number)"), body: body,
                 title: title(ofSeat: number), sectors: sectors, role: role, organisation: organisation,
                 period: Period(from: from))
        }
    }
}

extension Array where Element == SeatRequirement {
    /// The lines of this list that `seats` do not fill on `day`: one entry per missing seat, with
    /// its number within the line. Each seat fills one line only; lines are filled in list order.
    public func missing(from seats: [Seat], in data: DatasetIndex, on day: Day)
        -> [(requirement: SeatRequirement, number: Int)]
    {
        var unused = seats.sorted { $0.id < $1.id }
        var missing: [(SeatRequirement, Int)] = []
        for requirement in self {
            var found = 0
            while found < requirement.count,
                  let index = unused.firstIndex(where: { requirement.isMet(by: $0, in: data, on: day) }) {
                unused.remove(at: index)
                found += 1
            }
            if found < requirement.count {
                missing += (found + 1...requirement.count).map { (requirement, $0) }
            }
        }
        return missing
    }
}
