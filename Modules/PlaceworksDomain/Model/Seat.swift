/// A seat on a body: the documents' "membership" lines ("Primary Care (x2)" is two seats), each to
/// be filled from a sector and/or a role.
public struct Seat: Entity, Dated {
    public var id: ID<Seat>
    public var body: ID<Body>
    /// As the documents word it, e.g. "Director of Public Health".
    public var title: String
    /// The sectors the seat must be filled from (any of them).
    @Listed public var sectors: [Sector]
    /// The role its holder must have, where one is named.
    public var role: Role?
    /// The place the seat speaks for, e.g. a place partner member of an ICB board.
    public var place: ID<Place>?
    /// The organisation the seat belongs to, where the documents name one.
    public var organisation: ID<Organisation>?
    public var voting: Bool
    @Always public var period: Period
    /// The documents' deadline for filling the seat, where one is recorded: while a recruitment to
    /// the seat is open, a vacancy is noted (info) until then, and reported at the requirement's
    /// severity after it. With no recruitment to the seat open, it changes nothing (GOV-MEM-1).
    public var recruitingUntil: Day?
    /// For a seat the source makes conditional ("if an appropriate network of GPs is established"):
    /// the condition, and the day it was recorded as met (the seat counts as required from then).
    public var condition: SeatCondition?
    /// The requirement that makes the seat required, where a source does (e.g. `LEW-MEM-1`): a
    /// vacancy is reported under that requirement's ID.
    public var requiredBy: RuleID?

    public init(id: ID<Seat>, body: ID<Body>, title: String, sectors: [Sector] = [], role: Role? = nil,
                place: ID<Place>? = nil, organisation: ID<Organisation>? = nil, voting: Bool = true,
                period: Period = .always, recruitingUntil: Day? = nil, condition: SeatCondition? = nil,
                requiredBy: RuleID? = nil) {
        self.condition = condition
        self.requiredBy = requiredBy
        self.recruitingUntil = recruitingUntil
        self.id = id
        self.body = body
        self.title = title
        self.sectors = sectors
        self.role = role
        self.place = place
        self.organisation = organisation
        self.voting = voting
        self.period = period
    }

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .seat }
}

/// A person holds a seat on behalf of an organisation, for a period, with a nominated deputy.
public struct Membership: Entity, Dated {
    public var id: ID<Membership>
    public var seat: ID<Seat>
    public var person: ID<Person>
    public var onBehalfOf: ID<Organisation>?
    @Always public var period: Period
    /// The nominated deputy.
    public var deputy: ID<Person>?
    /// Whether the deputy has been briefed and empowered to act in the member's absence.
    @DefaultFalse public var deputyBriefed: Bool
    /// The person the appointment was agreed with, where the source asks for it (e.g. a provider
    /// collaborative board member "agreed with the ICS Chair", SEL-PC-1).
    public var agreedWith: ID<Person>?
    /// Whether the member has authority to make decisions for the organisation they represent
    /// (nil: not recorded), and its basis (the post they hold there, or a delegation from it).
    public var authorityToDecide: Bool?
    public var authorityBasis: String?

    public init(id: ID<Membership>, seat: ID<Seat>, person: ID<Person>, onBehalfOf: ID<Organisation>? = nil,
                period: Period = .always, deputy: ID<Person>? = nil, deputyBriefed: Bool = false,
                agreedWith: ID<Person>? = nil, authorityToDecide: Bool? = nil, authorityBasis: String? = nil) {
        self.authorityToDecide = authorityToDecide
        self.authorityBasis = authorityBasis
        self.agreedWith = agreedWith
        self.id = id
        self.seat = seat
        self.person = person
        self.onBehalfOf = onBehalfOf
        self.period = period
        self.deputy = deputy
        self.deputyBriefed = deputyBriefed
    }

    public var displayName: String { "membership \(id)" }
    public static var subjectKind: SubjectKind { .membership }
}

/// The condition that makes a seat required, in the source's words, and the day it was met.
public struct SeatCondition: Codable, Sendable, Hashable {
    public var description: String
    public var met: Day?

    public init(_ description: String, met: Day? = nil) {
        self.description = description
        self.met = met
    }

    /// Whether the condition is recorded as met on or before `day`.
    public func isMet(on day: Day) -> Bool { met.map { $0 <= day } ?? false }
}
