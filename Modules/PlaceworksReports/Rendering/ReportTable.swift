/// One table of a report, as plain text cells: what the Markdown and CSV renderers write.
public struct ReportTable: Sendable, Hashable {
    /// The table's file-name part, e.g. `membership` (CSV: `<report>-membership.csv`).
    public var name: String
    /// The section it belongs to, e.g. `membership`.
    public var section: String
    public var caption: String
    public var headers: [String]
    public var rows: [[String]]
}

extension BoardPack {
    /// Every table of the pack, in the standard section order.
    public var tables: [ReportTable] {
        var tables: [ReportTable] = []
        if let changes {
            tables.append(ReportTable(
                name: "changes", section: "changes", caption: "What changed after \(changes.since): \(changes.summary)",
                headers: ["Change", "Date", "What", "Detail"],
                rows: changes.joined.map { ["Joined", $0.date, $0.person, "\($0.body): \($0.seat)"] }
                    + changes.left.map { ["Left", $0.date, $0.person, "\($0.body): \($0.seat)"] }
                    + changes.newFindings.map { ["New finding", changes.asOf, $0.rule, $0.message] }
                    + changes.resolvedFindings.map { ["Resolved finding", changes.asOf, $0.rule, $0.message] }
                    + changes.riskMoves.map { ["Risk score moved", changes.asOf, $0.title, $0.text] }
                    + changes.slipped.map { ["Milestone slipped", $0.due, $0.title, $0.text] }
                    + changes.completed.map { ["Milestone completed", $0.due, $0.title, $0.text] }
                    + changes.decisions.map { ["Decision", $0.date, $0.body, $0.summary] }))
        }
        tables.append(ReportTable(
            name: "membership", section: "membership", caption: "Members of each body",
            headers: ["Body", "Seat", "Member", "On behalf of", "Deputy", "Deputy briefed", "Vote"],
            rows: membership.flatMap { body in
                body.seats.map { [body.name, $0.title, $0.vacant ? "Vacant" : $0.holder ?? "", $0.organisation ?? "",
                                  $0.deputy ?? "", $0.deputyText, $0.votingText] }
            }))
        tables.append(ReportTable(
            name: "findings", section: "findings", caption: "Compliance findings, errors first",
            headers: ["Severity", "Rule", "Body", "Finding", "Requirement", "Source"],
            rows: findings.groups.flatMap(\.findings).map {
                [$0.severityLabel, $0.rule, $0.body ?? "", $0.message, $0.requirement, $0.citationText]
            }))
        tables.append(ReportTable(
            name: "delegations", section: "delegations", caption: "Delegations in force",
            headers: ["Delegation", "From", "To", "Functions", "Instrument", "Starts", "Ends"],
            rows: delegations.map { [$0.id, $0.delegator, $0.delegate, $0.functions, $0.instrument ?? "", $0.from ?? "",
                                     $0.to ?? ""] }))
        tables.append(ReportTable(
            name: "budget", section: "delegations", caption: "Delegated budget by line",
            headers: ["Financial year", "Line", "Amount (£)", "Share (%)"],
            rows: budgets.flatMap { budget in
                budget.lines.map { [budget.financialYear, $0.category, String($0.amount), String($0.percent)] }
            }))
        tables.append(ReportTable(
            name: "workstreams", section: "workstreams", caption: "Workstreams",
            headers: ["Workstream", "SRO", "Status", "Why", "Milestones overdue", "Milestones done"],
            rows: workstreams.map { [$0.name, $0.sro ?? "Not named", $0.rag.label, $0.rag.reason, String($0.overdue),
                                     String($0.completed)] }))
        let milestones = workstreams.flatMap(\.milestones) + otherMilestones
        tables.append(ReportTable(
            name: "milestones", section: "workstreams", caption: "Milestones",
            headers: ["Workstream", "Milestone", "Due", "Status", "Flag"],
            rows: milestones.map { [$0.workstream ?? "", $0.title, $0.due, $0.statusLabel, $0.flag] }))
        let indicators = workstreams.flatMap(\.indicators) + otherIndicators
        tables.append(ReportTable(
            name: "indicators", section: "workstreams", caption: "Outcome indicators",
            headers: ["Workstream", "Indicator", "Unit", "Latest", "Period", "Trend", "Values"],
            rows: indicators.map { indicator in
                [indicator.workstream ?? "", indicator.name, indicator.unit ?? "", indicator.latest ?? "",
                 indicator.latestPeriod ?? "", indicator.trend,
                 indicator.observations.map { "\($0.period): \($0.valueText)" }.joined(separator: "; ")]
            }))
        tables.append(ReportTable(
            name: "heat-map", section: "risks", caption: "Open risks by likelihood (rows) and impact (columns)",
            headers: ["Likelihood", "Impact 1", "Impact 2", "Impact 3", "Impact 4", "Impact 5"],
            rows: risks.heatMap.rows.map { row in [String(row.likelihood)] + row.cells.map { String($0.count) } }))
        tables.append(Self.riskTable(name: "escalated-risks", caption: "Risks escalated to the board",
                                     risks: risks.escalated))
        tables.append(Self.riskTable(name: "risks", caption: "Open risks", risks: risks.open))
        tables.append(ReportTable(
            name: "decisions", section: "decisions", caption: "Decisions",
            headers: ["Date", "Body", "Item", "Decision", "Session", "Withdrew"],
            rows: decisions.map { [$0.date, $0.body, $0.item, $0.summary, $0.session, $0.excluded ?? ""] }))
        tables.append(ReportTable(
            name: "declarations", section: "decisions", caption: "Declarations of interest",
            headers: ["Date", "Body", "Member", "Item", "Interest"],
            rows: declarations.map { [$0.date, $0.body, $0.person, $0.item, $0.interest] }))
        return tables
    }

