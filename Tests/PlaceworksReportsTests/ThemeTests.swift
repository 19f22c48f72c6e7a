import Foundation
import PlaceworksDomain
import PlaceworksReports
import Testing

/// A borough makes the pack its own through its extension's report presentation.
@Suite struct ThemeTests {
    struct Borough: PlaceworksExtension {
        var presentation: ReportPresentation
        var name: String { "Test borough" }
        var coverage: Coverage { .place(ExampleReports.southwark) }
        func register(into registrar: inout Registrar) {}
        var reportPresentation: ReportPresentation? { presentation }
    }

    static let southwark = ExampleReports.dataset.places.first { $0.id == ExampleReports.southwark }!

    @Test func anExtensionReordersRewordsAndRecoloursThePack() throws {
        let presentation = ReportPresentation(
            templates: ["pack-cover": "<section id=\"cover\"><h1>{{title}}</h1><p>Our own cover</p></section>\n"],
            sectionOrder: ["risks", "findings"],
            wording: ["board-pack.title": "Partnership Southwark pack", "board-pack.risks": "Our risks"],
            colours: ["accent": "#6a1b4d"])
        let theme = try ReportTheme.theme(for: Self.southwark, extensions: [NationalGuidance(), Borough(presentation: presentation)])
        let html = try HTMLRenderer(theme: theme).render(ExampleReports.pack())
        #expect(html.contains("<h1>Partnership Southwark pack</h1><p>Our own cover</p>"))
        #expect(html.contains("--accent:#6a1b4d;"))
        #expect(html.contains("<h2 id=\"risks-heading\">Our risks</h2>"))
        let risks = try #require(html.range(of: "id=\"risks-heading\""))
        let findings = try #require(html.range(of: "id=\"findings-heading\""))
        #expect(risks.lowerBound < findings.lowerBound)
        #expect(!html.contains("id=\"membership-heading\""))
    }

    @Test func anotherPlaceKeepsTheStandardLook() throws {
        let lewisham = ExampleReports.dataset.places.first { $0.id == ExampleReports.lewisham }!
        let presentation = ReportPresentation(colours: ["accent": "#6a1b4d"])
        let theme = try ReportTheme.theme(for: lewisham, extensions: [Borough(presentation: presentation)])
        #expect(theme.colours.first { $0.name == "accent" }?.value == "#005190")
    }

    @Test func aColourThatIsNotACSSColourIsRefused() {
        #expect(throws: ReportError.badColour(name: "accent", value: "red;}body{display:none")) {
            try ReportTheme(presentation: ReportPresentation(colours: ["accent": "red;}body{display:none"]))
        }
    }

    @Test func anUnknownSectionIsRefusedByName() {
        #expect(throws: ReportError.unknownSection("budgets-and-more", known: ReportTheme.boardPackSections
                                                    + ReportTheme.icsReportSections)) {
            try ReportTheme(presentation: ReportPresentation(sectionOrder: ["budgets-and-more"]))
        }
    }

    @Test func aTemplateThatDoesNotParseIsNamed() {
        let theme = try! ReportTheme(presentation: ReportPresentation(templates: ["pack-cover": "{{#open}} never closed"]))
        do {
            _ = try HTMLRenderer(theme: theme)
            Issue.record("the broken template was accepted")
        } catch {
            #expect(error.description.contains("“pack-cover”"))
        }
    }
}
