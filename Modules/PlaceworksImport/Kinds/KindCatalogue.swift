/// The kinds and their columns as Markdown, for docs/import.md (a test keeps the page current).
public enum KindCatalogue {
    public static func markdown() -> String {
        var lines: [String] = []
        for kind in ImportKind.allCases {
            lines.append("### `\(kind.rawValue)`: \(kind.label)")
            lines.append("")
            lines.append("Natural key: \(kind.naturalKey).")
            lines.append("")
            if kind == .ods {
                lines.append("No header row; read by position: "
                    + ODSExtractReader.fixedColumns.map { "\($0.position + 1) \($0.name)" }.joined(separator: ", ") + ".")
                lines.append("")
                continue
            }
            lines.append("| column | also read as | required | example | what it holds |")
            lines.append("|---|---|---|---|---|")
            for column in kind.columns {
                let aliases = column.aliases.map { "“\($0)”" }.joined(separator: ", ")
                let example = column.example.isEmpty ? "" : "`\(column.example)`"
                lines.append("| \(column.name) | \(aliases) | \(column.required ? "yes" : "") | \(example) | \(column.help) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
