/// A document a partnership agrees or publishes: its vision, a plan, a progress report, an
/// engagement plan, a response, a feedback record, an outcomes framework, a role description.
public struct Publication: Entity {
    public var id: ID<Publication>
    public var place: ID<Place>?
    public var type: PublicationType
    public var title: String
    /// Whether it is public (nil: not recorded).
    public var `public`: Bool?
    /// Where it can be read.
    public var address: String?
    /// The day it was published (or sent).
    public var published: Day?
    /// The day it was agreed, and by whom.
    public var agreed: Day?
    public var agreedBy: ID<Body>?
    /// The organisation it was sent or submitted to (e.g. a response to the ICS).
    public var sentTo: ID<Organisation>?
    /// For feedback: the engagement exercise it reports back on.
    public var engagement: ID<Engagement>?
    /// The records it is about, e.g. the leadership role a role description describes.
    @Listed public var about: [RecordReference]
    /// For a plan: the resource available to the system for its commitments, per financial year.
    @Listed public var resourceAvailable: [YearAmount]

    public init(id: ID<Publication>, place: ID<Place>? = nil, type: PublicationType, title: String,
                public: Bool? = nil, address: String? = nil, published: Day? = nil, agreed: Day? = nil,
                agreedBy: ID<Body>? = nil, sentTo: ID<Organisation>? = nil, engagement: ID<Engagement>? = nil,
                about: [RecordReference] = [], resourceAvailable: [YearAmount] = []) {
        self.id = id
        self.place = place
        self.type = type
        self.title = title
        self.public = `public`
        self.address = address
        self.published = published
        self.agreed = agreed
        self.agreedBy = agreedBy
        self.sentTo = sentTo
        self.engagement = engagement
        self.about = about
        self.resourceAvailable = resourceAvailable
    }

    /// Whether it is recorded as public.
    public var isPublic: Bool { `public` ?? false }

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .publication }
}

/// What a publication is. Open for extension.
public struct PublicationType: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let vision: PublicationType = "vision"
    public static let plan: PublicationType = "plan"
    public static let progressReport: PublicationType = "progress-report"
    public static let engagementPlan: PublicationType = "engagement-plan"
    public static let response: PublicationType = "response"
    public static let feedback: PublicationType = "feedback"
    public static let outcomesFramework: PublicationType = "outcomes-framework"
    public static let roleDescription: PublicationType = "role-description"
}
