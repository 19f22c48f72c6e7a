import PlaceworksDomain

/// A check's findings as text for an 80-column terminal: grouped by place, then body, each with
/// its severity, rule, message, subject and source.
struct TextReport {
    let report: Report
    let dataset: Dataset
    let style: TextStyle

    func render() -> String {
        let places = Dictionary(dataset.places.map { ($0.id, $0) }) { first, _ in first }
        let bodies = Dictionary(dataset.bodies.map { ($0.id, $0) }) { first, _ in first }
        var out: [String] = []
        let scope = report.place.map { places[$0]?.name ?? $0.rawValue } ?? "all places"
        out.append(style.apply(.bold, "Placeworks check of \(scope), as of \(report.asOf)"))
        out.append("")

        let byPlace = Dictionary(grouping: report.findings) { $0.place?.rawValue ?? "" }
        for placeKey in byPlace.keys.sorted() {
            let heading = placeKey.isEmpty ? "Integrated care system level"
                : "\(places[ID(placeKey)]?.name ?? placeKey) (\(placeKey))"
            out.append(style.apply(.bold, heading))
            let byBody = Dictionary(grouping: byPlace[placeKey] ?? []) { $0.body?.rawValue ?? "" }
            for bodyKey in byBody.keys.sorted() {
                let bodyHeading = bodyKey.isEmpty ? "The place as a whole" : bodies[ID(bodyKey)]?.name ?? bodyKey
                out.append(contentsOf: wrap(bodyHeading, indent: 2).map { style.apply(.bold, $0) })
                for finding in byBody[bodyKey] ?? [] { out.append(contentsOf: lines(for: finding)) }
            }
            out.append("")
        }
        out.append(summary())
        return out.joined(separator: "\n") + "\n"
    }

    private func lines(for finding: Finding) -> [String] {
        let label = finding.severity.rawValue.padding(7) + " " + finding.rule.rawValue
        let tone: TextStyle.Tone = switch finding.severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        }
        var lines = ["    " + style.apply(tone, label)]
        lines += wrap(finding.message, indent: 6)
        let source = finding.citations.map { "\($0.document.rawValue) \($0.section)" }.joined(separator: "; ")
        lines += wrap("about \(finding.subject.kind.rawValue) “\(finding.subject.name)” · \(source)", indent: 6)
            .map { style.apply(.dim, $0) }
        return lines
    }

    private func summary() -> String {
        let places = Set(report.findings.compactMap(\.place)).count
        let counts = "\(report.count(.error)) error\(report.count(.error) == 1 ? "" : "s"), "
            + "\(report.count(.warning)) warning\(report.count(.warning) == 1 ? "" : "s"), "
            + "\(report.count(.info)) note\(report.count(.info) == 1 ? "" : "s")"
        let line = "Summary: \(counts) from \(report.rulesChecked) rules, in \(places) place\(places == 1 ? "" : "s")."
        return style.apply(report.passes ? .green : .red, line)
    }
}

extension String {
    /// Pads to `width` with spaces on the right.
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
