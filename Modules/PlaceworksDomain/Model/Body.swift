/// A body of a partnership: a board, committee, forum, leadership team, assembly…
///
/// What a body *is* (name, kind, place, lifecycle) is fixed; how it is *constituted* (governance
/// form, convenors, reporting lines, cadence, decision and quorum rules) changes with each
/// version of its terms of reference, so every constitutional fact is dated.
public struct Body: Entity {
    public var id: ID<Body>
    public var name: String
    public var kind: BodyKind
    /// The place it serves; nil for an ICS-level body.
    public var place: ID<Place>?
    /// The ICS it belongs to.
    public var ics: ID<ICS>?
    /// The generation of partnership it belongs to, e.g. "Southwark Alliance (2009)".
    public var generation: String?
    /// The service area it focuses on, for provider collaboratives and networks.
    public var focus: Sector?
    /// Whether the body takes decisions (as opposed to advising or networking).
    public var decisionMaking: Bool
    /// Whether this is the place's partnership committee (in SEL, the Local Care Partnership
    /// committee): the body through which the place discharges delegated functions, and the one
    /// the place-level membership and governance rules check.
    @DefaultFalse public var placeCommittee: Bool
    /// The organisation this body decides for as a whole, where it is that organisation's own
    /// governing body: a trust's or the ICB's board, a CCG's governing body, a council's executive
    /// (Lewisham's Mayor and Cabinet). Such a body is a statutory body's own, not one of the
    /// partnership's arrangements; nil for every other body.
    public var governs: ID<Organisation>?
    /// Dated lifecycle: proposed → shadow → established → dissolved/replaced.
    @Listed public var lifecycle: [LifecycleEvent]
    /// The bodies whose remit this body took over.
    @Listed public var replaces: [ID<Body>]
    /// Its terms of reference, one per adopted version.
    @Listed public var terms: [TermsOfReference]
    /// What it oversees, in the documents' words (e.g. "planning, delivery and budget for delegated non-acute services").
    @Listed public var remit: [String]

    public init(id: ID<Body>, name: String, kind: BodyKind, place: ID<Place>? = nil, ics: ID<ICS>? = nil,
                generation: String? = nil, focus: Sector? = nil, decisionMaking: Bool = true, placeCommittee: Bool = false,
                governs: ID<Organisation>? = nil, lifecycle: [LifecycleEvent] = [], replaces: [ID<Body>] = [],
                terms: [TermsOfReference] = [],
                remit: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.place = place
        self.ics = ics
        self.generation = generation
        self.focus = focus
        self.decisionMaking = decisionMaking
        self.placeCommittee = placeCommittee
        self.governs = governs
        self.lifecycle = lifecycle
        self.replaces = replaces
        self.terms = terms
        self.remit = remit
    }

    public var displayName: String { name }
    public static var subjectKind: SubjectKind { .body }

    /// The lifecycle stage on `day`; nil before the body was first proposed.
    public func stage(on day: Day) -> LifecycleStage? {
        lifecycle.filter { $0.date <= day }.max { $0.date < $1.date }?.stage
    }

    /// Whether the body operates on `day` (in shadow form or established).
    public func isOperating(on day: Day) -> Bool {
        switch stage(on: day) {
        case .shadow, .established: true
        case .proposed, .dissolved, nil: false
        }
    }

    /// Whether the body exists in any form on `day` (proposed, shadow or established).
    public func exists(on day: Day) -> Bool {
        switch stage(on: day) {
        case .proposed, .shadow, .established: true
        case .dissolved, nil: false
        }
    }

    /// The first day of a stage, if the body reached it.
    public func date(of stage: LifecycleStage) -> Day? {
        lifecycle.filter { $0.stage == stage }.map(\.date).min()
    }

    /// The terms of reference in force on `day`: the latest version adopted on or before it.
    public func terms(on day: Day) -> TermsOfReference? {
        terms.filter { $0.adopted <= day }.max { $0.adopted < $1.adopted }
    }
}

/// What sort of body it is.
public enum BodyKind: String, Codable, Sendable, CaseIterable, Hashable {
    case board, committee, jointCommittee = "joint-committee", subCommittee = "sub-committee", forum,
         leadershipTeam = "leadership-team", leadershipCell = "leadership-cell", assembly,
         partnership, providerCollaborative = "provider-collaborative", network, group,
         /// A council's executive: the mayor and cabinet, or the leader and cabinet.
         executive
}

/// The stages of a body's life.
public enum LifecycleStage: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case proposed, shadow, established, dissolved

    public static func < (lhs: LifecycleStage, rhs: LifecycleStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A body entered a stage on a date.
public struct LifecycleEvent: Codable, Sendable, Hashable {
    public var stage: LifecycleStage
    public var date: Day
    public init(_ stage: LifecycleStage, _ date: Day) {
        self.stage = stage
        self.date = date
    }
}

/// The governance forms for place-based partnerships (thriving-places Table 2).
public enum GovernanceForm: String, Codable, Sendable, CaseIterable, Hashable {
    case consultativeForum = "consultative-forum"
    case individualExecutive = "individual-executive"
    case committeeOfStatutoryBody = "committee-of-statutory-body"
    case jointCommittee = "joint-committee"
    /// Committees of each partner meeting together, each exercising its own organisation's
    /// functions (the form Lewisham's §9.1 names beside a joint committee).
    case committeesInCommon = "committees-in-common"
    case leadProvider = "lead-provider"

    /// The five "Governance approaches for place-based partnerships" of thriving-places Table 2, in
    /// its order (committees in common are not among them: Lewisham §9.1 names that form).
    public static let tableTwo: [GovernanceForm] = [
        .consultativeForum, .individualExecutive, .committeeOfStatutoryBody, .jointCommittee, .leadProvider,
    ]

    public var label: String {
        switch self {
        case .consultativeForum: "consultative forum"
        case .individualExecutive: "individual executive (with supporting committee)"
        case .committeeOfStatutoryBody: "committee of a statutory body"
        case .jointCommittee: "joint committee"
        case .committeesInCommon: "committees in common"
        case .leadProvider: "lead provider"
        }
    }
}
