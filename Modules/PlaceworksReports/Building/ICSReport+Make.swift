import PlaceworksDomain

extension ICSReport {
    /// Builds the ICS report for `system` as of `asOf`: a pure function of its inputs.
    ///
    /// - Parameter report: the check of `dataset` as of `asOf` for every place (not narrowed).
    public static func make(system: ID<ICS>, dataset: Dataset, registry: Registry, report: Report, asOf: Day,
                            provenance: ReportProvenance) -> ICSReport {
        let index = DatasetIndex(dataset)
        return make(system: system, index: index, registry: registry, report: report, asOf: asOf,
                    provenance: provenance)
    }

    /// As ``make(system:dataset:registry:report:asOf:provenance:)``, over an index already built.
    public static func make(system: ID<ICS>, index: DatasetIndex, registry: Registry, report: Report, asOf: Day,
                            provenance: ReportProvenance) -> ICSReport {
        let entries = Entries(index: index, registry: registry, asOf: asOf)
        let systemName = index.systems[system]?.name ?? system.rawValue
        let places = index.places(in: system).sorted { ($0.name, $0.id.rawValue) < ($1.name, $1.id.rawValue) }
        let committees = Dictionary(uniqueKeysWithValues: places.map { ($0.id, index.placeCommittee(of: $0.id, on: asOf)) })
        let columns = places.map {
            PlaceColumn(id: $0.id.rawValue, name: $0.name, recorded: committees[$0.id]! != nil,
                        status: committees[$0.id]! != nil ? "Recorded" : "Not recorded")
        }
        let placeIDs = Set(places.map(\.id))

        // The findings of the ICS: its places', and its own bodies'.
        let systemColumn = "ICS bodies"
        func column(of finding: Finding) -> String? {
            if let place = finding.place { return placeIDs.contains(place) ? place.rawValue : nil }
            if let body = finding.body, index.bodies[body]?.ics == system { return systemColumn }
            if finding.subject.kind == .ics && finding.subject.id == system.rawValue { return systemColumn }
            return nil
        }
        let found = report.findings.compactMap { finding in column(of: finding).map { (column: $0, finding: finding) } }
        let columnIDs = places.map(\.id.rawValue) + [systemColumn]
        let recordedColumns = Set(columns.filter(\.recorded).map(\.id) + [systemColumn])
        var findingsByColumn: [String: [FindingEntry]] = [:]
        var firstAnchor: [String: String] = [:]
        for (offset, item) in found.enumerated() {
            let anchor = "finding-\(offset + 1)"
            findingsByColumn[item.column, default: []].append(entries.finding(item.finding, anchor: anchor))
            let key = "\(item.column)|\(item.finding.rule.rawValue)"
            if firstAnchor[key] == nil { firstAnchor[key] = anchor }
        }

        let rules = Set(found.map(\.finding.rule)).sorted()
        let rows = rules.map { rule -> MatrixRow in
            let cells = columnIDs.map { columnID -> MatrixCell in
                let here = found.filter { $0.column == columnID && $0.finding.rule == rule }.map(\.finding)
                let counts = Entries.counts(here)
                let recorded = recordedColumns.contains(columnID)
                var parts: [String] = []
                if counts.errors > 0 { parts.append(Formatting.count(counts.errors, "error")) }
                if counts.warnings > 0 { parts.append(Formatting.count(counts.warnings, "warning")) }
                if counts.notes > 0 { parts.append(Formatting.count(counts.notes, "note")) }
                let state: String
                if counts.errors > 0 { state = "error" }
                else if counts.warnings > 0 { state = "warning" }
                else if counts.notes > 0 { state = "info" }
                else { state = recorded ? "clear" : "not-recorded" }
                let text = parts.isEmpty ? (recorded ? "None" : "Not recorded") : parts.joined(separator: ", ")
                return MatrixCell(column: columnID, errors: counts.errors, warnings: counts.warnings,
                                  notes: counts.notes, total: counts.total,
                                  link: firstAnchor["\(columnID)|\(rule.rawValue)"], state: state, text: text)
            }
            return MatrixRow(rule: rule.rawValue, requirement: registry.rule(rule)?.rule.requirement ?? "", cells: cells)
        }

        let placeFindings = columns.map { column in
            PlaceFindings(id: column.id, anchor: "place-\(Formatting.slug(column.id))", name: column.name,
                          recorded: column.recorded, findings: findingsByColumn[column.id] ?? [])
        } + [PlaceFindings(id: systemColumn, anchor: "place-ics-bodies", name: "\(systemName) bodies", recorded: true,
                           findings: findingsByColumn[systemColumn] ?? [])]

        // Budgets: each place's latest delegated budget.
        let budgetRows = places.map { place -> PlaceBudget in
            let latest = index.budgets(in: place.id).max { ($0.financialYear, $0.id.rawValue) < ($1.financialYear, $1.id.rawValue) }
            return PlaceBudget(placeID: place.id.rawValue, place: place.name, financialYear: latest?.financialYear.description,
                               total: latest?.total, totalText: latest.map { Formatting.millions($0.total) } ?? "Not recorded",
                               lines: latest?.lines.count ?? 0)
        }
        let budgetSummary = "Latest delegated budget by place: " + budgetRows.map { row in
            "\(row.place) \(row.totalText)" + (row.financialYear.map { " (\($0))" } ?? "")
        }.joined(separator: "; ") + "."
        let chart = BarChart(id: "chart-ics-budgets", title: "Delegated budget by place", description: budgetSummary,
                             bars: budgetRows.map { .init(label: $0.place, value: $0.total, valueText: $0.totalText) })

        // Escalated risks, workstream delivery and vacancies, place by place.
        var escalated: [RiskEntry] = []
        var delivery: [PlaceDelivery] = []
        var vacancies: [PlaceVacancies] = []
        for place in places {
            let recorded = committees[place.id]! != nil
            let risks = index.openRisks(in: place.id, on: asOf)
            escalated += Entries.ordered(risks.filter(Entries.isEscalated)).map(entries.risk)

            let milestones = index.milestones(in: place.id)
            let workstreams = index.workstreams(in: place.id, on: asOf)
            let statuses = workstreams.map { workstream in
                entries.rag(milestones: milestones.filter { $0.workstream == workstream.id },
                            risks: risks.filter { $0.workstream == workstream.id }).code
            }
            let overdue = milestones.filter { $0.isOverdue(on: asOf) }.count
            let completed = milestones.filter { $0.status == .done && ($0.completed.map { $0 <= asOf } ?? true) }.count
            let count = { (code: String) in statuses.filter { $0 == code }.count }
            let deliveryText = workstreams.isEmpty ? (recorded ? "No workstreams recorded" : "Not recorded")
                : "\(Formatting.count(workstreams.count, "workstream")): \(count("red")) red, \(count("amber")) amber, "
                    + "\(count("green")) green, \(count("none")) not assessed; \(overdue) of "
                    + "\(Formatting.count(milestones.count, "milestone")) overdue"
            delivery.append(PlaceDelivery(
                placeID: place.id.rawValue, place: place.name, recorded: recorded, workstreams: workstreams.count,
                red: count("red"), amber: count("amber"), green: count("green"), notAssessed: count("none"),
                milestones: milestones.count, overdue: overdue, completed: completed, text: deliveryText))

            let bodies = index.operatingBodies(in: place.id, on: asOf).sorted { $0.id.rawValue < $1.id.rawValue }
            var seats = 0
            var vacant: [String] = []
            for body in bodies {
                for (seat, membership) in index.members(of: body.id, on: asOf) {
                    seats += 1
                    if membership == nil { vacant.append("\(body.name): \(seat.title)") }
                }
            }
            let vacancyText = !recorded && seats == 0 ? "Not recorded"
                : "\(vacant.count) of \(Formatting.count(seats, "seat")) vacant"
            vacancies.append(PlaceVacancies(placeID: place.id.rawValue, place: place.name, recorded: recorded,
                                            seats: seats, vacant: vacant.count, vacantSeats: vacant, text: vacancyText))
        }

        let counts = Entries.counts(found.map(\.finding))
        let cover = ICSCover(
            title: "\(systemName) place report", systemID: system.rawValue, systemName: systemName,
            asOf: asOf.description, asOfText: Formatting.long(asOf), dataVersion: provenance.dataVersion,
            ruleSetVersion: provenance.ruleSetVersion, rulesChecked: report.rulesChecked, findings: counts,
            placesRecorded: columns.filter(\.recorded).count, placesNotRecorded: columns.filter { !$0.recorded }.count)
        return ICSReport(
            cover: cover, places: columns,
            matrix: ComplianceMatrix(columns: columns.map(\.name) + [systemColumn], rows: rows,
                                     quietRules: max(0, report.rulesChecked - rules.count)),
            findings: placeFindings,
            budgets: BudgetComparison(rows: budgetRows, chartSVG: chart.svg(), chartSummary: budgetSummary),
            escalatedRisks: escalated, delivery: delivery, vacancies: vacancies)
    }
}
