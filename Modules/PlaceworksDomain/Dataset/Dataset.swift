/// Everything Placeworks knows about the partnerships, with full history: every entity of every kind.
///
/// Extensions contribute datasets to the registry; a data file is a dataset too. Every fact
/// carries its dates, so one dataset answers "as of" any day (see ``DatasetIndex``).
public struct Dataset: Codable, Sendable, Hashable {
    @Listed public var systems: [ICS]
    @Listed public var places: [Place]
    @Listed public var organisations: [Organisation]
    @Listed public var people: [Person]
    @Listed public var bodies: [Body]
    @Listed public var seats: [Seat]
    @Listed public var memberships: [Membership]
    @Listed public var leadershipRoles: [LeadershipRole]
    @Listed public var delegations: [Delegation]
    @Listed public var budgets: [Budget]
    @Listed public var workstreams: [Workstream]
    @Listed public var milestones: [Milestone]
    @Listed public var risks: [Risk]
    @Listed public var indicators: [Indicator]
    @Listed public var meetings: [Meeting]
    @Listed public var options: [GovernanceOption]
    @Listed public var funds: [Fund]
    @Listed public var accountabilities: [AccountabilityArrangement]
    @Listed public var approvals: [Approval]
    @Listed public var publications: [Publication]
    @Listed public var engagements: [Engagement]
    @Listed public var recruitments: [Recruitment]
    @Listed public var agreements: [Agreement]
    @Listed public var commitments: [Commitment]

    public init(systems: [ICS] = [], places: [Place] = [], organisations: [Organisation] = [],
                people: [Person] = [], bodies: [Body] = [], seats: [Seat] = [], memberships: [Membership] = [],
                leadershipRoles: [LeadershipRole] = [], delegations: [Delegation] = [], budgets: [Budget] = [],
                workstreams: [Workstream] = [], milestones: [Milestone] = [], risks: [Risk] = [],
                indicators: [Indicator] = [], meetings: [Meeting] = [], options: [GovernanceOption] = [],
                funds: [Fund] = [], accountabilities: [AccountabilityArrangement] = [], approvals: [Approval] = [], publications: [Publication] = [], engagements: [Engagement] = [], recruitments: [Recruitment] = [], agreements: [Agreement] = [], commitments: [Commitment] = []) {
        self.systems = systems
        self.places = places
        self.organisations = organisations
        self.people = people
        self.bodies = bodies
        self.seats = seats
        self.memberships = memberships
        self.leadershipRoles = leadershipRoles
        self.delegations = delegations
        self.budgets = budgets
        self.workstreams = workstreams
        self.milestones = milestones
        self.risks = risks
        self.indicators = indicators
        self.meetings = meetings
        self.options = options
        self.funds = funds
        self.accountabilities = accountabilities
        self.approvals = approvals
        self.publications = publications
        self.engagements = engagements
        self.recruitments = recruitments
        self.agreements = agreements
        self.commitments = commitments
    }

    /// The number of records of every kind.
    public var count: Int {
        systems.count + places.count + organisations.count + people.count + bodies.count + seats.count
            + memberships.count + leadershipRoles.count + delegations.count + budgets.count + workstreams.count
            + milestones.count + risks.count + indicators.count + meetings.count + options.count
            + funds.count + accountabilities.count + approvals.count + publications.count + engagements.count + recruitments.count + agreements.count + commitments.count
    }

    /// How `merge` treats a record whose identifier is already present.
    public enum Overlap: Sendable {
        /// Refuse it (two extensions must not define the same record).
        case refuse
        /// The incoming record replaces the present one (a data file restating a registered record).
        case replace
    }

    /// Adds every record of `other`. With `.refuse`, returns the identifiers both datasets define
    /// (as subjects) and adds nothing; with `.replace`, incoming records replace present ones.
    @discardableResult
    public mutating func merge(_ other: Dataset, overlap: Overlap) -> [Subject] {
        var clashes: [Subject] = []
        func combine<E: Entity>(_ mine: inout [E], _ theirs: [E]) {
            let present = Dictionary(mine.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
            var appended: [E] = []
            for record in theirs {
                if let index = present[record.id] {
                    switch overlap {
                    case .refuse: clashes.append(record.subject)
                    case .replace: mine[index] = record
                    }
                } else {
                    appended.append(record)
                }
            }
            mine.append(contentsOf: appended)
        }
        var result = self
        combine(&result.systems, other.systems)
        combine(&result.places, other.places)
        combine(&result.organisations, other.organisations)
        combine(&result.people, other.people)
        combine(&result.bodies, other.bodies)
        combine(&result.seats, other.seats)
        combine(&result.memberships, other.memberships)
        combine(&result.leadershipRoles, other.leadershipRoles)
        combine(&result.delegations, other.delegations)
        combine(&result.budgets, other.budgets)
        combine(&result.workstreams, other.workstreams)
        combine(&result.milestones, other.milestones)
        combine(&result.risks, other.risks)
        combine(&result.indicators, other.indicators)
        combine(&result.meetings, other.meetings)
        combine(&result.options, other.options)
        combine(&result.funds, other.funds)
        combine(&result.accountabilities, other.accountabilities)
        combine(&result.approvals, other.approvals)
        combine(&result.publications, other.publications)
        combine(&result.engagements, other.engagements)
        combine(&result.recruitments, other.recruitments)
        combine(&result.agreements, other.agreements)
        combine(&result.commitments, other.commitments)
        if overlap == .replace || clashes.isEmpty { self = result }
        return clashes
    }

    /// This dataset with `other` merged in, incoming records replacing present ones.
    public func overlaid(with other: Dataset) -> Dataset {
        var copy = self
        copy.merge(other, overlap: .replace)
        return copy
    }
}

extension Dataset.Overlap: Equatable {}

extension Dataset {
    /// The records of this dataset whose identifiers `other` does not hold, kind by kind.
    ///
    /// Loading registered data into a store that people have since edited adds only what is new,
    /// and never overwrites their changes.
    public func records(missingFrom other: Dataset) -> Dataset {
        func missing<E: Entity>(_ mine: [E], _ theirs: [E]) -> [E] {
            let present = Set(theirs.map(\.id))
            return mine.filter { !present.contains($0.id) }
        }
        return Dataset(
            systems: missing(systems, other.systems), places: missing(places, other.places),
            organisations: missing(organisations, other.organisations), people: missing(people, other.people),
            bodies: missing(bodies, other.bodies), seats: missing(seats, other.seats),
            memberships: missing(memberships, other.memberships),
            leadershipRoles: missing(leadershipRoles, other.leadershipRoles),
            delegations: missing(delegations, other.delegations), budgets: missing(budgets, other.budgets),
            workstreams: missing(workstreams, other.workstreams), milestones: missing(milestones, other.milestones),
            risks: missing(risks, other.risks), indicators: missing(indicators, other.indicators),
            meetings: missing(meetings, other.meetings), options: missing(options, other.options),
            funds: missing(funds, other.funds), accountabilities: missing(accountabilities, other.accountabilities), approvals: missing(approvals, other.approvals), publications: missing(publications, other.publications), engagements: missing(engagements, other.engagements), recruitments: missing(recruitments, other.recruitments), agreements: missing(agreements, other.agreements), commitments: missing(commitments, other.commitments))
    }
}
