/// Where a shipped record comes from: the paragraphs it cites and, where the documents leave
/// something open, what the extension assumed and why. A rule that passes only on an assumption
/// can say so by naming it.
///
/// ```swift
/// Provenance([Citation(.thrivingPlaces, "§4")])
/// Provenance([Citation(.thrivingPlaces, "§5")], assuming: ["Member trusts: the paper names none."])
/// ```
public struct Provenance: Sendable, Hashable {
    /// The paragraphs the record comes from.
    public let citations: [Citation]
    /// What is assumed rather than read in the paragraphs, each with its reason. Empty: all cited.
    public let assumptions: [String]

    public init(_ citations: [Citation], assuming assumptions: [String] = []) {
        self.citations = citations
        self.assumptions = assumptions
    }

    /// Whether anything in the record is an assumption.
    public var isAssumption: Bool { !assumptions.isEmpty }
}

extension Provenance {
    /// How an assumption begins when a rule of another module reads it: a rule filters the
    /// assumptions of a record to those its finding or pass turns on by these words (a body's
    /// assumed founding date is no part of a finding about its governance form).
    ///
    /// ```swift
    /// Provenance(citations, assuming: ["\(Provenance.Topic.governanceForm) none, as the paper states none."])
    /// ```
    public enum Topic {
        /// The body's governance form (or that it has none), as NAT-GOV-1 reads it.
        public static let governanceForm = "Governance form:"
        /// Whether the body takes decisions (``Body/decisionMaking``), as NAT-GOV-1 reads it.
        public static let decisionMaking = "Takes decisions:"
    }
}

extension PlaceworksExtension {
    /// Where the extension's shipped record of `kind` with identifier `id` comes from; nil when the
    /// extension does not ship it (or records no provenance). Extensions override this.
    public func provenance(of kind: SubjectKind, _ id: String) -> Provenance? { nil }
}
