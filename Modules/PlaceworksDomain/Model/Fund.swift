/// A pooled or aligned budget that partners put money into: a Section 75 pooled fund, the Better
/// Care Fund, a partnership's transformation fund. Amounts are whole pounds; every part is dated
/// (hosts by period, contributions and totals by financial year, allocations by day).
public struct Fund: Entity, Dated {
    public var id: ID<Fund>
    public var place: ID<Place>?
    public var name: String
    /// Whether the partners' money is pooled (one host holds it) or aligned (each keeps its own).
    public var arrangement: FundArrangement?
    /// What sort of fund it is, e.g. `better-care-fund`, `transformation`.
    public var purpose: FundPurpose?
    /// The agreement it is made under (a Section 75 agreement), with its parties and term.
    public var instrument: FundInstrument?
    /// The Health and Wellbeing Board whose area a Better Care Fund pool covers.
    public var healthAndWellbeingBoard: ID<Body>?
    /// Who hosts the pool, by period (empty: not recorded; an aligned budget has none).
    @Listed public var hosts: [FundHost]
    /// Each partner's contribution per financial year.
    @Listed public var contributions: [Contribution]
    /// The total recorded for each financial year, with the stated minimum NHS contribution for
    /// a Better Care Fund pool.
    @Listed public var totals: [FundTotal]
    /// The risk-share terms (nil: not recorded).
    public var riskShare: ShareTerms?
    /// The gain-share terms (nil: not recorded).
    public var gainShare: ShareTerms?
    /// What the fund has been allocated to.
    @Listed public var allocations: [Allocation]
    @Always public var period: Period

    public init(id: ID<Fund>, place: ID<Place>? = nil, name: String, arrangement: FundArrangement? = nil,
                purpose: FundPurpose? = nil, instrument: FundInstrument? = nil,
                healthAndWellbeingBoard: ID<Body>? = nil, hosts: [FundHost] = [], contributions: [Contribution] = [],
                totals: [FundTotal] = [], riskShare: ShareTerms? = nil, gainShare: ShareTerms? = nil,
                allocations: [Allocation] = [], period: Period = .always) {
        self.id = id
        self.place = place
        self.name = name
        self.arrangement = arrangement
        self.purpose = purpose
        self.instrument = instrument
        self.healthAndWellbeingBoard = healthAndWellbeingBoard
        self.hosts = hosts
        self.contributions = contributions
        self.totals = totals
        self.riskShare = riskShare
        self.gainShare = gainShare
        self.allocations = allocations
        self.period = period
    }

    /// The host on `day`, if one is recorded.
    public func host(on day: Day) -> FundHost? { hosts.first { $0.period.contains(day) } }

    /// The contributions recorded for `year`.
    public func contributions(in year: FinancialYear) -> [Contribution] {
        contributions.filter { $0.financialYear == year }
    }

    /// The total recorded for `year`, if any.
    public func total(in year: FinancialYear) -> FundTotal? { totals.first { $0.financialYear == year } }

    public var displayName: String { name }
    public static var subjectKind: SubjectKind { .fund }
}

/// Pooled (one host holds the money) or aligned (each partner keeps its own budget).
public enum FundArrangement: String, Codable, Sendable, CaseIterable, Hashable {
    case pooled, aligned
}

/// What sort of fund it is. Open for extension.
public struct FundPurpose: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let betterCareFund: FundPurpose = "better-care-fund"
    public static let transformation: FundPurpose = "transformation"
    public static let section75Pool: FundPurpose = "section-75-pool"
}

/// The agreement a fund is made under: e.g. a Section 75 agreement between a council and the ICB.
public struct FundInstrument: Codable, Sendable, Hashable {
    public var type: Instrument
    /// How the documents name or reference it.
    public var reference: String?
    /// The organisations party to it.
    @Listed public var parties: [ID<Organisation>]
    /// Its term (from its start to its end).
    @Always public var term: Period

    public init(type: Instrument, reference: String? = nil, parties: [ID<Organisation>] = [], term: Period = .always) {
        self.type = type
        self.reference = reference
        self.parties = parties
        self.term = term
    }
}

/// The organisation hosting a pooled fund for a period.
public struct FundHost: Codable, Sendable, Hashable, Dated {
    public var organisation: ID<Organisation>
    @Always public var period: Period

    public init(organisation: ID<Organisation>, period: Period = .always) {
        self.organisation = organisation
        self.period = period
    }
}

/// One partner's contribution to a fund in a financial year.
public struct Contribution: Codable, Sendable, Hashable {
    public var organisation: ID<Organisation>
    public var financialYear: FinancialYear
    /// In whole pounds (nil: the contribution is recorded but its amount is not).
    public var amount: Int?

    public init(organisation: ID<Organisation>, financialYear: FinancialYear, amount: Int? = nil) {
        self.organisation = organisation
        self.financialYear = financialYear
        self.amount = amount
    }
}

/// A fund's recorded total for a financial year.
public struct FundTotal: Codable, Sendable, Hashable {
    public var financialYear: FinancialYear
    /// In whole pounds.
    public var amount: Int?
    /// For a Better Care Fund pool: the minimum NHS contribution stated for the year, in pounds.
    public var minimumNHSContribution: Int?

    public init(financialYear: FinancialYear, amount: Int? = nil, minimumNHSContribution: Int? = nil) {
        self.financialYear = financialYear
        self.amount = amount
        self.minimumNHSContribution = minimumNHSContribution
    }
}

/// How partners share an overspend (risk) or an underspend (gain): the terms, or that none are agreed.
public struct ShareTerms: Codable, Sendable, Hashable {
    /// The terms in the agreement's words, or where they are set out.
    public var terms: String?
    /// True when the partners have recorded that no terms are agreed.
    @DefaultFalse public var noneAgreed: Bool

    public init(terms: String? = nil, noneAgreed: Bool = false) {
        self.terms = terms
        self.noneAgreed = noneAgreed
    }

    /// Whether the record says something: terms, or that none are agreed (an empty record does not).
    public var isRecorded: Bool { noneAgreed || (terms?.contains { !$0.isWhitespace } ?? false) }
}

/// Money allocated from a fund: how much, when, who decided, and what it supports.
public struct Allocation: Codable, Sendable, Hashable {
    public var amount: Int?
    public var date: Day
    /// The body that decided it.
    public var decidedBy: ID<Body>?
    /// The workstream it supports.
    public var workstream: ID<Workstream>?
    /// The plan priority or enabler it supports, in the plan's words.
    public var priority: String?
    public var purpose: String?

    public init(amount: Int? = nil, date: Day, decidedBy: ID<Body>? = nil, workstream: ID<Workstream>? = nil,
                priority: String? = nil, purpose: String? = nil) {
        self.amount = amount
        self.date = date
        self.decidedBy = decidedBy
        self.workstream = workstream
        self.priority = priority
        self.purpose = purpose
    }
}

/// An amount of money in a financial year, in whole pounds.
public struct YearAmount: Codable, Sendable, Hashable {
    public var financialYear: FinancialYear
    public var amount: Int

    public init(financialYear: FinancialYear, amount: Int) {
        self.financialYear = financialYear
        self.amount = amount
    }
}
