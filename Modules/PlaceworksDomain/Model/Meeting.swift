/// A meeting of a body: who attended in what capacity, what was declared and decided.
public struct Meeting: Entity {
    public var id: ID<Meeting>
    public var body: ID<Body>
    public var date: Day
    public var session: Sessions
    @Listed public var attendance: [Attendance]
    @Listed public var items: [AgendaItem]
    @Listed public var declarations: [Declaration]
    /// When it starts, London time, written `14:00` (nil: the time is not recorded).
    public var starts: TimeOfDay?
    /// When it ends, London time (nil: not recorded).
    public var ends: TimeOfDay?
    /// Where it is held.
    public var location: String?
    /// True when the meeting was called off (it stays on record, and calendars show it cancelled).
    public var cancelled: Bool?

    public init(id: ID<Meeting>, body: ID<Body>, date: Day, session: Sessions = .public,
                attendance: [Attendance] = [], items: [AgendaItem] = [], declarations: [Declaration] = [],
                starts: TimeOfDay? = nil, ends: TimeOfDay? = nil, location: String? = nil, cancelled: Bool? = nil) {
        self.id = id
        self.body = body
        self.date = date
        self.session = session
        self.attendance = attendance
        self.items = items
        self.declarations = declarations
        self.starts = starts
        self.ends = ends
        self.location = location
        self.cancelled = cancelled
    }

    /// Whether the meeting was called off.
    public var isCancelled: Bool { cancelled ?? false }

    public var displayName: String { "meeting of \(date)" }
    public static var subjectKind: SubjectKind { .meeting }
}

/// One person's attendance at a meeting.
public struct Attendance: Codable, Sendable, Hashable {
    public var person: ID<Person>
    public var capacity: Capacity
    /// For a deputy: the member they stand in for.
    public var standingInFor: ID<Person>?

    public enum Capacity: String, Codable, Sendable, CaseIterable, Hashable {
        case member, deputy, apologies, inAttendance = "in-attendance"
    }

    public init(_ person: ID<Person>, as capacity: Capacity, standingInFor: ID<Person>? = nil) {
        self.person = person
        self.capacity = capacity
        self.standingInFor = standingInFor
    }
}

/// An item on a meeting's agenda, with the decision taken on it, if any.
public struct AgendaItem: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var decision: Decision?
    /// The workstream the item is about.
    public var workstream: ID<Workstream>?
    /// What sort of item it is, e.g. a progress update.
    public var type: AgendaItemType?

    public init(id: String, title: String, decision: Decision? = nil, workstream: ID<Workstream>? = nil,
                type: AgendaItemType? = nil) {
        self.id = id
        self.title = title
        self.decision = decision
        self.workstream = workstream
        self.type = type
    }
}

/// A person declared an interest in an agenda item.
public struct Declaration: Codable, Sendable, Hashable {
    public var person: ID<Person>
    public var item: String
    public var interest: String

    public init(person: ID<Person>, item: String, interest: String) {
        self.person = person
        self.item = item
        self.interest = interest
    }
}

/// A decision taken on an agenda item.
public struct Decision: Codable, Sendable, Hashable {
    public var id: String
    public var summary: String
    public var rule: DecisionRule?
    /// Taken in public session (visible to residents).
    public var `public`: Bool
    /// The people who took no part (withdrew for a conflict of interest).
    @Listed public var excluded: [ID<Person>]
    /// Whether the decision affects communities (and so needs engagement and an equality impact assessment).
    @DefaultFalse public var affectsCommunities: Bool
    /// How affected people were engaged.
    public var engagement: String?
    /// Whether an equality impact assessment was done.
    public var equalityImpactAssessment: Bool?
    /// The delegation whose functions the decision exercises (nil: not taken under a delegation,
    /// or not recorded).
    public var exercises: ID<Delegation>?

    public init(id: String, summary: String, rule: DecisionRule? = nil, public: Bool = true,
                excluded: [ID<Person>] = [], affectsCommunities: Bool = false, engagement: String? = nil,
                equalityImpactAssessment: Bool? = nil, exercises: ID<Delegation>? = nil) {
        self.exercises = exercises
        self.id = id
        self.summary = summary
        self.rule = rule
        self.public = `public`
        self.excluded = excluded
        self.affectsCommunities = affectsCommunities
        self.engagement = engagement
        self.equalityImpactAssessment = equalityImpactAssessment
    }
}

/// What sort of agenda item it is. Open for extension.
public struct AgendaItemType: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let progressUpdate: AgendaItemType = "progress-update"
    public static let decision: AgendaItemType = "decision"
    public static let information: AgendaItemType = "information"
}
