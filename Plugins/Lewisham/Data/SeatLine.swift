import PlaceworksDomain

/// One line of a membership list in the source ("Primary Care (x 2)"): the requirement it sets —
/// the domain's ``SeatRequirement``, met by a person holding a seat that fills it — and how the
/// extension records the line's shipped, vacant seats.
public struct SeatLine: Sendable {
    /// A slug for the shipped seats' identifiers (`lew-lcp-seat-<key>`).
    public let key: String
    /// What the line requires. Its key names the problem the same way the South East London list
    /// does (`seat:dph`), so one missing seat is reported once, in Lewisham's words.
    public let requirement: SeatRequirement
    /// How a shipped seat is recorded: the sectors it is filled from, its role and organisation.
    public let sectors: [Sector]
    public let role: Role?
    public let organisation: ID<Organisation>?

    public init(key: String, problem: String? = nil, title: String, count: Int = 1,
                criterion: SeatRequirement.Criterion, sectors: [Sector], role: Role? = nil,
                organisation: ID<Organisation>? = nil) {
        self.key = key
        requirement = SeatRequirement(key: problem ?? key, title: title, count: count, criteria: [criterion])
        self.sectors = sectors
        self.role = role
        self.organisation = organisation
    }

    /// The seats the line names on `body`, from `from`, all vacant.
    func seats(on body: ID<Body>, idPrefix: String, from: Day) -> [Seat] {
        let count = requirement.count
        return (1...count).map { number in
            Seat(id: ID(count == 1 ? "\(idPrefix)-\(key)" : "\(idPrefix)-\(key)-\(number)"), body: body,
                 title: requirement.title(ofSeat: number), sectors: sectors, role: role, organisation: organisation,
                 period: Period(from: from))
        }
    }
}
