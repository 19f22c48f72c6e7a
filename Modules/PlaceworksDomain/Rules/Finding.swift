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
    /// Which requirements about the subject are not met, where the rule names them (e.g.
    /// `seat:dph`): a refining rule's finding replaces a broader one only for the same problems.
    /// Nil when the rule names none.
    public var problems: [String]?
    /// Set on an `info` finding saying the rule passes only on what an extension assumed where the
    /// papers are silent: those assumptions (see ``RuleContext/passesOnAssumptions(_:about:)``).
    /// Nil on every other finding: such a note is a pass, not a problem.
    public var assumptions: [String]?

    /// Whether this finding only says that the rule passes on an assumption.
    public var restsOnAssumptions: Bool { assumptions != nil }

    public init(rule: RuleID, severity: Severity, message: String, subject: Subject, place: ID<Place>?,
                body: ID<Body>?, citations: [Citation], problems: [String]? = nil, assumptions: [String]? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.subject = subject
        self.place = place
        self.body = body
        self.citations = citations
        self.problems = problems
        self.assumptions = assumptions
    }
}

/// What a rule's check reports; the engine adds the rule's ID, severity and citations.
public struct Concern: Sendable, Hashable {
    public var subject: Subject
    public var message: String
    public var place: ID<Place>?
    public var body: ID<Body>?
    /// The severity this concern is reported at when it differs from the rule's: a clause the
    /// source words with "should" inside a "must" rule, or a vacancy inside its recruitment window.
    /// Nil: the rule's severity (after any tightening).
    public var severity: Severity?
    /// Which requirements about the subject are not met (e.g. `seat:dph`, `risk:review-date`), so a
    /// rule refining this one replaces this concern only when it reports the same problems.
    public var problems: Set<String> = []
    /// Set on a note that the rule passes only on an extension's assumptions: those assumptions (see
    /// ``RuleContext/passesOnAssumptions(_:about:)``). The engine drops the note when the rule
    /// reports anything else for the same body or place.
    public var assumptions: [String] = []
    /// The rule this concern is reported under instead of the rule that found it: the rule that
    /// requires a vacant seat (GOV-MEM-1). The finding takes that rule's ID, citations and severity
    /// (unless ``severity`` is set), and is dropped on a day that rule is not in effect. Nil: the
    /// finding rule's own, as is the case when no registered rule has that ID.
    public var reportedUnder: RuleID?

    /// Whether this concern only notes that the rule passes on assumptions.
    public var restsOnAssumptions: Bool { !assumptions.isEmpty }

    public init(_ subject: Subject, _ message: String, place: ID<Place>? = nil, body: ID<Body>? = nil) {
        self.subject = subject
        self.message = message
        self.place = place
        self.body = body
    }

    /// This concern reported at `severity` instead of the rule's.
    public func reported(as severity: Severity) -> Concern {
        var copy = self
        copy.severity = severity
        return copy
    }

    /// This concern reported under `rule` (see ``reportedUnder``).
    public func reported(under rule: RuleID) -> Concern {
        var copy = self
        copy.reportedUnder = rule
        return copy
    }

    /// This concern, naming the requirements it is about (see ``problems``).
    public func about(problems keys: String...) -> Concern { about(problems: keys) }

    /// This concern, naming the requirements in `keys` (see ``problems``).
    public func about(problems keys: [String]) -> Concern {
        var copy = self
        copy.problems.formUnion(keys)
        return copy
    }

    /// This concern with its place (and body) filled in where it has none.
    public func placed(in place: ID<Place>?, body: ID<Body>? = nil) -> Concern {
        var copy = self
        if copy.place == nil { copy.place = place }
        if copy.body == nil { copy.body = body }
        return copy
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
