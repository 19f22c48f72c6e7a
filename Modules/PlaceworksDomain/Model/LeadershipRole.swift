/// A leadership role in a partnership (thriving-places Table 3): convenor, executive lead,
/// programme lead — titled as the place titles it (Chair, LCP Director, SRO, COO…).
public struct LeadershipRole: Entity, Dated {
    public var id: ID<LeadershipRole>
    public var title: String
    /// Which of the national kinds of leadership role it is.
    public var kind: LeadershipKind?
    /// The office it fills, e.g. `.executivePlaceLead`, `.chair`.
    public var role: Role
    public var place: ID<Place>?
    /// The body it leads, where it leads one (a Chair chairs a body).
    public var body: ID<Body>?
    public var holder: ID<Person>?
    /// The organisation that employs the holder in this role.
    public var employer: ID<Organisation>?
    /// The organisations that appointed the holder jointly, for a joint appointment.
    @Listed public var jointlyAppointedBy: [ID<Organisation>]
    /// The organisations whose conflict-of-interest policies the holder follows.
    @Listed public var conflictPoliciesOf: [ID<Organisation>]
    public var appointment: Appointment?
    @Always public var period: Period

    public init(id: ID<LeadershipRole>, title: String, kind: LeadershipKind? = nil, role: Role,
                place: ID<Place>? = nil, body: ID<Body>? = nil, holder: ID<Person>? = nil,
                employer: ID<Organisation>? = nil, jointlyAppointedBy: [ID<Organisation>] = [],
                conflictPoliciesOf: [ID<Organisation>] = [], appointment: Appointment? = nil,
                period: Period = .always) {
        self.id = id
        self.title = title
        self.kind = kind
        self.role = role
        self.place = place
        self.body = body
        self.holder = holder
        self.employer = employer
        self.jointlyAppointedBy = jointlyAppointedBy
        self.conflictPoliciesOf = conflictPoliciesOf
        self.appointment = appointment
        self.period = period
    }

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .leadershipRole }
}

/// The kinds of leadership role in national guidance (thriving-places Table 3).
public enum LeadershipKind: String, Codable, Sendable, CaseIterable, Hashable {
    case convenor, executiveLead = "executive-lead", programmeLead = "programme-lead"
}

/// How a leadership role was (or is to be) filled.
public struct Appointment: Codable, Sendable, Hashable {
    public var process: AppointmentProcess
    /// Who sat on the selection panel, e.g. ["partners", "community representatives", "service users"].
    @Listed public var panel: [String]
    /// Who the process was open to, e.g. "senior leaders across the partnership".
    public var openTo: String?
    public var date: Day?
    /// The day the appointment was decided, and the body that decided it.
    public var decided: Day?
    public var decidedBy: ID<Body>?
    /// Shadow, designate, interim or substantive.
    public var status: AppointmentStatus?
    /// Secondment or substantive; a secondee's home organisation and the secondment's end.
    public var basis: AppointmentBasis?
    public var homeOrganisation: ID<Organisation>?
    public var ends: Day?
    /// The recruitment campaign it came from.
    public var recruitment: ID<Recruitment>?

    public init(process: AppointmentProcess, panel: [String] = [], openTo: String? = nil, date: Day? = nil,
                decided: Day? = nil, decidedBy: ID<Body>? = nil, status: AppointmentStatus? = nil,
                basis: AppointmentBasis? = nil, homeOrganisation: ID<Organisation>? = nil, ends: Day? = nil,
                recruitment: ID<Recruitment>? = nil) {
        self.decided = decided
        self.decidedBy = decidedBy
        self.status = status
        self.basis = basis
        self.homeOrganisation = homeOrganisation
        self.ends = ends
        self.recruitment = recruitment
        self.process = process
        self.panel = panel
        self.openTo = openTo
        self.date = date
    }
}

public enum AppointmentProcess: String, Codable, Sendable, CaseIterable, Hashable {
    case openExpressionsOfInterest = "open-expressions-of-interest"
    case jointRecruitment = "joint-recruitment"
    case singleOrganisation = "single-organisation"
    case fromMembership = "from-membership"
    case secondment
    case other
}

/// The standing of an appointment.
public enum AppointmentStatus: String, Codable, Sendable, CaseIterable, Hashable {
    case shadow, designate, interim, substantive
}

/// The basis on which an appointee holds a role.
public enum AppointmentBasis: String, Codable, Sendable, CaseIterable, Hashable {
    case secondment, substantive
}
