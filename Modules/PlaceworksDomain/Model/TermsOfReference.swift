/// One adopted version of a body's terms of reference: how the body is constituted from `adopted` on.
public struct TermsOfReference: Codable, Sendable, Hashable {
    public var version: String
    public var adopted: Day
    /// The governance form (thriving-places Table 2); nil when the body has none (e.g. an advisory forum).
    public var form: GovernanceForm?
    /// The statutory bodies that convene it (set its terms of reference and scope).
    @Listed public var convenedBy: [ID<Organisation>]
    /// Whom it reports to, and how. A body may report to several.
    @Listed public var reportsTo: [ReportingLine]
    public var cadence: Cadence?
    public var decisionRule: DecisionRule?
    public var quorum: QuorumRule?
    /// Whether a nominated deputy may act (count towards quorum, take part in decisions) for a member.
    @DefaultFalse public var deputiesMayAct: Bool
    public var sessions: Sessions?
    /// Set when the convening statutory body has recorded that it considers participation by
    /// non-statutory providers appropriate (NAT-GOV-2): where that is recorded.
    public var nonStatutoryParticipationApproved: String?
    /// The agreed process for managing conflicts of interest, where the terms state one.
    public var conflictsOfInterestPolicy: String?
    /// Functions the terms reserve to the body (what it may decide).
    @Listed public var functions: [String]
    /// How disagreement between partners is managed (text or reference; nil: not stated).
    public var disagreementProcedure: String?
    /// Whether a lead member is required (nil: not stated), and the seat that holds that role.
    public var leadMemberRequired: Bool?
    public var leadMemberSeat: ID<Seat>?
    /// The seats that carry no decision-making rights: a list, possibly empty, recorded as such
    /// (nil: not stated — a default does not count).
    public var seatsWithoutDecisionRights: [ID<Seat>]?

    public init(version: String, adopted: Day, form: GovernanceForm? = nil, convenedBy: [ID<Organisation>] = [],
                reportsTo: [ReportingLine] = [], cadence: Cadence? = nil, decisionRule: DecisionRule? = nil,
                quorum: QuorumRule? = nil, deputiesMayAct: Bool = false, sessions: Sessions? = nil,
                nonStatutoryParticipationApproved: String? = nil, conflictsOfInterestPolicy: String? = nil,
                functions: [String] = [], disagreementProcedure: String? = nil, leadMemberRequired: Bool? = nil,
                leadMemberSeat: ID<Seat>? = nil, seatsWithoutDecisionRights: [ID<Seat>]? = nil) {
        self.disagreementProcedure = disagreementProcedure
        self.leadMemberRequired = leadMemberRequired
        self.leadMemberSeat = leadMemberSeat
        self.seatsWithoutDecisionRights = seatsWithoutDecisionRights
        self.version = version
        self.adopted = adopted
        self.form = form
        self.convenedBy = convenedBy
        self.reportsTo = reportsTo
        self.cadence = cadence
        self.decisionRule = decisionRule
        self.quorum = quorum
        self.deputiesMayAct = deputiesMayAct
        self.sessions = sessions
        self.nonStatutoryParticipationApproved = nonStatutoryParticipationApproved
        self.conflictsOfInterestPolicy = conflictsOfInterestPolicy
        self.functions = functions
    }
}

/// A reporting line from a body to another body.
public struct ReportingLine: Codable, Sendable, Hashable {
    public var to: ID<Body>
    public var relation: Relation

    public enum Relation: String, Codable, Sendable, CaseIterable, Hashable {
        /// The body is a committee of `to` (a statutory body's board).
        case committeeOf = "committee-of"
        /// The body is a sub-committee of `to`.
        case subCommitteeOf = "sub-committee-of"
        /// The body reports into `to` without being part of it.
        case reportsTo = "reports-to"
        /// The body advises `to`.
        case advises
    }

    public init(to: ID<Body>, _ relation: Relation) {
        self.to = to
        self.relation = relation
    }
}

/// How often a body meets.
public enum Cadence: String, Codable, Sendable, CaseIterable, Hashable {
    case weekly, fortnightly, monthly, bimonthly, quarterly, biannually, annually

    /// The longest gap, in days, between meetings at this cadence (with a week's grace).
    public var maximumGapDays: Int {
        switch self {
        case .weekly: 7 + 7
        case .fortnightly: 14 + 7
        case .monthly: 31 + 7
        case .bimonthly: 62 + 7
        case .quarterly: 92 + 7
        case .biannually: 184 + 7
        case .annually: 366 + 7
        }
    }

    /// Whether meeting at this cadence is at least as often as `other`.
    public func isAtLeastAsFrequent(as other: Cadence) -> Bool { maximumGapDays <= other.maximumGapDays }
}

/// How a body takes decisions.
public enum DecisionRule: String, Codable, Sendable, CaseIterable, Hashable {
    case consensus, majority, individualExecutive = "individual-executive"
}

/// Whether a body meets in public.
public enum Sessions: String, Codable, Sendable, CaseIterable, Hashable {
    /// Meets in public, with the opportunity for private sessions.
    case publicWithPrivate = "public-with-private"
    case `public`
    case `private`

    public var meetsInPublic: Bool { self != .private }
}

/// When a meeting of a body is quorate.
///
/// ```swift
/// // A third of voting members, including someone from the ICB and from the council.
/// QuorumRule(fraction: Fraction(1, 3), mustInclude: [.icb, .localAuthority])
/// ```
public struct QuorumRule: Codable, Sendable, Hashable {
    /// At least this many voting members present.
    public var minimum: Int?
    /// At least this share of the body's voting seats present.
    public var fraction: Fraction?
    /// At least one voting member present from each of these sectors.
    @Listed public var mustInclude: [Sector]

    public init(minimum: Int? = nil, fraction: Fraction? = nil, mustInclude: [Sector] = []) {
        self.minimum = minimum
        self.fraction = fraction
        self.mustInclude = mustInclude
    }

    /// How many of `votingSeats` must be present.
    public func required(votingSeats: Int) -> Int {
        var needed = minimum ?? 1
        if let fraction {
            let share = (votingSeats * fraction.numerator + fraction.denominator - 1) / fraction.denominator
            needed = max(needed, share)
        }
        return needed
    }
}

/// A share such as one third.
public struct Fraction: Codable, Sendable, Hashable, CustomStringConvertible {
    public var numerator: Int
    public var denominator: Int
    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = max(1, denominator)
    }
    public var description: String { "\(numerator)/\(denominator)" }
}
