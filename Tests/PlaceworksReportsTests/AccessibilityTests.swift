import Foundation
import PlaceworksReports
import Testing

/// The HTML carries its meaning in structure and words, not in colour or position alone.
@Suite struct AccessibilityTests {
    static let html = try! HTMLRenderer().render(ExampleReports.pack())
    static let icsHTML = try! HTMLRenderer().render(ExampleReports.icsReport())

    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func theDocumentDeclaresItsLanguageAndHasOneTopHeading() {
        for html in [Self.html, Self.icsHTML] {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
            #expect(count("<h1", in: html) == 1)
            #expect(count("<h2", in: html) >= 6)
        }
    }

    @Test func everyTableHasACaptionAndHeaderCells() {
        for html in [Self.html, Self.icsHTML] {
            let tables = count("<table", in: html)
            #expect(tables >= 5)
            #expect(count("<caption>", in: html) == tables)
            #expect(count("<thead>", in: html) == tables)
        }
    }

    @Test func everyChartHasATitleAndATextAlternative() {
        for html in [Self.html, Self.icsHTML] {
            let charts = count("<svg", in: html)
            #expect(charts > 0)
            #expect(count("role=\"img\"", in: html) == charts)
            #expect(count("<title id=", in: html) == charts)
        }
        // The budget chart's figure is followed by the same figures in words.
        #expect(Self.html.contains("<figcaption class=\"legend\">2020/21 delegated budget of £"))
    }

    @Test func statusIsWrittenNotOnlyColoured() throws {
        let pack = ExampleReports.pack()
        for workstream in pack.workstreams {
            #expect(Self.html.contains("<span class=\"badge rag-\(workstream.rag.code)\">\(workstream.rag.label)</span>"))
        }
        // Each heat map cell gives its count and its rating in words.
        #expect(Self.html.contains("<span class=\"band\">Very high (25)</span>"))
        // Overdue milestones carry the word, not just the red.
        let overdue = try #require((pack.workstreams.flatMap(\.milestones) + pack.otherMilestones).first { $0.overdue })
        #expect(Self.html.contains("<span class=\"flag\">\(overdue.flag)</span>"))
    }

    @Test func thePageIsSelfContainedAndPrintsOnA4() {
        for html in [Self.html, Self.icsHTML] {
            #expect(!html.contains("<link"))
            #expect(!html.contains("<script"))
            #expect(!html.contains("src=\"http"))
            #expect(html.contains("@page{size:A4"))
            #expect(html.contains("section.sheet{break-before:page"))
        }
    }
}
