/// The registered extensions, their rules and their data: a plain value, built from an explicit
/// list in one place and passed down to whatever needs it.
///
/// ```swift
/// let registry = try Registry([NationalGuidance(), SouthEastLondonExtension(), SouthwarkExtension()])
/// let report = registry.check(registry.dataset, asOf: "2022-04-01")
/// ```
public struct Registry: Sendable {
    /// A rule, with the extension that registered it and where it applies.
    public struct RegisteredRule: Sendable {
        public let rule: Rule
        public let owner: String
        public let coverage: Coverage
    }

    /// An extension, as the registry records it.
    public struct Member: Sendable, Hashable {
        public let name: String
        public let coverage: Coverage
        public let ruleCount: Int
        /// The extensions it requires, by name.
        public let requires: [String]
    }

    /// A source document, with the extension that registered it.
    public struct Document: Sendable, Hashable {
        public let details: DocumentDetails
        public let owner: String
    }

    /// A broader rule made stricter by an extension, within that extension's coverage.
    public struct AppliedTightening: Sendable, Hashable {
        public let rule: RuleID
        public let severity: Severity
        /// The extension that tightened it, and where the stricter severity applies.
        public let by: String
        public let coverage: Coverage
    }

    public let members: [Member]
    /// Every rule, ordered by ID.
    public let rules: [RegisteredRule]
    /// Everything the extensions registered, merged.
    public let dataset: Dataset
    /// Every source document, by file name.
    public let documents: [SourceDocument: Document]
    /// Every tightening, in registration order.
    public let tightenings: [AppliedTightening]
    let tighteningsByRule: [RuleID: [AppliedTightening]]
    /// The extensions, in registration order, for provenance look-ups.
    let extensions: [any PlaceworksExtension]
    /// What the extensions assumed about the records they ship, worked out once for every check.
    private(set) var assumptions: Assumptions = .none

    /// Builds the registry, refusing an extension whose required extensions are missing, duplicate
    /// rule IDs, two extensions claiming one area, an extension that weakens a rule of a broader
    /// one or tightens its own, a document registered twice or cited but never registered,
    /// records defined twice, and data whose references do not resolve.
    public init(_ extensions: [any PlaceworksExtension]) throws(RegistryError) {
        let names = Set(extensions.map(\.name))
        for ext in extensions {
            let missing = ext.requires.filter { !names.contains($0) }
            if !missing.isEmpty { throw .missingRequirement(ext.name, requires: missing, registered: extensions.map(\.name)) }
        }
        var claimed: [Coverage: String] = [:]
        var owners: [RuleID: (name: String, coverage: Coverage, severity: Severity)] = [:]
        var registered: [RegisteredRule] = []
        var members: [Member] = []
        var dataset = Dataset()
        var documents: [SourceDocument: Document] = [:]
        // Keyed by kind and identifier: two extensions may name the same record differently.
        var recordOwners: [RecordKey: String] = [:]
        var pending: [(Tightening, by: String, coverage: Coverage)] = []

        for ext in extensions {
            if ext.coverage != .national {
                if let first = claimed[ext.coverage] {
                    throw .duplicateClaim(ext.coverage, first: first, second: ext.name)
                }
                claimed[ext.coverage] = ext.name
            }
            var registrar = Registrar(extensionName: ext.name, coverage: ext.coverage)
            ext.register(into: &registrar)
            if let clash = registrar.clashes.first {
                throw .duplicateRecord(clash, first: ext.name, second: ext.name)
            }
            for details in registrar.documents {
                if let first = documents[details.document] {
                    throw .duplicateDocument(details.document, first: first.owner, second: ext.name)
                }
                documents[details.document] = Document(details: details, owner: ext.name)
            }
            for rule in registrar.rules {
                if let first = owners[rule.id] {
                    throw .duplicateRule(rule.id, first: first.name, second: ext.name)
                }
                owners[rule.id] = (ext.name, ext.coverage, rule.severity)
                registered.append(RegisteredRule(rule: rule, owner: ext.name, coverage: ext.coverage))
            }
            let clashes = dataset.merge(registrar.data, overlap: .refuse)
            if let clash = clashes.first {
                throw .duplicateRecord(clash, first: recordOwners[RecordKey(clash)] ?? "another extension",
                                       second: ext.name)
            }
            for subject in Registry.subjects(of: registrar.data) { recordOwners[RecordKey(subject)] = ext.name }
            pending += registrar.tightenings.map { ($0, ext.name, ext.coverage) }
            members.append(Member(name: ext.name, coverage: ext.coverage, ruleCount: registrar.rules.count,
                                  requires: ext.requires))
        }

        var tightenings: [AppliedTightening] = []
        for (tightening, by, coverage) in pending {
            guard let owner = owners[tightening.rule] else { throw .unknownRule(tightening.rule, by: by) }
            if owner.name == by { throw .ownRuleTightened(tightening.rule, by: by) }
            guard owner.coverage.breadth > coverage.breadth else {
                throw .foreignAdjustment(tightening.rule, owner: owner.name, by: by)
            }
            guard tightening.severity >= owner.severity else {
                throw .weakenedRule(tightening.rule, owner: owner.name, ownerCoverage: owner.coverage, by: by,
                                    severity: tightening.severity, registered: owner.severity)
            }
            tightenings.append(AppliedTightening(rule: tightening.rule, severity: tightening.severity, by: by,
                                                 coverage: coverage))
        }

        for registered in registered {
            for broader in registered.rule.refines where owners[broader] == nil {
                throw .unknownRefinement(broader, refinedBy: registered.rule.id, by: registered.owner)
            }
            for citation in registered.rule.citations where documents[citation.document] == nil {
                throw .unregisteredDocument(citation.document, citedBy: "Rule \(registered.rule.id)", by: registered.owner)
            }
        }
        for option in dataset.options where documents[option.citation.document] == nil {
            throw .unregisteredDocument(option.citation.document, citedBy: "The governance option \(option.id)",
                                        by: recordOwners[RecordKey(option.subject)] ?? "an extension")
        }

        let problems = dataset.problems()
        if !problems.isEmpty { throw .inconsistentData(problems, extensions: members.map(\.name)) }

        self.members = members
        self.rules = registered.sorted { $0.rule.id < $1.rule.id }
        self.dataset = dataset
        self.documents = documents
        self.tightenings = tightenings
        self.tighteningsByRule = Dictionary(grouping: tightenings, by: \.rule)
        self.extensions = extensions
        self.assumptions = Assumptions(self)
    }

