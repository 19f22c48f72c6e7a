/// An engagement exercise or activity with people and communities: what it informs (a plan, a
/// decision, a workstream), when it ran and whom it reached.
public struct Engagement: Entity {
    public var id: ID<Engagement>
    public var place: ID<Place>?
    public var title: String
    /// An exercise or a single activity (nil: not recorded).
    public var type: EngagementType?
    /// The plan it informs.
    public var informs: ID<Publication>?
    /// The meeting and decision it informs.
    public var meeting: ID<Meeting>?
    public var decision: String?
    public var workstream: ID<Workstream>?
    /// The engagement and involvement plan it carries out.
    public var underPlan: ID<Publication>?
    public var started: Day
    public var ended: Day?
    @Listed public var audiences: [Audience]

    public init(id: ID<Engagement>, place: ID<Place>? = nil, title: String, type: EngagementType? = nil,
                informs: ID<Publication>? = nil, meeting: ID<Meeting>? = nil, decision: String? = nil,
                workstream: ID<Workstream>? = nil, underPlan: ID<Publication>? = nil, started: Day,
                ended: Day? = nil, audiences: [Audience] = []) {
        self.id = id
        self.place = place
        self.title = title
        self.type = type
        self.informs = informs
        self.meeting = meeting
        self.decision = decision
        self.workstream = workstream
        self.underPlan = underPlan
        self.started = started
        self.ended = ended
        self.audiences = audiences
    }

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .engagement }
}

/// An exercise (consultation on a plan or decision) or a single activity (a workshop, a survey).
public enum EngagementType: String, Codable, Sendable, CaseIterable, Hashable {
    case exercise, activity
}

/// Whom an engagement reaches. Open for extension.
public struct Audience: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let serviceUsersOrCarers: Audience = "service-users-or-carers"
    public static let frontlineStaff: Audience = "frontline-staff"
    public static let residents: Audience = "residents"
    public static let partners: Audience = "partners"
}
