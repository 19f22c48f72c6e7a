/// A campaign to fill a leadership role or a seat: its stages, panel and outcome.
public struct Recruitment: Entity {
    public var id: ID<Recruitment>
    public var place: ID<Place>?
    public var title: String
    /// The leadership role it fills.
    public var role: ID<LeadershipRole>?
    /// The seat it fills.
    public var seat: ID<Seat>?
    /// The role description and person specification, and the day it was recorded.
    public var roleDescription: ID<Publication>?
    public var roleDescriptionDated: Day?
    @Listed public var stages: [RecruitmentStage]
    @Listed public var panel: [PanelMember]
    public var opened: Day?
    /// The day it is to be concluded by.
    public var target: Day?
    public var closed: Day?
    public var outcome: RecruitmentOutcome?
    /// Who was appointed.
    public var appointee: ID<Person>?

    public init(id: ID<Recruitment>, place: ID<Place>? = nil, title: String, role: ID<LeadershipRole>? = nil,
                seat: ID<Seat>? = nil, roleDescription: ID<Publication>? = nil, roleDescriptionDated: Day? = nil,
                stages: [RecruitmentStage] = [], panel: [PanelMember] = [], opened: Day? = nil, target: Day? = nil,
                closed: Day? = nil, outcome: RecruitmentOutcome? = nil, appointee: ID<Person>? = nil) {
        self.id = id
        self.place = place
        self.title = title
        self.role = role
        self.seat = seat
        self.roleDescription = roleDescription
        self.roleDescriptionDated = roleDescriptionDated
        self.stages = stages
        self.panel = panel
        self.opened = opened
        self.target = target
        self.closed = closed
        self.outcome = outcome
        self.appointee = appointee
    }

    /// The day it opened: its own, or its first stage's.
    public var opens: Day? { opened ?? stages.compactMap(\.opens).min() }

    /// Whether it is open on `day`: opened on or before it and not closed before it.
    public func isOpen(on day: Day) -> Bool {
        guard let opens, opens <= day else { return false }
        return closed.map { day <= $0 } ?? true
    }

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .recruitment }
}

/// One stage of a recruitment: internal (within the partners) or external.
public struct RecruitmentStage: Codable, Sendable, Hashable {
    public var scope: Scope
    /// Who may apply, in the documents' words.
    public var eligibility: String?
    /// The basis offered, e.g. secondment.
    public var basis: AppointmentBasis?
    public var opens: Day?
    public var closes: Day?
    public var outcome: RecruitmentOutcome?

    public enum Scope: String, Codable, Sendable, CaseIterable, Hashable {
        case `internal`, external
    }

    public init(scope: Scope, eligibility: String? = nil, basis: AppointmentBasis? = nil, opens: Day? = nil,
                closes: Day? = nil, outcome: RecruitmentOutcome? = nil) {
        self.scope = scope
        self.eligibility = eligibility
        self.basis = basis
        self.opens = opens
        self.closes = closes
        self.outcome = outcome
    }
}

public enum RecruitmentOutcome: String, Codable, Sendable, CaseIterable, Hashable {
    case appointed, notAppointed = "not-appointed", withdrawn
}

/// A member of a selection panel: who, from which organisation, speaking for which stakeholders.
public struct PanelMember: Codable, Sendable, Hashable {
    public var person: ID<Person>?
    /// As the documents name them, when there is no person record.
    public var name: String?
    public var organisation: ID<Organisation>?
    public var stakeholder: Stakeholder?

    public init(person: ID<Person>? = nil, name: String? = nil, organisation: ID<Organisation>? = nil,
                stakeholder: Stakeholder? = nil) {
        self.person = person
        self.name = name
        self.organisation = organisation
        self.stakeholder = stakeholder
    }
}

/// The kind of stakeholder a panel member speaks for. Open for extension.
public struct Stakeholder: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let partner: Stakeholder = "partner"
    public static let healthwatch: Stakeholder = "healthwatch"
    public static let voluntarySector: Stakeholder = "vcse"
    public static let serviceUser: Stakeholder = "service-user"
}
