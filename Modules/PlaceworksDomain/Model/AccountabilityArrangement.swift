/// How a place answers for its decisions (thriving-places §4 "Accountability arrangements"): how
/// elected members or non-executive directors take part, its relationship with the Health and
/// Wellbeing Board and with health overview and scrutiny, the performance-monitoring role agreed
/// with the ICB.
public struct AccountabilityArrangement: Entity, Dated {
    public var id: ID<AccountabilityArrangement>
    public var place: ID<Place>?
    public var type: AccountabilityType
    /// The other body involved, e.g. the council's health scrutiny committee.
    public var body: ID<Body>?
    /// The other organisation involved, where it is an organisation (e.g. the ICB).
    public var organisation: ID<Organisation>?
    /// How it works, in the documents' words.
    public var mechanism: String?
    public var cadence: Cadence?
    /// Where it is written down.
    public var document: String?
    /// The day it was agreed (nil: not recorded).
    public var agreed: Day?
    @Always public var period: Period

    public init(id: ID<AccountabilityArrangement>, place: ID<Place>? = nil, type: AccountabilityType,
                body: ID<Body>? = nil, organisation: ID<Organisation>? = nil, mechanism: String? = nil,
                cadence: Cadence? = nil, document: String? = nil, agreed: Day? = nil, period: Period = .always) {
        self.id = id
        self.place = place
        self.type = type
        self.body = body
        self.organisation = organisation
        self.mechanism = mechanism
        self.cadence = cadence
        self.document = document
        self.agreed = agreed
        self.period = period
    }

    public var displayName: String { "\(type.label) arrangement" }
    public static var subjectKind: SubjectKind { .accountability }
}

/// The elements of a place's accountability arrangements (NAT-ACC-2).
public enum AccountabilityType: String, Codable, Sendable, CaseIterable, Hashable {
    case electedMemberEngagement = "elected-member-engagement"
    case nonExecutiveEngagement = "non-executive-engagement"
    case healthAndWellbeingBoard = "health-and-wellbeing-board"
    case healthScrutiny = "health-scrutiny"
    case performanceMonitoring = "performance-monitoring"

    public var label: String {
        switch self {
        case .electedMemberEngagement: "elected-member engagement"
        case .nonExecutiveEngagement: "non-executive director engagement"
        case .healthAndWellbeingBoard: "Health and Wellbeing Board relationship"
        case .healthScrutiny: "health overview and scrutiny relationship"
        case .performanceMonitoring: "performance-monitoring role"
        }
    }
}
