/// A named body approves, endorses or agrees something on a day: a version of a body's terms of
/// reference, a delegation, a committee's status and form, a plan.
public struct Approval: Entity {
    public var id: ID<Approval>
    public var place: ID<Place>?
    /// What is approved: a record (a body, a delegation, a publication…).
    public var subject: RecordReference
    /// The version of the subject approved, e.g. a terms-of-reference version.
    public var version: String?
    /// What about the subject is approved, where it is one matter among several, e.g.
    /// `committee-status`.
    public var matter: ApprovalMatter?
    /// The form approved, for a committee's status (joint committee, committees in common…).
    public var form: GovernanceForm?
    /// The body that approved it (a board, Mayor and Cabinet).
    public var approvedBy: ID<Body>?
    /// The organisation on whose behalf the body approved it.
    public var organisation: ID<Organisation>?
    /// Approved, endorsed or agreed (nil: the minutes' word is not recorded).
    public var action: ApprovalAction?
    public var date: Day
    /// The meeting it was taken at, and the decision there.
    public var meeting: ID<Meeting>?
    public var decision: String?
    /// Where it is recorded (minutes, a paper).
    public var reference: String?

    public init(id: ID<Approval>, place: ID<Place>? = nil, subject: RecordReference, version: String? = nil,
                matter: ApprovalMatter? = nil, form: GovernanceForm? = nil, approvedBy: ID<Body>? = nil,
                organisation: ID<Organisation>? = nil, action: ApprovalAction? = nil, date: Day,
                meeting: ID<Meeting>? = nil, decision: String? = nil, reference: String? = nil) {
        self.id = id
        self.place = place
        self.subject = subject
        self.version = version
        self.matter = matter
        self.form = form
        self.approvedBy = approvedBy
        self.organisation = organisation
        self.action = action
        self.date = date
        self.meeting = meeting
        self.decision = decision
        self.reference = reference
    }

    public var displayName: String { "approval \(id)" }
    public static var subjectKind: SubjectKind { .approval }
}

/// How a body agreed: approved, endorsed or agreed.
public enum ApprovalAction: String, Codable, Sendable, CaseIterable, Hashable {
    case approved, endorsed, agreed
}

/// What about a record an approval is about. Open for extension.
public struct ApprovalMatter: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A version of the body's terms of reference.
    public static let termsOfReference: ApprovalMatter = "terms-of-reference"
    /// The committee's status and form (LEW-PLAN-2).
    public static let committeeStatus: ApprovalMatter = "committee-status"
}