    /// Where a shipped record comes from, with the extension that ships it; nil when no extension
    /// records its provenance.
    public func provenance(of kind: SubjectKind, _ id: String) -> (extension: String, provenance: Provenance)? {
        for ext in extensions {
            if let provenance = ext.provenance(of: kind, id) { return (ext.name, provenance) }
        }
        return nil
    }

    /// The severity of `rule` for a finding about `place` (nil: not about one place), after any tightening.
    public func severity(of rule: RegisteredRule, for place: Place?, system: ICS?) -> Severity {
        var severity = rule.rule.severity
        for tightening in tighteningsByRule[rule.rule.id] ?? [] {
            let applies = place.map { tightening.coverage.includes($0) } ?? system.map { tightening.coverage.includes($0) } ?? false
            if applies { severity = max(severity, tightening.severity) }
        }
        return severity
    }

    /// Looks a rule up by its ID.
    public func rule(_ id: RuleID) -> RegisteredRule? { rules.first { $0.rule.id == id } }

    /// A record's kind and identifier, without its name.
    private struct RecordKey: Hashable {
        let kind: SubjectKind
        let id: String
        init(_ subject: Subject) {
            kind = subject.kind
            id = subject.id
        }
    }

    private static func subjects(of data: Dataset) -> [Subject] {
        data.systems.map(\.subject) + data.places.map(\.subject) + data.organisations.map(\.subject)
            + data.people.map(\.subject) + data.bodies.map(\.subject) + data.seats.map(\.subject)
            + data.memberships.map(\.subject) + data.leadershipRoles.map(\.subject) + data.delegations.map(\.subject)
            + data.budgets.map(\.subject) + data.workstreams.map(\.subject) + data.milestones.map(\.subject)
            + data.risks.map(\.subject) + data.indicators.map(\.subject) + data.meetings.map(\.subject)
            + data.options.map(\.subject) + data.funds.map(\.subject) + data.accountabilities.map(\.subject)
            + data.approvals.map(\.subject) + data.publications.map(\.subject) + data.engagements.map(\.subject)
            + data.recruitments.map(\.subject) + data.agreements.map(\.subject) + data.commitments.map(\.subject)
    }
}
