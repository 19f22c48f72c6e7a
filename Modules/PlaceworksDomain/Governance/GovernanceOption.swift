/// A governance option partners may choose between (Southwark options 1, 2a, 2b, 3), with the
/// gateway requirements a proposed arrangement must meet before partners commit to it.
public struct GovernanceOption: Entity {
    public var id: ID<GovernanceOption>
    public var place: ID<Place>
    /// As the source labels it, e.g. "2a".
    public var label: String
    public var summary: String
    /// Why the option is discounted, if it is.
    public var discountedBecause: String?
    public var requirements: [GatewayRequirement]
    public var citation: Citation

    public init(id: ID<GovernanceOption>, place: ID<Place>, label: String, summary: String,
                discountedBecause: String? = nil, requirements: [GatewayRequirement], citation: Citation) {
        self.id = id
        self.place = place
        self.label = label
        self.summary = summary
        self.discountedBecause = discountedBecause
        self.requirements = requirements
        self.citation = citation
    }

    public var displayName: String { "Option \(label)" }
    public static var subjectKind: SubjectKind { .option }

    /// Assesses `arrangement` against every gateway requirement of the option.
    public func assess(_ arrangement: ProposedArrangement, organisations: [ID<Organisation>: Organisation])
        -> OptionAssessment
    {
        OptionAssessment(
            option: id, label: label, summary: summary, discountedBecause: discountedBecause,
            results: requirements.map { requirement in
                let outcome = requirement.criterion.evaluate(arrangement, organisations: organisations)
                return .init(requirement: requirement.id, text: requirement.text, met: outcome.met,
                             explanation: outcome.explanation)
            })
    }
}

/// One gateway requirement of an option, and the test that tells whether an arrangement meets it.
public struct GatewayRequirement: Codable, Sendable, Hashable {
    public var id: String
    /// In the source's words.
    public var text: String
    public var criterion: ArrangementCriterion

    public init(id: String, text: String, criterion: ArrangementCriterion) {
        self.id = id
        self.text = text
        self.criterion = criterion
    }
}

/// The result of assessing a proposed arrangement against one option.
public struct OptionAssessment: Codable, Sendable, Hashable {
    public var option: ID<GovernanceOption>
    public var label: String
    public var summary: String
    public var discountedBecause: String?
    public var results: [Result]

    public struct Result: Codable, Sendable, Hashable {
        public var requirement: String
        public var text: String
        public var met: Bool
        public var explanation: String
    }

    /// Whether every gateway requirement is met.
    public var allMet: Bool { results.allSatisfy(\.met) }
}
