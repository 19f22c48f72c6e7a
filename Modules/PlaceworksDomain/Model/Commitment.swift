/// A commitment made in a plan (e.g. a recovery commitment), with its cost and any offsetting
/// savings per financial year. The resource available for a plan's commitments is on the plan
/// (``Publication/resourceAvailable``).
public struct Commitment: Entity {
    public var id: ID<Commitment>
    public var place: ID<Place>?
    public var title: String
    /// The plan it is made in.
    public var plan: ID<Publication>?
    public var workstream: ID<Workstream>?
    /// The organisation that owns it.
    public var owner: ID<Organisation>?
    @Listed public var costs: [CommitmentCost]

    public init(id: ID<Commitment>, place: ID<Place>? = nil, title: String, plan: ID<Publication>? = nil,
                workstream: ID<Workstream>? = nil, owner: ID<Organisation>? = nil, costs: [CommitmentCost] = []) {
        self.id = id
        self.place = place
        self.title = title
        self.plan = plan
        self.workstream = workstream
        self.owner = owner
        self.costs = costs
    }

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .commitment }
}

/// A commitment's gross cost and offsetting savings in a financial year, in whole pounds.
public struct CommitmentCost: Codable, Sendable, Hashable {
    public var financialYear: FinancialYear
    public var gross: Int
    /// Savings or offsets set against it (nil: none recorded).
    public var offsets: Int?

    public init(financialYear: FinancialYear, gross: Int, offsets: Int? = nil) {
        self.financialYear = financialYear
        self.gross = gross
        self.offsets = offsets
    }

    /// Gross cost less offsets.
    public var net: Int { gross - (offsets ?? 0) }
}
