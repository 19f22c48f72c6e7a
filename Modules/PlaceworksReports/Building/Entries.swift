import PlaceworksDomain

/// Turns domain records into report entries as of one day. Shared by the board pack and the ICS report.
struct Entries {
    let index: DatasetIndex
    let asOf: Day
    private let requirements: [RuleID: String]

    init(index: DatasetIndex, registry: Registry, asOf: Day) {
        self.index = index
        self.asOf = asOf
        requirements = Dictionary(registry.rules.map { ($0.rule.id, $0.rule.requirement) }) { first, _ in first }
    }

    func person(_ id: ID<Person>?) -> String? {
        id.map { index.people[$0]?.displayName ?? $0.rawValue }
    }

    func body(_ id: ID<Body>?) -> String? {
        id.map { index.bodies[$0]?.name ?? $0.rawValue }
    }

    func organisation(_ id: ID<Organisation>?) -> String? {
        id.map(index.name(of:))
    }

    func workstream(_ id: ID<Workstream>?) -> String? {
        id.map { index.workstreamsByID[$0]?.name ?? $0.rawValue }
    }

    // MARK: Findings

    static func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: "Error"
        case .warning: "Warning"
        case .info: "Note"
        }
    }

    func finding(_ finding: Finding, anchor: String) -> FindingEntry {
        let citations = finding.citations.map(\.description)
        return FindingEntry(
            anchor: anchor, rule: finding.rule.rawValue, severity: finding.severity.rawValue,
            severityLabel: Self.severityLabel(finding.severity),
            requirement: requirements[finding.rule] ?? "", message: finding.message,
            subject: finding.subject.description, subjectKind: finding.subject.kind.rawValue,
            subjectID: finding.subject.id, placeID: finding.place?.rawValue,
            place: finding.place.map { index.places[$0]?.name ?? $0.rawValue }, body: body(finding.body),
            citations: citations, citationText: citations.joined(separator: "; "))
    }

    static func counts(_ findings: [Finding]) -> SeverityCounts {
        SeverityCounts(errors: findings.filter { $0.severity == .error }.count,
                       warnings: findings.filter { $0.severity == .warning }.count,
                       notes: findings.filter { $0.severity == .info }.count)
    }

    func groups(_ findings: [Finding], anchorPrefix: String) -> FindingGroups {
        var number = 0
        let groups = [Severity.error, .warning, .info].compactMap { severity -> FindingGroup? in
            let matching = findings.filter { $0.severity == severity }
            guard !matching.isEmpty else { return nil }
            let entries = matching.map { found -> FindingEntry in
                number += 1
                return finding(found, anchor: "\(anchorPrefix)\(number)")
            }
            let label = switch severity {
            case .error: "Errors"
            case .warning: "Warnings"
            case .info: "Notes"
            }
            return FindingGroup(severity: severity.rawValue, label: label, count: entries.count, findings: entries)
        }
        return FindingGroups(counts: Self.counts(findings), groups: groups)
    }

    // MARK: Membership

    func membership(of body: Body) -> BodyMembership {
        let seats = index.members(of: body.id, on: asOf).map { seat, membership -> SeatEntry in
            let deputyText: String
            if membership == nil {
                deputyText = "—"
            } else if membership?.deputy == nil {
                deputyText = "None nominated"
            } else {
                deputyText = membership?.deputyBriefed == true ? "Briefed" : "Not briefed"
            }
            return SeatEntry(
                id: seat.id.rawValue, title: seat.title, voting: seat.voting,
                votingText: seat.voting ? "Voting" : "Non-voting", vacant: membership == nil,
                holder: person(membership?.person),
                organisation: index.organisation(for: seat, on: asOf)?.name,
                deputy: person(membership?.deputy), deputyBriefed: membership?.deputyBriefed ?? false,
                deputyText: deputyText)
        }
        let filled = seats.filter { !$0.vacant }.count
        return BodyMembership(
            id: body.id.rawValue, anchor: "body-\(Formatting.slug(body.id.rawValue))", name: body.name,
            kind: Self.label(body.kind), stage: body.stage(on: asOf)?.rawValue ?? "unknown",
            isPlaceCommittee: body.placeCommittee, seats: seats, seatCount: seats.count, filled: filled,
            vacancies: seats.count - filled, hasVacancies: seats.count > filled, hasSeats: !seats.isEmpty)
    }

    static func label(_ kind: BodyKind) -> String {
        switch kind {
        case .jointCommittee: "joint committee"
        case .subCommittee: "sub-committee"
        case .leadershipTeam: "leadership team"
        case .leadershipCell: "leadership cell"
        case .providerCollaborative: "provider collaborative"
        default: kind.rawValue
        }
    }

    // MARK: Delivery

    func milestone(_ milestone: Milestone) -> MilestoneEntry {
        let overdue = milestone.isOverdue(on: asOf)
        let doneByDay = milestone.status == .done && (milestone.completed.map { $0 <= asOf } ?? true)
        let status: MilestoneStatus = milestone.status == .done && !doneByDay ? .inProgress : milestone.status
        let flag: String
        if overdue {
            flag = "Overdue by \(Formatting.count(milestone.due.days(until: asOf), "day"))"
        } else if doneByDay, let completed = milestone.completed {
            flag = "Completed \(completed)"
        } else {
            flag = ""
        }
        return MilestoneEntry(
            id: milestone.id.rawValue, title: milestone.title, workstream: workstream(milestone.workstream),
            due: milestone.due.description, status: status.rawValue, statusLabel: Self.label(status),
            completed: doneByDay ? milestone.completed?.description : nil, overdue: overdue, flag: flag)
    }

    static func label(_ status: MilestoneStatus) -> String {
        switch status {
        case .planned: "Planned"
        case .inProgress: "In progress"
        case .atRisk: "At risk"
        case .done: "Done"
        case .cancelled: "Cancelled"
        }
    }

    func rag(milestones: [Milestone], risks: [Risk]) -> RAGStatus {
        let overdue = milestones.filter { $0.isOverdue(on: asOf) }.count
        let atRisk = milestones.filter { $0.status == .atRisk && !$0.isOverdue(on: asOf) }.count
        let high = risks.filter { ($0.score ?? 0) >= Risk.escalationThreshold }.count
        if overdue > 0 {
            return RAGStatus(code: "red", label: "Red", reason: "\(Formatting.count(overdue, "milestone")) overdue")
        }
        if atRisk > 0 || high > 0 {
            var reasons: [String] = []
            if atRisk > 0 { reasons.append("\(Formatting.count(atRisk, "milestone")) at risk") }
            if high > 0 { reasons.append("\(Formatting.count(high, "risk")) scoring \(Risk.escalationThreshold) or more") }
            return RAGStatus(code: "amber", label: "Amber", reason: reasons.joined(separator: "; "))
        }
        if milestones.isEmpty && risks.isEmpty {
            return RAGStatus(code: "none", label: "Not assessed", reason: "No milestones or risks recorded")
        }
        return RAGStatus(code: "green", label: "Green", reason: "Milestones on track; no high-scoring risks")
    }

    func indicator(_ indicator: Indicator) -> IndicatorEntry {
        let observations = indicator.observations.filter { $0.date <= asOf }
            .sorted { ($0.date, $0.period) < ($1.date, $1.period) }
        let entries = observations.map {
            ObservationEntry(period: $0.period, date: $0.date.description, value: $0.value,
                             valueText: Formatting.number($0.value))
        }
        let trend: String
        if observations.count >= 2 {
            let last = observations[observations.count - 1].value, previous = observations[observations.count - 2].value
            trend = last > previous ? "rising" : last < previous ? "falling" : "steady"
        } else {
            trend = observations.isEmpty ? "no data" : "single value"
        }
        let unit = indicator.unit.map { " \($0)" } ?? ""
        let summary: String
        if let first = entries.first, let last = entries.last {
            summary = entries.count == 1
                ? "\(indicator.name): \(last.valueText)\(unit) (\(last.period)); one value so far."
                : "\(indicator.name): \(first.valueText)\(unit) (\(first.period)) to \(last.valueText)\(unit) "
                    + "(\(last.period)), \(trend), over \(entries.count) values."
        } else {
            summary = "\(indicator.name): no values recorded by \(asOf)."
        }
        let sparkline = Sparkline(id: "spark-\(Formatting.slug(indicator.id.rawValue))", title: summary,
                                  values: observations.map(\.value))
        return IndicatorEntry(
            id: indicator.id.rawValue, name: indicator.name, workstream: workstream(indicator.workstream),
            unit: indicator.unit, latest: entries.last?.valueText, latestPeriod: entries.last?.period, trend: trend,
            observations: entries, sparklineSVG: sparkline.svg(), summary: summary)
    }

    // MARK: Risks

    static func band(_ score: Int?) -> (code: String, label: String) {
        guard let score else { return ("unscored", "Unscored") }
        switch score {
        case ..<5: return ("low", "Low")
        case ..<10: return ("moderate", "Moderate")
        case ..<Risk.escalationThreshold: return ("high", "High")
        default: return ("very-high", "Very high")
        }
    }

    func risk(_ risk: Risk) -> RiskEntry { self.risk(risk, showingPlace: true) }

    func risk(_ risk: Risk, showingPlace: Bool) -> RiskEntry {
        let band = Self.band(risk.score)
        let escalation: String
        if let to = risk.escalatedTo {
            escalation = "Escalated to \(body(to) ?? to.rawValue)"
        } else if let score = risk.score, score >= Risk.escalationThreshold {
            escalation = "Not escalated (score \(score) is \(Risk.escalationThreshold) or more)"
        } else {
            escalation = ""
        }
        return RiskEntry(
            id: risk.id.rawValue, title: risk.title,
            place: showingPlace ? risk.place.map { index.places[$0]?.name ?? $0.rawValue } : nil,
            register: body(risk.body), workstream: workstream(risk.workstream), owner: person(risk.owner),
            likelihood: risk.likelihood, impact: risk.impact, score: risk.score, band: band.code, bandLabel: band.label,
            escalatedTo: body(risk.escalatedTo), escalation: escalation, reviewBy: risk.reviewBy?.description,
            mitigation: risk.mitigation)
    }

    /// Highest score first, then by ID.
    static func ordered(_ risks: [Risk]) -> [Risk] {
        risks.sorted { ($0.score ?? -1, $1.id.rawValue) > ($1.score ?? -1, $0.id.rawValue) }
    }

    static func isEscalated(_ risk: Risk) -> Bool {
        risk.escalatedTo != nil || (risk.score ?? 0) >= Risk.escalationThreshold
    }

    func register(_ risks: [Risk], showingPlace: Bool) -> RiskRegister {
        let entry = { (risk: Risk) in self.risk(risk, showingPlace: showingPlace) }
        let ordered = Self.ordered(risks)
        let rows = (1...5).reversed().map { likelihood in
            HeatMapRow(likelihood: likelihood, cells: (1...5).map { impact in
                let inCell = ordered.filter { $0.likelihood == likelihood && $0.impact == impact }
                let band = Self.band(likelihood * impact)
                return HeatMapCell(likelihood: likelihood, impact: impact, score: likelihood * impact,
                                   count: inCell.count, band: band.code, bandLabel: band.label,
                                   risks: inCell.map(\.id.rawValue))
            })
        }
        let scored = ordered.filter { $0.score != nil }
        let byBand = ["very-high", "high", "moderate", "low"].map { code in
            (code, scored.filter { Self.band($0.score).code == code }.count)
        }
        let summary = "\(Formatting.count(scored.count, "scored open risk")): "
            + byBand.map { "\($0.1) \(Self.bandName($0.0))" }.joined(separator: ", ") + "."
        return RiskRegister(
            open: ordered.map(entry), heatMap: HeatMap(rows: rows, impacts: [1, 2, 3, 4, 5], summary: summary),
            escalated: ordered.filter(Self.isEscalated).map(entry), unscored: ordered.count - scored.count)
    }

    static func bandName(_ code: String) -> String {
        switch code {
        case "very-high": "very high"
        default: code
        }
    }

    // MARK: Budgets and delegations

    func budget(_ budget: Budget) -> BudgetEntry {
        let total = budget.total
        let lines = budget.lines.map {
            BudgetLineEntry(category: $0.category, amount: $0.amount, amountText: Formatting.money($0.amount),
                            percent: Formatting.percent($0.amount, of: total))
        }
        let anchor = "budget-\(Formatting.slug(budget.id.rawValue))"
        let summary = "\(budget.financialYear) delegated budget of \(Formatting.money(total)) in "
            + "\(Formatting.count(lines.count, "line")): "
            + lines.map { "\($0.category) \($0.amountText) (\($0.percent)%)" }.joined(separator: "; ") + "."
        let chart = BarChart(
            id: "chart-\(anchor)", title: "\(budget.financialYear) delegated budget by line", description: summary,
            bars: lines.map { .init(label: $0.category, value: $0.amount, valueText: Formatting.millions($0.amount)) })
        var discrepancy: String?
        if let stated = budget.statedTotal, stated != total {
            discrepancy = "The lines sum to \(Formatting.money(total)); the stated total is \(Formatting.money(stated))."
        }
        return BudgetEntry(
            id: budget.id.rawValue, anchor: anchor, financialYear: budget.financialYear.description, basis: budget.basis,
            delegation: budget.delegation?.rawValue, total: total, totalText: Formatting.money(total),
            statedTotal: budget.statedTotal, discrepancy: discrepancy, excludes: budget.excludes, lines: lines,
            chartSVG: chart.svg(), chartSummary: summary)
    }

    func delegation(_ delegation: Delegation) -> DelegationEntry {
        var delegate = body(delegation.toBody)
        if let role = delegation.toRole {
            let record = index.leadershipRolesByID[role]
            let holder = person(record?.holder).map { " (\($0))" } ?? ""
            delegate = (record?.title ?? role.rawValue) + holder
        }
        return DelegationEntry(
            id: delegation.id.rawValue, delegator: organisation(delegation.delegator) ?? "",
            delegate: delegate ?? "—",
            functions: delegation.functions.map { $0.rawValue.replacingOccurrences(of: "-", with: " ") }
                .joined(separator: ", "),
            instrument: delegation.instrument?.label, from: delegation.period.start?.description,
            to: delegation.period.end?.description, assurance: delegation.assurance)
    }

    // MARK: Meetings

    /// The meetings of `bodies` dated after `start` and on or before the day, newest first.
    func meetings(of bodies: [Body], after start: Day) -> [Meeting] {
        bodies.flatMap { index.meetings(of: $0.id, through: asOf) }
            .filter { $0.date > start }
            .sorted { ($0.date, $0.id.rawValue) > ($1.date, $1.id.rawValue) }
    }

    func decisions(in meetings: [Meeting]) -> [DecisionEntry] {
        meetings.flatMap { meeting in
            meeting.items.compactMap { item -> DecisionEntry? in
                guard let decision = item.decision else { return nil }
                let excluded = decision.excluded.compactMap { person($0) }
                return DecisionEntry(
                    id: decision.id, date: meeting.date.description, body: body(meeting.body) ?? "", item: item.title,
                    summary: decision.summary, session: decision.public ? "Public" : "Private",
                    excluded: excluded.isEmpty ? nil : excluded.joined(separator: ", "))
            }
        }
    }

    func declarations(in meetings: [Meeting]) -> [DeclarationEntry] {
        meetings.flatMap { meeting in
            meeting.declarations.map { declaration in
                let item = meeting.items.first { $0.id == declaration.item }?.title ?? declaration.item
                return DeclarationEntry(date: meeting.date.description, body: body(meeting.body) ?? "",
                                        person: person(declaration.person) ?? "", item: item,
                                        interest: declaration.interest)
            }
        }
    }
}
