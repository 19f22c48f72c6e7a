/// A risk on a register, scored 5×5 (likelihood × impact).
public struct Risk: Entity {
    public var id: ID<Risk>
    public var place: ID<Place>?
    /// The body whose register holds it.
    public var body: ID<Body>?
    public var workstream: ID<Workstream>?
    public var title: String
    public var owner: ID<Person>?
    /// 1 (rare) to 5 (almost certain).
    public var likelihood: Int?
    /// 1 (negligible) to 5 (catastrophic).
    public var impact: Int?
    public var mitigation: String?
    /// When the risk is next to be reviewed.
    public var reviewBy: Day?
    public var opened: Day?
    public var closed: Day?
    /// The board it has been escalated to, for a high-scoring risk.
    public var escalatedTo: ID<Body>?

    public init(id: ID<Risk>, place: ID<Place>? = nil, body: ID<Body>? = nil, workstream: ID<Workstream>? = nil,
                title: String, owner: ID<Person>? = nil, likelihood: Int? = nil, impact: Int? = nil,
                mitigation: String? = nil, reviewBy: Day? = nil, opened: Day? = nil, closed: Day? = nil,
                escalatedTo: ID<Body>? = nil) {
        self.id = id
        self.place = place
        self.body = body
        self.workstream = workstream
        self.title = title
        self.owner = owner
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
        self.reviewBy = reviewBy
        self.opened = opened
        self.closed = closed
        self.escalatedTo = escalatedTo
    }

    /// Likelihood × impact, when both are scored on the 1–5 scale.
    public var score: Int? {
        guard let likelihood, let impact, (1...5).contains(likelihood), (1...5).contains(impact) else { return nil }
        return likelihood * impact
    }

    /// Whether the risk is open on `day`.
    public func isOpen(on day: Day) -> Bool {
        if let opened, day < opened { return false }
        if let closed, day >= closed { return false }
        return true
    }

    /// The score at or above which a risk goes to the board.
    public static let escalationThreshold = 15

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .risk }
}
