/// A dataset indexed for the questions rules ask: lookups by identifier and "who/what, as of
/// this day" queries. Built once per check; cost grows linearly with the data.
public struct DatasetIndex: Sendable {
    public let dataset: Dataset

    public let systems: [ID<ICS>: ICS]
    public let places: [ID<Place>: Place]
    public let organisations: [ID<Organisation>: Organisation]
    public let people: [ID<Person>: Person]
    public let bodies: [ID<Body>: Body]
    public let seats: [ID<Seat>: Seat]
    public let delegationsByID: [ID<Delegation>: Delegation]
    public let leadershipRolesByID: [ID<LeadershipRole>: LeadershipRole]
    public let workstreamsByID: [ID<Workstream>: Workstream]

    private let bodiesByPlace: [ID<Place>: [Body]]
    private let bodiesBySystem: [ID<ICS>: [Body]]
    private let seatsByBody: [ID<Body>: [Seat]]
    private let membershipsBySeat: [ID<Seat>: [Membership]]
    private let meetingsByBody: [ID<Body>: [Meeting]]
    private let placesBySystem: [ID<ICS>: [Place]]
    private let leadershipRolesByPlace: [ID<Place>: [LeadershipRole]]
    private let delegationsByPlace: [ID<Place>: [Delegation]]
    private let workstreamsByPlace: [ID<Place>: [Workstream]]
    private let milestonesByPlace: [ID<Place>: [Milestone]]
    private let risksByPlace: [ID<Place>: [Risk]]
    private let budgetsByPlace: [ID<Place>: [Budget]]
    private let indicatorsByPlace: [ID<Place>: [Indicator]]
    private let optionsByPlace: [ID<Place>: [GovernanceOption]]
    private let recruitmentsBySeat: [ID<Seat>: [Recruitment]]
    private let fundsByPlace: [ID<Place>: [Fund]]
    private let accountabilitiesByPlace: [ID<Place>: [AccountabilityArrangement]]
    private let approvalsByPlace: [ID<Place>: [Approval]]
    private let publicationsByPlace: [ID<Place>: [Publication]]
    private let engagementsByPlace: [ID<Place>: [Engagement]]
    private let recruitmentsByPlace: [ID<Place>: [Recruitment]]
    private let agreementsByPlace: [ID<Place>: [Agreement]]
    private let commitmentsByPlace: [ID<Place>: [Commitment]]
    /// The decisions taken under each delegation (``Decision/exercises``), with their meetings.
    private let decisionsByDelegation: [ID<Delegation>: [ExercisedDecision]]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        func byID<E: Entity>(_ list: [E]) -> [ID<E>: E] {
            Dictionary(list.map { ($0.id, $0) }) { first, _ in first }
        }
        systems = byID(dataset.systems)
        places = byID(dataset.places)
        organisations = byID(dataset.organisations)
        people = byID(dataset.people)
        bodies = byID(dataset.bodies)
        seats = byID(dataset.seats)
        delegationsByID = byID(dataset.delegations)
        leadershipRolesByID = byID(dataset.leadershipRoles)
        workstreamsByID = byID(dataset.workstreams)
        bodiesByPlace = Dictionary(grouping: dataset.bodies.filter { $0.place != nil }) { $0.place! }
        bodiesBySystem = Dictionary(grouping: dataset.bodies.filter { $0.place == nil && $0.ics != nil }) { $0.ics! }
        seatsByBody = Dictionary(grouping: dataset.seats, by: \.body)
        membershipsBySeat = Dictionary(grouping: dataset.memberships, by: \.seat)
        meetingsByBody = Dictionary(grouping: dataset.meetings, by: \.body)
        placesBySystem = Dictionary(grouping: dataset.places.filter { $0.ics != nil }) { $0.ics! }
        func byPlace<E>(_ list: [E], _ place: (E) -> ID<Place>?) -> [ID<Place>: [E]] {
            Dictionary(grouping: list.filter { place($0) != nil }) { place($0)! }
        }
        leadershipRolesByPlace = byPlace(dataset.leadershipRoles, \.place)
        workstreamsByPlace = byPlace(dataset.workstreams, \.place)
        milestonesByPlace = byPlace(dataset.milestones, \.place)
        risksByPlace = byPlace(dataset.risks, \.place)
        budgetsByPlace = byPlace(dataset.budgets) { $0.place }
        indicatorsByPlace = byPlace(dataset.indicators, \.place)
        optionsByPlace = byPlace(dataset.options) { $0.place }
        recruitmentsBySeat = Dictionary(grouping: dataset.recruitments.filter { $0.seat != nil }) { $0.seat! }
        fundsByPlace = byPlace(dataset.funds, \.place)
        accountabilitiesByPlace = byPlace(dataset.accountabilities, \.place)
        approvalsByPlace = byPlace(dataset.approvals, \.place)
        publicationsByPlace = byPlace(dataset.publications, \.place)
        engagementsByPlace = byPlace(dataset.engagements, \.place)
        recruitmentsByPlace = byPlace(dataset.recruitments, \.place)
        agreementsByPlace = byPlace(dataset.agreements, \.place)
        commitmentsByPlace = byPlace(dataset.commitments, \.place)
        var exercised: [ID<Delegation>: [ExercisedDecision]] = [:]
        for meeting in dataset.meetings {
            for decision in meeting.items.compactMap(\.decision) {
                guard let delegation = decision.exercises else { continue }
                exercised[delegation, default: []].append(ExercisedDecision(meeting: meeting, decision: decision))
            }
        }
        decisionsByDelegation = exercised
        // A delegation belongs to a place through its own field, its body's or its role's.
        let bodies = self.bodies, roles = leadershipRolesByID
        delegationsByPlace = Dictionary(grouping: dataset.delegations.flatMap { delegation -> [(ID<Place>, Delegation)] in
            let places = Set([delegation.place, delegation.toBody.flatMap { bodies[$0]?.place },
                              delegation.toRole.flatMap { roles[$0]?.place }].compactMap { $0 })
            return places.map { ($0, delegation) }
        }, by: \.0).mapValues { $0.map(\.1) }
    }

    // MARK: Places and systems

    /// The places of an ICS.
    public func places(in system: ID<ICS>) -> [Place] { placesBySystem[system] ?? [] }

    /// The ICS-level bodies of an ICS (bodies with no place).
    public func bodies(of system: ID<ICS>) -> [Body] { bodiesBySystem[system] ?? [] }

    // MARK: Bodies

    /// Every body of a place, whatever its stage.
    public func bodies(in place: ID<Place>) -> [Body] { bodiesByPlace[place] ?? [] }

    /// The bodies of a place that operate (shadow or established) on `day`.
    public func operatingBodies(in place: ID<Place>, on day: Day) -> [Body] {
        bodies(in: place).filter { $0.isOperating(on: day) }
    }

    /// The bodies of a place that operate on `day` and take decisions.
    public func decisionMakingBodies(in place: ID<Place>, on day: Day) -> [Body] {
        operatingBodies(in: place, on: day).filter(\.decisionMaking)
    }

    /// The place's partnership committee on `day`: the operating body flagged `placeCommittee`,
    /// preferring an established one to one in shadow form. Nil when the place has none recorded —
    /// place rules then skip the place and NAT-ICS-1 reports what is missing.
    public func placeCommittee(of place: ID<Place>, on day: Day) -> Body? {
        operatingBodies(in: place, on: day)
            .filter(\.placeCommittee)
            .min { lhs, rhs in
                let l = lhs.stage(on: day) == .established ? 0 : 1
                let r = rhs.stage(on: day) == .established ? 0 : 1
                return (l, lhs.id.rawValue) < (r, rhs.id.rawValue)
            }
    }

    // MARK: Seats and members

    /// The seats of a body on `day`.
    public func seats(of body: ID<Body>, on day: Day) -> [Seat] {
        (seatsByBody[body] ?? []).filter { $0.holds(on: day) }
    }

    /// The membership filling a seat on `day`, if any.
    public func membership(of seat: ID<Seat>, on day: Day) -> Membership? {
        (membershipsBySeat[seat] ?? []).first { $0.holds(on: day) }
    }

    /// Every membership of a seat, over all time.
    public func memberships(of seat: ID<Seat>) -> [Membership] { membershipsBySeat[seat] ?? [] }

    /// The body's seats on `day`, each with the membership filling it (nil when vacant).
    public func members(of body: ID<Body>, on day: Day) -> [(seat: Seat, membership: Membership?)] {
        seats(of: body, on: day).map { ($0, membership(of: $0.id, on: day)) }
    }

    /// The people holding a seat on the body on `day`.
    public func memberPeople(of body: ID<Body>, on day: Day) -> Set<ID<Person>> {
        Set(members(of: body, on: day).compactMap { $0.membership?.person })
    }

    /// The organisation a seat's holder represents on `day`, or the seat's own organisation.
    public func organisation(for seat: Seat, on day: Day) -> Organisation? {
        let id = membership(of: seat.id, on: day)?.onBehalfOf ?? seat.organisation
        return id.flatMap { organisations[$0] }
    }

    /// The organisations that are partners of a body on `day`, statutory or not: those convening it
    /// (its terms in force) and those its seats speak for.
    public func partnerOrganisations(of body: ID<Body>, on day: Day) -> Set<ID<Organisation>> {
        let convenors = bodies[body]?.terms(on: day)?.convenedBy ?? []
        let represented = seats(of: body, on: day).compactMap { organisation(for: $0, on: day)?.id }
        return Set(convenors + represented)
    }

    /// The sectors a seat speaks for: its own, or else those of the organisation it represents.
    public func sectors(of seat: Seat, on day: Day) -> Set<Sector> {
        if !seat.sectors.isEmpty { return Set(seat.sectors) }
        return Set(organisation(for: seat, on: day)?.sectors ?? [])
    }

    // MARK: Leadership and delegation

    /// The leadership roles of a place that hold on `day`.
    public func leadershipRoles(in place: ID<Place>, on day: Day) -> [LeadershipRole] {
        (leadershipRolesByPlace[place] ?? []).filter { $0.holds(on: day) }
    }

    /// Every leadership role recorded for a place, whatever its period (e.g. a role whose record
    /// starts after the decision appointing its first holder).
    public func leadershipRoles(in place: ID<Place>) -> [LeadershipRole] {
        leadershipRolesByPlace[place] ?? []
    }

    /// The leadership role of a place with the given office on `day` (e.g. `.executivePlaceLead`).
    public func leadershipRole(_ role: Role, in place: ID<Place>, on day: Day) -> LeadershipRole? {
        leadershipRoles(in: place, on: day).first { $0.role == role }
    }

    /// The delegations to a place that hold on `day`.
    public func delegations(in place: ID<Place>, on day: Day) -> [Delegation] {
        (delegationsByPlace[place] ?? []).filter { $0.holds(on: day) }
    }

    // MARK: Delivery

    public func workstreams(in place: ID<Place>, on day: Day) -> [Workstream] {
        (workstreamsByPlace[place] ?? []).filter { $0.holds(on: day) }
    }

    public func milestones(in place: ID<Place>) -> [Milestone] {
        milestonesByPlace[place] ?? []
    }

    /// The risks of a place open on `day`.
    public func openRisks(in place: ID<Place>, on day: Day) -> [Risk] {
        (risksByPlace[place] ?? []).filter { $0.isOpen(on: day) }
    }

    public func budgets(in place: ID<Place>) -> [Budget] {
        budgetsByPlace[place] ?? []
    }

    public func indicators(in place: ID<Place>) -> [Indicator] {
        indicatorsByPlace[place] ?? []
    }

    /// The meetings of a body held on or before `day`, oldest first.
    public func meetings(of body: ID<Body>, through day: Day) -> [Meeting] {
        (meetingsByBody[body] ?? []).filter { $0.date <= day }.sorted { $0.date < $1.date }
    }

    public func options(in place: ID<Place>) -> [GovernanceOption] {
        optionsByPlace[place] ?? []
    }

    // MARK: Accountability, funding, engagement and recruitment

    /// The pooled and aligned budgets of a place.
    public func funds(in place: ID<Place>) -> [Fund] { fundsByPlace[place] ?? [] }

    /// The accountability arrangements of a place in force on `day`.
    public func accountabilities(in place: ID<Place>, on day: Day) -> [AccountabilityArrangement] {
        (accountabilitiesByPlace[place] ?? []).filter { $0.holds(on: day) }
    }

    /// The approvals filed under a place.
    public func approvals(in place: ID<Place>) -> [Approval] { approvalsByPlace[place] ?? [] }

    /// Every approval of the record `subject`, wherever it is filed.
    public func approvals<E: Entity>(of subject: ID<E>) -> [Approval] {
        dataset.approvals.filter { $0.subject.refers(to: subject) }
    }

    /// The organisations an approval was given for: its recorded organisation, or else those the
    /// approving body acts for on the approval's day (``organisations(actingThrough:on:)``).
    public func approvingOrganisations(of approval: Approval) -> Set<ID<Organisation>> {
        if let organisation = approval.organisation { return [organisation] }
        return approval.approvedBy.map { organisations(actingThrough: $0, on: approval.date) } ?? []
    }

    /// The organisations a body decides for on `day`: the organisation it governs, those convening
    /// it, and the ICB for its ICS's board (the organisation with the system's ODS code) — e.g. an
    /// ICB board decides for the ICB, Mayor and Cabinet for the council. Empty when nothing recorded
    /// says whom it decides for.
    public func organisations(actingThrough body: ID<Body>, on day: Day) -> Set<ID<Organisation>> {
        guard let record = bodies[body] else { return [] }
        return Set(record.terms(on: day)?.convenedBy ?? []).union(organisations(governedBy: body))
    }

    /// An organisation's name, or its identifier when it is not recorded.
    public func name(of organisation: ID<Organisation>) -> String {
        organisations[organisation]?.name ?? organisation.rawValue
    }

    /// The organisations a body decides for as a whole: the one it `governs`, and the ICB for its
    /// ICS's board (the organisation with the system's ODS code). Its convenors are not among them:
    /// a committee decides for its convenors only within what they give it.
    public func organisations(governedBy body: ID<Body>) -> Set<ID<Organisation>> {
        guard let record = bodies[body] else { return [] }
        var governed = Set(record.governs.map { [$0] } ?? [])
        if let system = record.ics.flatMap({ systems[$0] }), system.board == body, let code = system.odsCode {
            governed.formUnion(organisations.values.filter { $0.id.rawValue == code || $0.odsCode == code }.map(\.id))
        }
        return governed
    }

    public func publications(in place: ID<Place>) -> [Publication] { publicationsByPlace[place] ?? [] }

    public func engagements(in place: ID<Place>) -> [Engagement] { engagementsByPlace[place] ?? [] }

    public func recruitments(in place: ID<Place>) -> [Recruitment] { recruitmentsByPlace[place] ?? [] }

    /// The recruitments to a seat, wherever they are filed.
    public func recruitments(to seat: ID<Seat>) -> [Recruitment] { recruitmentsBySeat[seat] ?? [] }

    public func agreements(in place: ID<Place>) -> [Agreement] { agreementsByPlace[place] ?? [] }

    public func commitments(in place: ID<Place>) -> [Commitment] { commitmentsByPlace[place] ?? [] }

    /// The decisions taken under `delegation`, with the meetings that took them, in the dataset's order.
    public func decisions(exercising delegation: ID<Delegation>) -> [ExercisedDecision] {
        decisionsByDelegation[delegation] ?? []
    }
}

/// A decision taken under a delegation, and the meeting that took it.
public struct ExercisedDecision: Sendable {
    public let meeting: Meeting
    public let decision: Decision
}
