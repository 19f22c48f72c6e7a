/// A programme of work (Start Well, Live Well…) with its SRO, leadership cell, aims and milestones.
public struct Workstream: Entity, Dated {
    public var id: ID<Workstream>
    public var place: ID<Place>?
    public var name: String
    /// The senior responsible officer.
    public var sro: ID<Person>?
    /// The body (leadership cell) that runs it.
    public var leadershipCell: ID<Body>?
    /// The body that oversees it.
    public var overseenBy: ID<Body>?
    /// The board member who sponsors it (Southwark Alliance practice, ALL-WS-1).
    public var sponsor: ID<Person>?
    /// The quadruple-aim outcomes it contributes to.
    @Listed public var aims: [QuadrupleAim]
    public var population: String?
    @Listed public var deliverables: [String]
    @Always public var period: Period

    public init(id: ID<Workstream>, place: ID<Place>? = nil, name: String, sro: ID<Person>? = nil,
                leadershipCell: ID<Body>? = nil, overseenBy: ID<Body>? = nil, sponsor: ID<Person>? = nil,
                aims: [QuadrupleAim] = [], population: String? = nil, deliverables: [String] = [],
                period: Period = .always) {
        self.id = id
        self.place = place
        self.name = name
        self.sro = sro
        self.leadershipCell = leadershipCell
        self.overseenBy = overseenBy
        self.sponsor = sponsor
        self.aims = aims
        self.population = population
        self.deliverables = deliverables
        self.period = period
    }

    public var displayName: String { name }
    public static var subjectKind: SubjectKind { .workstream }
}

/// The quadruple aim that frames outcomes.
public enum QuadrupleAim: String, Codable, Sendable, CaseIterable, Hashable {
    case populationHealth = "population-health-and-inequalities"
    case experience = "experience-and-unwarranted-variation"
    case financialSustainability = "financial-sustainability"
    case staffWellbeing = "staff-health-and-wellbeing"

    public var label: String {
        switch self {
        case .populationHealth: "population health and inequalities"
        case .experience: "experience and unwarranted variation"
        case .financialSustainability: "financial sustainability"
        case .staffWellbeing: "staff health and wellbeing"
        }
    }
}

/// A dated step of a plan or workstream.
public struct Milestone: Entity {
    public var id: ID<Milestone>
    public var place: ID<Place>?
    public var workstream: ID<Workstream>?
    public var title: String
    public var due: Day
    public var status: MilestoneStatus
    /// The day it was completed, for a completed milestone.
    public var completed: Day?
    /// How precisely the plan dates it (absent: to the day). A milestone the plan dates "Aug 2020"
    /// is recorded with `due: 2020-08-01, precision: month` and falls due on 31 August 2020.
    public var precision: DatePrecision?
    /// What shows it done: a record (the response sent, the terms endorsed, the decision) or a
    /// document reference.
    public var evidence: RecordReference?
    public var evidenceNote: String?

    public init(id: ID<Milestone>, place: ID<Place>? = nil, workstream: ID<Workstream>? = nil, title: String,
                due: Day, status: MilestoneStatus = .planned, completed: Day? = nil, precision: DatePrecision? = nil,
                evidence: RecordReference? = nil, evidenceNote: String? = nil) {
        self.evidence = evidence
        self.evidenceNote = evidenceNote
        self.id = id
        self.place = place
        self.workstream = workstream
        self.title = title
        self.due = due
        self.status = status
        self.completed = completed
        self.precision = precision
    }

    /// The last day it can be done on time: the due day, or the end of the month, quarter or year
    /// the plan dates it by.
    public var deadline: Day { due.end(of: precision ?? .day) }

    /// The due date as the plan words it, e.g. "August 2020" or "1 April 2022".
    public var dueSpelledOut: String { due.spelledOut(precision ?? .day) }

    /// Whether the milestone is past its deadline and not done on `day`.
    public func isOverdue(on day: Day) -> Bool {
        switch status {
        case .done:
            if let completed { return completed > deadline && day > deadline && completed > day }
            return false
        case .cancelled: return false
        case .planned, .inProgress, .atRisk: return deadline < day
        }
    }

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .milestone }
}

public enum MilestoneStatus: String, Codable, Sendable, CaseIterable, Hashable {
    case planned, inProgress = "in-progress", atRisk = "at-risk", done, cancelled
}
