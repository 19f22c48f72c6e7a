/// A module that extends Placeworks for an ICS or a place: it declares what it covers and what it
/// requires, and registers its source documents, rules and data.
///
/// ```swift
/// public struct GreenwichExtension: PlaceworksExtension {
///     public init() {}
///     public var name: String { "Greenwich" }
///     public var coverage: Coverage { .place("E09000011") }
///     public var requires: [String] { ["South East London"] }
///     public func register(into registrar: inout Registrar) {
///         registrar.add(document: .greenwichTerms, title: "Greenwich partnership terms of reference (2022)",
///                       issued: "2022-04-01")
///         registrar.add(GreenwichData.dataset)
///         registrar.add(GreenwichRules.all)
///         registrar.tighten("NAT-MEM-1", to: .error)   // stricter, for Greenwich only
///     }
/// }
/// ```
///
/// The executables build the registry from one explicit list of extensions
/// (`Modules/PlaceworksBootstrap/Extensions.swift`); there is no load-time registration.
/// `place new-extension` writes a new one; docs/extending.md walks through it.
public protocol PlaceworksExtension: Sendable {
    /// The extension's name, as shown in messages and in the rule catalogue.
    ///
    /// ```swift
    /// public var name: String { "Greenwich" }
    /// ```
    var name: String { get }

    /// What it covers: its rules run there only, its tightenings apply there only, and a finding
    /// one of its rules makes about another place is not reported.
    ///
    /// ```swift
    /// public var coverage: Coverage { .place("E09000011") }   // the place's ONS code
    /// ```
    var coverage: Coverage { get }

    /// The names of the extensions it cannot work without — those that ship the records it refers
    /// to by identifier, or the documents it cites. The registry refuses the list, naming what is
    /// missing, when one is not registered. The default requires nothing.
    ///
    /// ```swift
    /// public var requires: [String] { ["South East London"] }
    /// ```
    var requires: [String] { get }

    /// Adds the extension's documents, rules, data and tightenings (see ``Registrar``).
    ///
    /// ```swift
    /// public func register(into registrar: inout Registrar) {
    ///     registrar.add(GreenwichData.dataset)
    ///     registrar.add(GreenwichRules.all)
    /// }
    /// ```
    func register(into registrar: inout Registrar)

    /// Where a shipped record comes from (see ``Provenance``); nil when the extension does not
    /// ship it. The default records none.
    ///
    /// ```swift
    /// public func provenance(of kind: SubjectKind, _ id: String) -> Provenance? {
    ///     kind == .body && id == "gre-partnership-board"
    ///         ? Provenance([Citation(.greenwichTerms, "§1")]) : nil
    /// }
    /// ```
    func provenance(of kind: SubjectKind, _ id: String) -> Provenance?

    /// How reports for the extension's area are presented — its own templates, section order,
    /// wording and colours; nil (the default) for the standard look.
    ///
    /// ```swift
    /// public var reportPresentation: ReportPresentation? {
    ///     ReportPresentation(wording: ["board-pack.title": "Healthier Greenwich Partnership board pack"])
    /// }
    /// ```
    var reportPresentation: ReportPresentation? { get }
}

extension PlaceworksExtension {
    public var requires: [String] { [] }
    public var reportPresentation: ReportPresentation? { nil }
}

/// What one extension registers. Every call here changes what the registry holds; the registry
/// refuses, with a message naming the extension, a call it cannot honour.
public struct Registrar: Sendable {
    public let extensionName: String
    public let coverage: Coverage
    public private(set) var rules: [Rule] = []
    public private(set) var data = Dataset()
    public private(set) var tightenings: [Tightening] = []
    public private(set) var documents: [DocumentDetails] = []
    /// Records the extension's own data defines twice.
    public private(set) var clashes: [Subject] = []

    public init(extensionName: String, coverage: Coverage) {
        self.extensionName = extensionName
        self.coverage = coverage
    }

    /// Registers a rule; it applies within the extension's coverage.
    ///
    /// ```swift
    /// registrar.add(GreenwichRules.workstreamOversight)
    /// ```
    public mutating func add(_ rule: Rule) { rules.append(rule) }

    /// Registers several rules.
    ///
    /// ```swift
    /// registrar.add(GreenwichRules.all)
    /// ```
    public mutating func add(_ rules: [Rule]) { self.rules.append(contentsOf: rules) }

    /// Registers data: ICSs, places, organisations, bodies and seats, workstreams, milestones,
    /// risks, budgets, delegations, options… `place init` loads it into a store, and upgrades
    /// what a later version of the extension ships differently.
    ///
    /// ```swift
    /// registrar.add(Dataset(workstreams: [Workstream(id: "gre-ws-start-well", place: "E09000011",
    ///                                                name: "Start Well")]))
    /// ```
    public mutating func add(_ data: Dataset) {
        clashes += self.data.merge(data, overlap: .refuse)
    }

    /// Registers a source document this extension cites: its file name, its title and the day it
    /// was issued. Each document is registered once, by the extension that first cites it;
    /// extensions that require that one cite it without registering it again.
    ///
    /// ```swift
    /// registrar.add(document: .greenwichTerms, title: "Greenwich partnership terms of reference (2022)",
    ///               issued: "2022-04-01")
    /// ```
    public mutating func add(document: SourceDocument, title: String, issued: Day?) {
        documents.append(DocumentDetails(document: document, title: title, issued: issued))
    }

    /// Makes another, broader extension's rule stricter within this extension's coverage. The
    /// registry refuses a weaker severity, a rule of another place, and a rule of this extension
    /// (register it at the stricter severity instead).
    ///
    /// ```swift
    /// registrar.tighten("NAT-MEM-1", to: .error)
    /// ```
    public mutating func tighten(_ rule: RuleID, to severity: Severity) {
        tightenings.append(Tightening(rule: rule, severity: severity))
    }
}

/// An extension's request to report a broader extension's rule at a stricter severity within its coverage.
public struct Tightening: Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity
}

/// A source document as an extension registers it.
public struct DocumentDetails: Sendable, Hashable {
    /// The file name rules cite it by.
    public var document: SourceDocument
    /// What it is, as a reader names it ("Lewisham LCP development paper (2021)").
    public var title: String
    /// The day it was issued, as far as it says: the earliest its requirements can take effect.
    public var issued: Day?
}
