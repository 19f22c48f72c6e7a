/// The findings of one check, in a stable order: by place, body, severity (errors first), rule, subject.
public struct Report: Codable, Sendable, Hashable {
    public var asOf: Day
    /// The place the check was narrowed to, if any.
    public var place: ID<Place>?
    public var findings: [Finding]
    /// How many rules ran.
    public var rulesChecked: Int

    public init(asOf: Day, place: ID<Place>?, findings: [Finding], rulesChecked: Int) {
        self.asOf = asOf
        self.place = place
        self.rulesChecked = rulesChecked
        self.findings = findings.sorted { lhs, rhs in
            (lhs.place?.rawValue ?? "", lhs.body?.rawValue ?? "", -Report.rank(lhs.severity), lhs.rule.rawValue,
             lhs.subject.id, lhs.message)
                < (rhs.place?.rawValue ?? "", rhs.body?.rawValue ?? "", -Report.rank(rhs.severity), rhs.rule.rawValue,
                   rhs.subject.id, rhs.message)
        }
    }

    static func rank(_ severity: Severity) -> Int { Severity.allCases.firstIndex(of: severity)! }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// True when there is no error-level finding.
    public var passes: Bool { count(.error) == 0 }
}

extension Registry {
    /// Checks `dataset` as of `asOf`, for every place or only `place`.
    ///
    /// When a place is named, only rules that apply to it run, and ICS-level bodies are left out.
    public func check(_ dataset: Dataset, asOf: Day, place: ID<Place>? = nil) -> Report {
        check(DatasetIndex(dataset), asOf: asOf, place: place)
    }

    /// Checks the indexed dataset as of `asOf`, for every place or only `place` (a live snapshot
    /// keeps its index, so repeated checks do not rebuild it).
    public func check(_ index: DatasetIndex, asOf: Day, place: ID<Place>? = nil) -> Report {
        let dataset = index.dataset
        let selectedPlaces = dataset.places.filter { place == nil || $0.id == place }
        let selectedSystems = place == nil ? dataset.systems : []
        var findings: [Finding] = []
        for registered in rules {
            let context = RuleContext(
                data: index, asOf: asOf,
                places: selectedPlaces.filter { registered.coverage.includes($0) },
                systems: selectedSystems.filter { registered.coverage.includes($0) })
            if context.places.isEmpty && context.systems.isEmpty { continue }
            for concern in registered.rule.check(context) {
                if let place, concern.place != place { continue }
                let placeRecord = concern.place.flatMap { index.places[$0] }
                let systemRecord = concern.body.flatMap { index.bodies[$0]?.ics }.flatMap { index.systems[$0] }
                findings.append(Finding(
                    rule: registered.rule.id,
                    severity: severity(of: registered, for: placeRecord, system: systemRecord),
                    message: concern.message, subject: concern.subject, place: concern.place, body: concern.body,
                    citations: registered.rule.citations))
            }
        }
        return Report(asOf: asOf, place: place, findings: withoutRefinedDuplicates(Array(Set(findings))),
                      rulesChecked: rules.count)
    }

    /// Drops a broader rule's finding about a subject when a rule that refines it found
    /// something about the same subject at least as severe.
    func withoutRefinedDuplicates(_ findings: [Finding]) -> [Finding] {
        let refinements = Dictionary(grouping: rules.flatMap { registered in
            registered.rule.refines.map { (broader: $0, narrower: registered.rule.id) }
        }, by: \.broader).mapValues { Set($0.map(\.narrower)) }
        guard !refinements.isEmpty else { return findings }
        struct Key: Hashable { let rule: RuleID; let subject: Subject }
        let strongest = findings.reduce(into: [Key: Severity]()) { result, finding in
            let key = Key(rule: finding.rule, subject: finding.subject)
            result[key] = max(result[key] ?? finding.severity, finding.severity)
        }
        return findings.filter { finding in
            guard let narrower = refinements[finding.rule] else { return true }
            return !narrower.contains { rule in
                strongest[Key(rule: rule, subject: finding.subject)].map { $0 >= finding.severity } ?? false
            }
        }
    }
}
