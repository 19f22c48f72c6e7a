import PlaceworksDomain
import PlaceworksStore

extension BoardPack {
    /// How far back the pack looks for decisions and declarations when no `since` day is given.
    public static let defaultWindowDays = 365

    /// Builds the board pack for `place` as of `asOf`: a pure function of its inputs.
    ///
    /// - Parameters:
    ///   - report: the check of `dataset` as of `asOf`, narrowed to the place.
    ///   - audit: the store's audit log (empty for a dataset file); read for `since`.
    ///   - since: the day of the last pack; adds the "what changed" section.
    public static func make(place: ID<Place>, dataset: Dataset, registry: Registry, report: Report,
                            audit: [AuditEntry], asOf: Day, since: Day? = nil, auditAvailable: Bool = true,
                            provenance: ReportProvenance) -> BoardPack {
        let index = DatasetIndex(dataset)
        let entries = Entries(index: index, registry: registry, asOf: asOf)
        let placeRecord = index.places[place]
        let committee = index.placeCommittee(of: place, on: asOf)
        let placeFindings = report.findings.filter { $0.place == place || report.place == place }

        let cover = Cover(
            title: "\(committee?.name ?? placeRecord?.name ?? place.rawValue): board pack",
            placeID: place.rawValue, placeName: placeRecord?.name ?? place.rawValue,
            systemName: placeRecord?.ics.flatMap { index.systems[$0]?.name }, bodyName: committee?.name,
            asOf: asOf.description, asOfText: Formatting.long(asOf), since: since?.description,
            sinceText: since.map(Formatting.long), dataVersion: provenance.dataVersion,
            ruleSetVersion: provenance.ruleSetVersion, rulesChecked: report.rulesChecked,
            findings: Entries.counts(placeFindings))

        let bodies = index.operatingBodies(in: place, on: asOf).sorted {
            ($0.placeCommittee ? 0 : 1, $0.name, $0.id.rawValue) < ($1.placeCommittee ? 0 : 1, $1.name, $1.id.rawValue)
        }

        let milestones = index.milestones(in: place).sorted { ($0.due, $0.id.rawValue) < ($1.due, $1.id.rawValue) }
        let openRisks = index.openRisks(in: place, on: asOf)
        let indicators = index.indicators(in: place).sorted { $0.id.rawValue < $1.id.rawValue }
        let workstreams = index.workstreams(in: place, on: asOf).sorted { $0.id.rawValue < $1.id.rawValue }
            .map { workstream -> WorkstreamEntry in
                let own = milestones.filter { $0.workstream == workstream.id }
                let rows = own.map(entries.milestone)
                return WorkstreamEntry(
                    id: workstream.id.rawValue, anchor: "workstream-\(Formatting.slug(workstream.id.rawValue))",
                    name: workstream.name, sro: entries.person(workstream.sro),
                    overseenBy: entries.body(workstream.overseenBy),
                    aims: workstream.aims.isEmpty ? nil : workstream.aims.map(\.label).joined(separator: "; "),
                    rag: entries.rag(milestones: own, risks: openRisks.filter { $0.workstream == workstream.id }),
                    milestones: rows,
                    indicators: indicators.filter { $0.workstream == workstream.id }.map(entries.indicator),
                    overdue: rows.filter(\.overdue).count, completed: rows.filter { $0.completed != nil }.count)
            }
        let shown = Set(workstreams.map(\.id))
        let otherMilestones = milestones.filter { $0.workstream.map { !shown.contains($0.rawValue) } ?? true }
        let otherIndicators = indicators.filter { $0.workstream.map { !shown.contains($0.rawValue) } ?? true }

        let windowStart = since ?? asOf.adding(days: -defaultWindowDays)
        let meetings = entries.meetings(of: index.bodies(in: place), after: windowStart)
        let budgets = index.budgets(in: place).sorted { ($0.financialYear, $0.id.rawValue) > ($1.financialYear, $1.id.rawValue) }

        let changes = since.map { since in
            ChangeSummary.make(place: place, dataset: dataset, index: index, registry: registry, report: report,
                               audit: audit, since: since, asOf: asOf, auditAvailable: auditAvailable)
        }

        return BoardPack(
            cover: cover, changes: changes, membership: bodies.map(entries.membership),
            findings: entries.groups(placeFindings, anchorPrefix: "finding-"),
            delegations: index.delegations(in: place, on: asOf).sorted { $0.id.rawValue < $1.id.rawValue }
                .map(entries.delegation),
            budgets: budgets.map(entries.budget), workstreams: workstreams,
            otherMilestones: otherMilestones.map(entries.milestone), otherIndicators: otherIndicators.map(entries.indicator),
            risks: entries.register(openRisks, showingPlace: false), decisions: entries.decisions(in: meetings),
            declarations: entries.declarations(in: meetings))
    }
}
