/// A place's delegated budget for a financial year, as lines that sum to a stated total.
/// Amounts are whole pounds.
public struct Budget: Entity {
    public var id: ID<Budget>
    public var place: ID<Place>
    /// The delegation the budget goes with, where recorded.
    public var delegation: ID<Delegation>?
    /// e.g. 2020/21 (written "2020/21" in files; the almost-right "2020-21" is read too).
    public var financialYear: FinancialYear
    /// e.g. "month 12 outturn".
    public var basis: String?
    public var lines: [BudgetLine]
    /// The total the source states, which the lines must sum to.
    public var statedTotal: Int?
    /// What the budget excludes, in the source's words.
    public var excludes: String?
    /// Where place spending is published for residents (NAT-FIN-1, SWK-GOV-6).
    public var publishedAt: String?
    /// Where the principle of equal access for equal need, and the duty to reduce health
    /// inequalities, are recorded.
    public var equityPrinciplesRecorded: String?
    /// How variation from previous CCG budgets is explained.
    public var variationExplained: String?
    /// The minimum NHS contribution to the Better Care Fund, in pounds.
    public var betterCareFundMinimum: Int?

    public init(id: ID<Budget>, place: ID<Place>, delegation: ID<Delegation>? = nil, financialYear: FinancialYear,
                basis: String? = nil, lines: [BudgetLine], statedTotal: Int? = nil, excludes: String? = nil,
                publishedAt: String? = nil, equityPrinciplesRecorded: String? = nil,
                variationExplained: String? = nil, betterCareFundMinimum: Int? = nil) {
        self.id = id
        self.place = place
        self.delegation = delegation
        self.financialYear = financialYear
        self.basis = basis
        self.lines = lines
        self.statedTotal = statedTotal
        self.excludes = excludes
        self.publishedAt = publishedAt
        self.equityPrinciplesRecorded = equityPrinciplesRecorded
        self.variationExplained = variationExplained
        self.betterCareFundMinimum = betterCareFundMinimum
    }

    /// The sum of the lines, in pounds.
    public var total: Int { lines.reduce(0) { $0 + $1.amount } }
    public var displayName: String { "\(financialYear) delegated budget" }
    public static var subjectKind: SubjectKind { .budget }
}

/// One line of a budget, in whole pounds.
public struct BudgetLine: Codable, Sendable, Hashable {
    public var category: String
    public var amount: Int
    public init(_ category: String, amount: Int) {
        self.category = category
        self.amount = amount
    }
}
