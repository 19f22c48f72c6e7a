/// A statutory body delegates functions to a body or an individual under an instrument.
/// The delegator keeps accountability for the functions (NAT-ACC-1).
public struct Delegation: Entity, Dated {
    public var id: ID<Delegation>
    /// The statutory organisation that delegates.
    public var delegator: ID<Organisation>
    /// The body the functions are delegated to, where it is a body.
    public var toBody: ID<Body>?
    /// The leadership role the functions are delegated to, where it is an individual.
    public var toRole: ID<LeadershipRole>?
    /// The organisation the functions are contracted to, where it is one (a lead provider's
    /// subcontract with another provider in scope, NAT-GOV-5).
    public var toOrganisation: ID<Organisation>?
    public var place: ID<Place>?
    public var functions: [DelegatedFunction]
    public var instrument: Instrument?
    /// How the delegator assures itself of the delegated functions (governance and assurance arrangements).
    public var assurance: String?
    @Always public var period: Period
    /// The decision of the delegating body that agreed it, or the recorded transfer of an
    /// arrangement inherited from a predecessor (nil: not recorded).
    public var agreedBy: DelegationDecision?

    public init(id: ID<Delegation>, delegator: ID<Organisation>, toBody: ID<Body>? = nil,
                toRole: ID<LeadershipRole>? = nil, place: ID<Place>? = nil, functions: [DelegatedFunction],
                instrument: Instrument? = nil, assurance: String? = nil, period: Period = .always,
                toOrganisation: ID<Organisation>? = nil, agreedBy: DelegationDecision? = nil) {
        self.agreedBy = agreedBy
        self.toOrganisation = toOrganisation
        self.id = id
        self.delegator = delegator
        self.toBody = toBody
        self.toRole = toRole
        self.place = place
        self.functions = functions
        self.instrument = instrument
        self.assurance = assurance
        self.period = period
    }

    public var displayName: String { "delegation \(id)" }
    public static var subjectKind: SubjectKind { .delegation }
}

/// A function delegated to a place, e.g. prescribing. Open for extension.
public struct DelegatedFunction: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let primaryCare: DelegatedFunction = "primary-care"
    public static let communityPhysicalHealth: DelegatedFunction = "community-physical-health"
    public static let communityMentalHealth: DelegatedFunction = "community-mental-health"
    public static let prescribing: DelegatedFunction = "prescribing"
    public static let continuingHealthcare: DelegatedFunction = "continuing-healthcare"
    public static let clientGroups: DelegatedFunction = "client-groups"
    public static let childrenAndYoungPeople: DelegatedFunction = "children-and-young-people"
    public static let adultSocialCare: DelegatedFunction = "adult-social-care"
    public static let betterCareFund: DelegatedFunction = "better-care-fund"
}

/// The legal instrument under which functions are delegated.
public enum Instrument: String, Codable, Sendable, CaseIterable, Hashable {
    case schemeOfReservationAndDelegation = "scheme-of-reservation-and-delegation"
    case section75 = "section-75"
    case contract
    case other

    public var label: String {
        switch self {
        case .schemeOfReservationAndDelegation: "scheme of reservation and delegation"
        case .section75: "Section 75 agreement"
        case .contract: "contract"
        case .other: "other instrument"
        }
    }
}

/// The decision that agreed a delegation: the delegating body, meeting and decision, the day, and
/// the constitution or scheme of reservation and delegation it was taken under — or, for an
/// arrangement inherited from a predecessor, the recorded transfer.
public struct DelegationDecision: Codable, Sendable, Hashable {
    /// The body that decided (e.g. the ICB board).
    public var body: ID<Body>?
    public var meeting: ID<Meeting>?
    /// The decision's identifier on that meeting.
    public var decision: String?
    public var date: Day
    /// The constitution or scheme of reservation and delegation it was taken under.
    public var constitutionReference: String?
    /// For an inherited arrangement: the predecessor it was transferred from (a CCG; an existing
    /// Section 75 agreement's party).
    public var transferredFrom: ID<Organisation>?
    /// Where the transfer is recorded.
    public var transferReference: String?

    public init(body: ID<Body>? = nil, meeting: ID<Meeting>? = nil, decision: String? = nil, date: Day,
                constitutionReference: String? = nil, transferredFrom: ID<Organisation>? = nil,
                transferReference: String? = nil) {
        self.body = body
        self.meeting = meeting
        self.decision = decision
        self.date = date
        self.constitutionReference = constitutionReference
        self.transferredFrom = transferredFrom
        self.transferReference = transferReference
    }

    /// Whether it records a transfer from a predecessor rather than a new decision.
    public var isTransfer: Bool { transferredFrom != nil }
}
