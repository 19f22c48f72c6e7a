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
        let effective = rules.filter { $0.rule.isEffective(on: asOf) }
        // Rules read the same immutable index and share nothing else, so they run on every core;
        // their findings are put together in rule order.
        let perRule = effective.parallelMap { registered -> [Finding] in
            let context = RuleContext(
                data: index, asOf: asOf,
                places: selectedPlaces.filter { registered.coverage.includes($0) },
                systems: selectedSystems.filter { registered.coverage.includes($0) },
                effective: registered.rule.effective, assumptions: self.assumptions)
            if context.places.isEmpty && context.systems.isEmpty { return [] }
            return placedFindings(of: registered, in: context, index: index, place: place)
        }
        let findings = perRule.flatMap { $0 }
        return Report(asOf: asOf, place: place,
                      findings: withoutRefinedDuplicates(withoutListedVacancies(Array(Set(findings)))),
                      rulesChecked: rules.count)
    }

    /// One rule's concerns as findings: placed, given their severity and citations, and narrowed to `place`.
    private func placedFindings(of registered: RegisteredRule, in context: RuleContext, index: DatasetIndex,
                                place: ID<Place>?) -> [Finding] {
        let concerns = registered.rule.check(context)
        // A note that the rule passes on assumptions stands only where the rule reports nothing else
        // (about the same body, or in the same place).
        let reports = concerns.filter { !$0.restsOnAssumptions }
        let reportedBodies = Set(reports.compactMap(\.body))
        let reportedPlaces = Set(reports.compactMap { placeOf($0, rule: registered, index: index) })
        return concerns.compactMap { concern in
            // A concern reported under another registered rule takes its ID, severity and citations,
            // and stands only while that rule is in effect.
            let reporting = concern.reportedUnder.flatMap { rule($0) } ?? registered
            if !reporting.rule.isEffective(on: context.asOf) { return nil }
            let concernPlace = placeOf(concern, rule: registered, index: index)
            if concern.restsOnAssumptions, concern.body.map(reportedBodies.contains) == true
                || concernPlace.map(reportedPlaces.contains) == true { return nil }
            let placeRecord = concernPlace.flatMap { index.places[$0] }
            // An extension's rules speak of its own area only.
            if let placeRecord, !reporting.coverage.includes(placeRecord) { return nil }
            if let place, concernPlace != place { return nil }
            let systemRecord = concern.body.flatMap { index.bodies[$0]?.ics }.flatMap { index.systems[$0] }
            return Finding(
                rule: reporting.rule.id,
                severity: concern.severity ?? severity(of: reporting, for: placeRecord, system: systemRecord),
                message: concern.message, subject: concern.subject, place: concernPlace, body: concern.body,
                citations: reporting.rule.citations,
                problems: concern.problems.isEmpty ? nil : concern.problems.sorted(),
                assumptions: concern.restsOnAssumptions ? concern.assumptions : nil)
        }
    }

    /// The place a concern belongs to, whether or not the rule said so: the place it names, else
    /// its body's, else (when it names no body) its subject's, else — for a rule of a place
    /// extension — that place. So a rule cannot make a finding that `--place` drops by accident.
    func placeOf(_ concern: Concern, rule: RegisteredRule, index: DatasetIndex) -> ID<Place>? {
        if let place = concern.place { return place }
        if let body = concern.body {
            return index.bodies[body]?.place ?? rule.coverage.place
        }
        return index.place(of: concern.subject) ?? rule.coverage.place
    }

    /// Drops a vacancy reported under a seat-list rule on behalf of a seat's record (a finding whose
    /// problems are all `vacancy:<seat>`, see GOV-MEM-1) when that rule's own list reports the same
    /// seat with no holder (a shortfall naming `seat:<line>` and that `vacancy:<seat>`), in its own
    /// words. A vacancy the list does not report — another seat fills its line — stays.
    func withoutListedVacancies(_ findings: [Finding]) -> [Finding] {
        struct Key: Hashable { let rule: RuleID; let vacancy: String }
        let listed = Set(findings.flatMap { finding -> [Key] in
            let problems = finding.problems ?? []
            guard problems.contains(where: { $0.hasPrefix("seat:") }) else { return [] }
            return problems.filter { $0.hasPrefix("vacancy:") }.map { Key(rule: finding.rule, vacancy: $0) }
        })
        return findings.filter { finding in
            guard let problems = finding.problems, !problems.isEmpty,
                  problems.allSatisfy({ $0.hasPrefix("vacancy:") }) else { return true }
            return !problems.allSatisfy { listed.contains(Key(rule: finding.rule, vacancy: $0)) }
        }
    }

    /// Drops a broader rule's finding about a subject when a rule that refines it found the same
    /// problem about the same subject, at least as severe. A finding that names its problems is
    /// dropped only when refining findings name all of them, so the broader rule's other problems
    /// about the subject stay; one that names none is dropped by any refining finding about the subject.
    func withoutRefinedDuplicates(_ findings: [Finding]) -> [Finding] {
        let refinements = Dictionary(grouping: rules.flatMap { registered in
            registered.rule.refines.map { (broader: $0, narrower: registered.rule.id) }
        }, by: \.broader).mapValues { Set($0.map(\.narrower)) }
        guard !refinements.isEmpty else { return findings }
        struct Key: Hashable { let rule: RuleID; let subject: Subject }
        let byKey = Dictionary(grouping: findings) { Key(rule: $0.rule, subject: $0.subject) }
        return findings.filter { finding in
            guard let narrower = refinements[finding.rule] else { return true }
            let refining = narrower.flatMap { byKey[Key(rule: $0, subject: finding.subject)] ?? [] }
                .filter { $0.severity >= finding.severity }
            guard !refining.isEmpty else { return true }
            guard let problems = finding.problems, !problems.isEmpty else { return false }
            let covered = Set(refining.flatMap { $0.problems ?? [] })
            return !covered.isSuperset(of: problems)
        }
    }
}
