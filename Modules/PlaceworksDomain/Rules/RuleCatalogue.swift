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
            "",
        ]
        for member in registry.members {
            let rules = registry.rules.filter { $0.owner == member.name }
            guard !rules.isEmpty else { continue }
            lines += ["## \(member.name) (\(member.coverage))", "",
                      "| ID | Severity | Requirement | Source |", "|---|---|---|---|"]
            for registered in rules {
                let rule = registered.rule
                let sources = rule.citations.map { "`\($0.document.rawValue)` \($0.section)" }
                    .joined(separator: "; ")
                let refines = rule.refines.isEmpty ? ""
                    : " (Refines \(rule.refines.map(\.rawValue).joined(separator: ", ")): reported instead of it for the same subject.)"
                lines.append("| \(rule.id) | \(rule.severity.rawValue) | \(escape(rule.requirement + refines)) | \(escape(sources)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
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
