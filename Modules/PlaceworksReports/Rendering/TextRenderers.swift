import Foundation

/// Writes a report's tables as CSV, one file per table (RFC 4180: commas, CRLF line ends, fields
/// quoted where they need it).
public enum CSVRenderer {
    public static func render(_ table: ReportTable) -> String {
        ([table.headers] + table.rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Writes a report as Markdown: the cover as a list, then each section's heading and tables.
public enum MarkdownRenderer {
    public static func render(_ pack: BoardPack, theme: ReportTheme = .standard) -> String {
        var out = "# \(theme.wording["board-pack.title"] ?? pack.cover.title)\n\n"
        out += "- Place: \(pack.cover.placeName) (\(pack.cover.placeID))\n"
        if let body = pack.cover.bodyName { out += "- Body: \(body)\n" }
        out += "- As of: \(pack.cover.asOf)\n"
        if let since = pack.cover.since { out += "- Changes since: \(since)\n" }
        out += "- Data version: \(pack.cover.dataVersion)\n- Rule-set version: \(pack.cover.ruleSetVersion)\n"
        out += "- Findings: \(pack.cover.findings.text)\n"
        let sections = theme.sections(from: ReportTheme.boardPackSections).filter { $0 != "changes" || pack.changes != nil }
        return out + body(tables: pack.tables, sections: sections, wording: theme.wording, prefix: "board-pack")
    }

    public static func render(_ report: ICSReport, theme: ReportTheme = .standard) -> String {
        var out = "# \(theme.wording["ics-report.title"] ?? report.cover.title)\n\n"
        out += "- ICS: \(report.cover.systemName) (\(report.cover.systemID))\n- As of: \(report.cover.asOf)\n"
        out += "- Places: \(report.cover.placesRecorded) recorded, \(report.cover.placesNotRecorded) not recorded\n"
        out += "- Data version: \(report.cover.dataVersion)\n- Rule-set version: \(report.cover.ruleSetVersion)\n"
        out += "- Findings: \(report.cover.findings.text)\n"
        return out + body(tables: report.tables, sections: theme.sections(from: ReportTheme.icsReportSections),
                          wording: theme.wording, prefix: "ics-report")
    }

    static func body(tables: [ReportTable], sections: [String], wording: [String: String], prefix: String) -> String {
        var out = ""
        for section in sections {
            out += "\n## \(wording["\(prefix).\(section)"] ?? section)\n"
            for table in tables where table.section == section {
                out += "\n**\(escape(table.caption))**\n\n"
                if table.rows.isEmpty {
                    out += "None.\n"
                    continue
                }
                out += "| " + table.headers.map(escape).joined(separator: " | ") + " |\n"
                out += "|" + table.headers.map { _ in " --- |" }.joined() + "\n"
                for row in table.rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
            }
        }
        return out
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// Writes a report document as JSON: keys sorted, two-space indents, so the same document gives
/// the same bytes. The schemas are in docs/report-schema.json.
public enum JSONRenderer {
    public static func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
