import PlaceworksDomain

/// What the data holds of each kind on a day, for one place or all: the one answer to "list the
/// risks of Southwark as of 1 April 2022" that the command line, the reports and the server share.
/// Records come in the dataset's order, meetings by date.
public struct Selection: Sendable {
    public let index: DatasetIndex
    /// Only this place's records (nil: every place's, and records of no place).
    public let place: ID<Place>?
    public let asOf: Day

    public init(index: DatasetIndex, place: ID<Place>?, asOf: Day) {
        self.index = index
        self.place = place
        self.asOf = asOf
    }

    private var data: Dataset { index.dataset }

    /// Whether a record filed under `id` is in scope.
    public func inPlace(_ id: ID<Place>?) -> Bool { place == nil || id == place }

    public var places: [Place] { data.places.filter { inPlace($0.id) } }

    public var organisations: [Organisation] {
        data.organisations.filter { inPlace($0.place) && $0.holds(on: asOf) }
    }

    /// Bodies that exist on the day.
    public var bodies: [Body] { data.bodies.filter { inPlace($0.place) && $0.exists(on: asOf) } }

    /// Seats on those bodies that exist on the day.
    public var seats: [Seat] {
        let ids = Set(bodies.map(\.id))
        return data.seats.filter { ids.contains($0.body) && $0.holds(on: asOf) }
    }

    /// Each of those seats with its membership on the day (nil: vacant).
    public var members: [(seat: Seat, membership: Membership?)] {
        seats.map { ($0, index.membership(of: $0.id, on: asOf)) }
    }

    public var roles: [LeadershipRole] { data.leadershipRoles.filter { inPlace($0.place) && $0.holds(on: asOf) } }

    public var delegations: [Delegation] { places.flatMap { index.delegations(in: $0.id, on: asOf) } }

    public var budgets: [Budget] { data.budgets.filter { inPlace($0.place) } }

    public var workstreams: [Workstream] { data.workstreams.filter { inPlace($0.place) && $0.holds(on: asOf) } }

    public var milestones: [Milestone] { data.milestones.filter { inPlace($0.place) } }

    /// Risks open on the day.
    public var risks: [Risk] { data.risks.filter { inPlace($0.place) && $0.isOpen(on: asOf) } }

    public var indicators: [Indicator] { data.indicators.filter { inPlace($0.place) } }

    /// Pooled and aligned budgets in force on the day.
    public var funds: [Fund] { data.funds.filter { inPlace($0.place) && $0.holds(on: asOf) } }

    /// Accountability arrangements in force on the day.
    public var accountabilities: [AccountabilityArrangement] {
        data.accountabilities.filter { inPlace($0.place) && $0.holds(on: asOf) }
    }

    /// Approvals given on or before the day.
    public var approvals: [Approval] { data.approvals.filter { inPlace($0.place) && $0.date <= asOf } }

    public var publications: [Publication] { data.publications.filter { inPlace($0.place) } }

    /// Engagement exercises and activities started on or before the day.
    public var engagements: [Engagement] { data.engagements.filter { inPlace($0.place) && $0.started <= asOf } }

    public var recruitments: [Recruitment] { data.recruitments.filter { inPlace($0.place) } }

    public var agreements: [Agreement] { data.agreements.filter { inPlace($0.place) } }

    public var commitments: [Commitment] { data.commitments.filter { inPlace($0.place) } }

    /// Meetings held up to the day, oldest first.
    public var meetings: [Meeting] {
        data.meetings.filter { meeting in
            meeting.date <= asOf && inPlace(index.bodies[meeting.body]?.place)
        }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// Decisions of those meetings, with the meeting each was taken at.
    public var decisions: [(meeting: Meeting, decision: Decision)] {
        meetings.flatMap { meeting in meeting.items.compactMap(\.decision).map { (meeting, $0) } }
    }
}
