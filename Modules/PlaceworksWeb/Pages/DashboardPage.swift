import PlaceworksDomain
import PlaceworksReports

/// `/`: every place of every ICS with its compliance summary (linking to the place's findings),
/// delegated budget, escalated risks, workstream delivery and vacancies, as of a chosen day; the
/// ICS report's downloads; and links to every place page, public page and meetings feed.
struct DashboardPage {
    let index: DatasetIndex
    let asOf: Day
    /// The ICS report document of each ICS, in the order shown.
    let reports: [(system: ICS, report: ICSReport)]
    /// The findings of the check as of the day, for every place.
    let findings: [Finding]

    var html: HTML {
        HTML([
            "<h1>Dashboard</h1>",
            "<p>The partnerships' compliance with every rule, their delegated money, risks, delivery and vacancies, as of \(asOf.spelledOut).</p>",
            Components.asOfForm(action: "/", asOf: asOf),
            HTML(reports.map(system)),
            unplaced,
            Components.directory(index: index, asOf: asOf),
        ])
    }

    private func system(_ system: ICS, _ report: ICSReport) -> HTML {
        let rows = report.places.map { column -> HTML in
            let id = ID<Place>(column.id)
            let placeFindings = findings.filter { $0.place == id }
            let errors = placeFindings.filter { $0.severity == .error }.count
            let warnings = placeFindings.filter { $0.severity == .warning }.count
            let notes = placeFindings.count - errors - warnings
            let budget = report.budgets.rows.first { $0.placeID == column.id }
            let escalated = report.escalatedRisks.filter { $0.place == column.name }.count
            let delivery = report.delivery.first { $0.placeID == column.id }
            let vacancies = report.vacancies.first { $0.placeID == column.id }
            let budgetText: String = budget?.total.map { Components.pounds($0) + (budget?.financialYear.map { " (\($0))" } ?? "") }
                ?? "none recorded"
            return """
            <tr><th scope="row"><a href="\(Paths.place(id, asOf: asOf))">\(column.name)</a>\
            <br><span class="muted">\(column.status)</span></th>
            <td><a href="\(Paths.place(id, asOf: asOf))#findings" aria-label="\(column.name) findings: \(errors) errors, \
            \(warnings) warnings, \(notes) notes">\(Components.counts(errors: errors, warnings: warnings, notes: notes))</a></td>
            <td class="num">\(budgetText)</td>
            <td class="num"><a href="\(Paths.place(id, asOf: asOf))#risks">\(escalated)</a></td>
            <td>\(delivery?.text ?? "")</td>
            <td class="num"><a href="\(Paths.place(id, asOf: asOf))#members">\(vacancies?.vacant ?? 0) of \(vacancies?.seats ?? 0)</a></td>
            </tr>
            """
        }
        let systemFindings = findings.filter { finding in
            finding.place == nil && finding.body.flatMap { index.bodies[$0]?.ics } == system.id
        }
        let downloads = [ReportFormat.html, .pdf, .md, .json].map { format -> HTML in
            "<li><a href=\"\(Paths.icsReport(system.id, format: format, asOf: asOf))\">\(report.cover.title) (\(label(format)))</a></li>"
        }
        let risks = report.escalatedRisks.map { risk -> HTML in
            "<tr><td>\(risk.title)</td><td>\(risk.place ?? "")</td><td class=\"num\">\(risk.score.map(String.init) ?? "unscored")</td>"
                + "<td>\(risk.bandLabel)</td><td>\(risk.escalation)</td></tr>"
        }
        return """
        <section aria-labelledby="ics-\(system.id)"><h2 id="ics-\(system.id)">\(system.name)</h2>
        <p>\(report.cover.rulesChecked) rules checked; \(report.cover.findings.text) across the system\
        \(systemFindings.isEmpty ? "" : ", \(systemFindings.count) of them about the system's own bodies").</p>
        \(Components.table(caption: "Places of \(system.name) as of \(asOf.spelledOut)",
                           headers: ["Place", "Compliance", "Delegated budget", "Escalated risks", "Workstream delivery",
                                     "Vacant seats"],
                           rows: rows, numeric: [2, 3, 5]))
        \(risks.isEmpty ? "<p>No escalated risks.</p>" : Components.table(
            caption: "Escalated risks", headers: ["Risk", "Place", "Score", "Band", "Escalation"], rows: risks, numeric: [2]))
        <h3>Download the ICS report</h3><ul class="links">\(downloads)</ul>
        </section>
        """
    }

    private func label(_ format: ReportFormat) -> String {
        switch format {
        case .html: "web page"
        case .pdf: "PDF"
        case .md: "Markdown"
        case .json: "JSON"
        case .csv: "CSV"
        }
    }

    /// Places recorded without an ICS.
    private var unplaced: HTML {
        let places = index.dataset.places.filter { place in place.ics == nil || index.systems[place.ics!] == nil }
        guard !places.isEmpty else { return .empty }
        return """
        <h2>Places outside a recorded ICS</h2><ul class="links">\(places.map { place -> HTML in
            "<li><a href=\"\(Paths.place(place.id, asOf: asOf))\">\(place.name)</a></li>" })</ul>
        """
    }
}
