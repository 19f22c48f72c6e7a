import PlaceworksDomain

/// How reports look: the templates, the order of the sections, the wording of headings and the
/// colours. The standard theme, with an extension's ``PlaceworksDomain/ReportPresentation`` laid over it.
public struct ReportTheme: Sendable {
    /// Templates by name: the standard ones, replaced where the presentation gives its own.
    public let templates: [String: String]
    public let sectionOrder: [String]
    public let wording: [String: String]
    /// Colours by name, in the order the style sheet declares them.
    public let colours: [(name: String, value: String)]

    /// The board pack's sections after the cover and contents, in the standard order.
    public static let boardPackSections = ["changes", "membership", "findings", "delegations", "workstreams", "risks",
                                           "decisions"]
    /// The ICS report's sections after the cover and contents, in the standard order.
    public static let icsReportSections = ["matrix", "findings", "budgets", "risks", "delivery", "vacancies"]

    /// The standard wording, by key.
    public static let standardWording: [String: String] = [
        "contents": "Contents",
        "board-pack.changes": "What changed since the last pack",
        "board-pack.membership": "Membership",
        "board-pack.findings": "Compliance findings",
        "board-pack.delegations": "Delegations and delegated budget",
        "board-pack.workstreams": "Workstreams and delivery",
        "board-pack.risks": "Risk register",
        "board-pack.decisions": "Decisions and declarations of interest",
        "ics-report.matrix": "Compliance across places",
        "ics-report.findings": "Findings by place",
        "ics-report.budgets": "Delegated budgets compared",
        "ics-report.risks": "Escalated risks across places",
        "ics-report.delivery": "Workstream delivery",
        "ics-report.vacancies": "Vacancies",
    ]

    /// The standard look.
    public static let standard = try! ReportTheme(presentation: nil)

    /// The standard look with `presentation` laid over it. Refuses a colour that is not a plain
    /// CSS colour, and a section name the reports do not have.
    public init(presentation: ReportPresentation?) throws(ReportError) {
        var templates = StandardTemplates.all
        var wording = Self.standardWording
        var colours = StandardStyle.colours
        var order: [String] = []
        if let presentation {
            for (name, text) in presentation.templates { templates[name] = text }
            for (key, text) in presentation.wording { wording[key] = text }
            for name in presentation.colours.keys.sorted() {
                let value = presentation.colours[name]!
                guard Self.isPlainColour(value), Self.isPlainName(name) else {
                    throw .badColour(name: name, value: value)
                }
                if let at = colours.firstIndex(where: { $0.name == name }) {
                    colours[at].value = value
                } else {
                    colours.append((name, value))
                }
            }
            let known = Set(Self.boardPackSections + Self.icsReportSections)
            if let unknown = presentation.sectionOrder.first(where: { !known.contains($0) }) {
                throw .unknownSection(unknown, known: Self.boardPackSections + Self.icsReportSections)
            }
            order = presentation.sectionOrder
        }
        self.templates = templates
        self.wording = wording
        self.colours = colours
        self.sectionOrder = order
    }

    /// The sections of a document in this theme's order; `standard` when the theme names none of them.
    func sections(from standard: [String]) -> [String] {
        let chosen = sectionOrder.filter { standard.contains($0) }
        return chosen.isEmpty ? standard : chosen
    }

    static func isPlainColour(_ value: String) -> Bool {
        !value.isEmpty && value.count <= 64 && value.allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || "#(),.% -".contains($0))
        }
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
