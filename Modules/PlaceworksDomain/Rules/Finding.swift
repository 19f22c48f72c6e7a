/// What a rule found: a breach, a slipped date, or a note for the reader — with the rule, the
/// subject and the paragraph that says so.
public struct Finding: Codable, Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity
    public var message: String
    public var subject: Subject
    public var place: ID<Place>?
    public var body: ID<Body>?
    public var citations: [Citation]

    public init(rule: RuleID, severity: Severity, message: String, subject: Subject, place: ID<Place>?,
                body: ID<Body>?, citations: [Citation]) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.subject = subject
        self.place = place
        self.body = body
        self.citations = citations
    }
}

/// What a rule's check reports; the engine adds the rule's ID, severity and citations.
public struct Concern: Sendable, Hashable {
    public var subject: Subject
    public var message: String
    public var place: ID<Place>?
    public var body: ID<Body>?

    public init(_ subject: Subject, _ message: String, place: ID<Place>? = nil, body: ID<Body>? = nil) {
        self.subject = subject
        self.message = message
        self.place = place
        self.body = body
    }

    /// A concern about an entity.
    public init(about entity: some Entity, _ message: String, place: ID<Place>? = nil, body: ID<Body>? = nil) {
        self.init(entity.subject, message, place: place, body: body)
    }

    /// A concern about a body, grouped under its place and itself.
    public init(about body: Body, _ message: String) {
        self.init(body.subject, message, place: body.place, body: body.id)
    }

    /// A concern about a place as a whole.
    public init(about place: Place, _ message: String) {
        self.init(place.subject, message, place: place.id)
    }
}
