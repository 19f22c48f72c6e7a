/// The rule catalogue as Markdown (`docs/rules.md`), generated from the registry so it cannot
/// drift from the code.
public enum RuleCatalogue {
    public static func markdown(_ registry: Registry) -> String {
        var lines = [
            "# Rule catalogue",
            "",
            "Generated from the code by `place rules --format markdown`; do not edit by hand.",
            "Every rule cites the source document (in `shared/seeds/`) and section that require it.",
            "Severity: `error` — not compliant with something agreed or mandatory; `warning` — guidance says",
            "\"should\", or a date or threshold has slipped; `info` — noted for the reader.",
            "In effect: the day the requirement took effect (the cited paper's date, or the date it sets);",
            "the rule reports nothing before it.",
            "",
        ]
        for member in registry.members {
            let rules = registry.rules.filter { $0.owner == member.name }
            let tightened = registry.tightenings.filter { $0.by == member.name }
            lines += ["## \(member.name) (\(member.coverage))", ""]
            let requires = member.requires.isEmpty ? "" : " Requires \(member.requires.joined(separator: ", "))."
            lines += ["\(member.name) owns \(rules.count == 1 ? "1 rule" : "\(rules.count) rules") and tightens "
                + "\(tightened.count == 1 ? "1 rule" : "\(tightened.count) rules") of broader extensions.\(requires)", ""]
            if !rules.isEmpty {
                lines += ["| ID | Severity | In effect | Requirement | Source |", "|---|---|---|---|---|"]
                for registered in rules {
                    let rule = registered.rule
                    let sources = rule.citations.map { "`\($0.document.rawValue)` \($0.section)" }
                        .joined(separator: "; ")
                    let refines = rule.refines.isEmpty ? ""
                        : " (Refines \(rule.refines.map(\.rawValue).joined(separator: ", ")): reported instead of it for the same subject.)"
                    lines.append("| \(rule.id) | \(rule.severity.rawValue) | \(effective(rule.effective)) | "
                        + "\(escape(rule.requirement + refines)) | \(escape(sources)) |")
                }
                lines.append("")
            }
            if !tightened.isEmpty {
                lines += ["Tightened by \(member.name), for \(member.coverage) only:", "",
                          "| ID | Owner | Registered severity | Severity here |", "|---|---|---|---|"]
                for tightening in tightened {
                    let owner = registry.rule(tightening.rule)
                    lines.append("| \(tightening.rule) | \(owner?.owner ?? "") | "
                        + "\(owner?.rule.severity.rawValue ?? "") | \(tightening.severity.rawValue) |")
                }
                lines.append("")
            }
        }
        lines += ["## Source documents", "", "Each document is registered by one extension; others that cite it require that one.", "",
                  "| Document | Title | Issued | Registered by |", "|---|---|---|---|"]
        for document in registry.documents.values.sorted(by: { $0.details.document.rawValue < $1.details.document.rawValue }) {
            let details = document.details
            lines.append("| `\(details.document.rawValue)` | \(escape(details.title)) | "
                + "\(details.issued?.spelledOut ?? "undated") | \(document.owner) |")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// "from 1 April 2022", "from 1 April 2022 to 31 March 2023", or "always".
    private static func effective(_ period: Period) -> String {
        switch (period.start, period.end) {
        case let (start?, end?): "from \(start.spelledOut) to \(end.spelledOut)"
        case let (start?, nil): "from \(start.spelledOut)"
        case let (nil, end?): "until \(end.spelledOut)"
        case (nil, nil): "always"
        }
    }

    private static func escape(_ text: String) -> String {
        String(text.flatMap { character -> [Character] in
            switch character {
            case "|": ["\\", "|"]
            case "\n": [" "]
            default: [character]
            }
        })
    }
}