    static func riskTable(name: String, caption: String, risks: [RiskEntry]) -> ReportTable {
        ReportTable(
            name: name, section: "risks", caption: caption,
            headers: ["Risk", "Place", "Owner", "Likelihood", "Impact", "Score", "Rating", "Escalation", "Review by"],
            rows: risks.map { [$0.title, $0.place ?? "", $0.owner ?? "", $0.likelihood.map(String.init) ?? "",
                               $0.impact.map(String.init) ?? "", $0.score.map(String.init) ?? "", $0.bandLabel,
                               $0.escalation, $0.reviewBy ?? ""] })
    }
}

extension ICSReport {
    /// Every table of the report, in the standard section order.
    public var tables: [ReportTable] {
        [
            ReportTable(
                name: "matrix", section: "matrix", caption: "Findings by rule and place",
                headers: ["Rule"] + matrix.columns,
                rows: matrix.rows.map { row in [row.rule] + row.cells.map(\.text) }),
            ReportTable(
                name: "findings", section: "findings", caption: "Findings by place",
                headers: ["Place", "Severity", "Rule", "Body", "Finding", "Source"],
                rows: findings.flatMap { place in
                    place.findings.map { [place.name, $0.severityLabel, $0.rule, $0.body ?? "", $0.message, $0.citationText] }
                }),
            ReportTable(
                name: "budgets", section: "budgets", caption: "Latest delegated budget by place",
                headers: ["Place", "Financial year", "Total (£)", "Lines"],
                rows: budgets.rows.map { [$0.place, $0.financialYear ?? "", $0.total.map(String.init) ?? "Not recorded",
                                          String($0.lines)] }),
            BoardPack.riskTable(name: "escalated-risks", caption: "Escalated risks across places", risks: escalatedRisks),
            ReportTable(
                name: "delivery", section: "delivery", caption: "Workstream delivery by place",
                headers: ["Place", "Recorded", "Workstreams", "Red", "Amber", "Green", "Not assessed", "Milestones",
                          "Overdue", "Done"],
                rows: delivery.map { [$0.place, $0.recorded ? "Yes" : "Not recorded", String($0.workstreams), String($0.red),
                                      String($0.amber), String($0.green), String($0.notAssessed), String($0.milestones),
                                      String($0.overdue), String($0.completed)] }),
            ReportTable(
                name: "vacancies", section: "vacancies", caption: "Vacancies by place",
                headers: ["Place", "Recorded", "Seats", "Vacant", "Vacant seats"],
                rows: vacancies.map { [$0.place, $0.recorded ? "Yes" : "Not recorded", String($0.seats), String($0.vacant),
                                       $0.vacantSeats.joined(separator: "; ")] }),
        ]
    }
}
