import Mustache

/// Renders a report document as one self-contained HTML file: inline CSS and SVG, no external
/// assets, A4 print styles with a page break before each section. The same document and theme
/// always give the same bytes.
public struct HTMLRenderer: Sendable {
    public let theme: ReportTheme
    private let library: MustacheLibrary

    public init(theme: ReportTheme = .standard) throws(ReportError) {
        self.theme = theme
        var library = MustacheLibrary()
        for name in theme.templates.keys.sorted() {
            do {
                try library.register(theme.templates[name]!, named: name)
            } catch {
                throw .badTemplate(name: name, reason: Self.reason(error))
            }
        }
        self.library = library
    }

    /// The board pack as HTML.
    public func render(_ pack: BoardPack) -> String {
        let names = theme.sections(from: ReportTheme.boardPackSections).filter { $0 != "changes" || pack.changes != nil }
        let title = theme.wording["board-pack.title"] ?? pack.cover.title
        return document(title: title, prefix: "pack", sections: names, wordingPrefix: "board-pack") { base in
            var context = base
            context["pack"] = pack
            context["otherMilestonesContext"] = ["milestones": pack.otherMilestones]
            context["otherIndicatorsContext"] = ["indicators": pack.otherIndicators]
            context["escalated"] = ["caption": "Risks escalated to the board, highest score first",
                                    "risks": pack.risks.escalated] as [String: Any]
            context["register"] = ["caption": "Open risks, highest score first", "risks": pack.risks.open] as [String: Any]
            return context
        }
    }

    /// The ICS report as HTML.
    public func render(_ report: ICSReport) -> String {
        let names = theme.sections(from: ReportTheme.icsReportSections)
        let title = theme.wording["ics-report.title"] ?? report.cover.title
        return document(title: title, prefix: "ics", sections: names, wordingPrefix: "ics-report") { base in
            var context = base
            context["report"] = report
            context["escalated"] = ["caption": "Escalated and high-scoring risks, by place, highest score first",
                                    "risks": report.escalatedRisks] as [String: Any]
            return context
        }
    }

    private func document(title: String, prefix: String, sections: [String], wordingPrefix: String,
                          context make: ([String: Any]) -> [String: Any]) -> String {
        let contents = sections.map { name -> [String: Any] in
            ["id": name, "heading": theme.wording["\(wordingPrefix).\(name)"] ?? name]
        }
        let base: [String: Any] = [
            "title": title, "sections": contents, "words": ["contents": theme.wording["contents"] ?? "Contents"],
        ]
        let shared = make(base)
        var body = library.render(shared, withTemplate: "\(prefix)-cover") ?? ""
        body += library.render(shared, withTemplate: "\(prefix)-contents") ?? ""
        for section in contents {
            var context = shared
            context["section"] = section
            body += library.render(context, withTemplate: "\(prefix)-\(section["id"] as! String)") ?? ""
        }
        let page: [String: Any] = [
            "title": title, "css": StandardStyle.css, "body": body,
            "colours": theme.colours.map { ["name": $0.name, "value": $0.value] },
        ]
        return library.render(page, withTemplate: "document") ?? body
    }

    static func reason(_ error: any Error) -> String {
        if let parse = error as? MustacheTemplate.ParserError {
            return "line \(parse.context.lineNumber), column \(parse.context.columnNumber): \(parse.error)"
        }
        return "\(error)"
    }
}
