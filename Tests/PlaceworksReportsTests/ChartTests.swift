import Foundation
@testable import PlaceworksReports
import Testing

@Suite struct ChartTests {
    @Test func barsAreScaledToTheLargestValueAndLabelled() {
        let chart = BarChart(id: "c", title: "Budget", description: "Two lines", bars: [
            .init(label: "Primary care", value: 100, valueText: "£100"),
            .init(label: "Prescribing", value: 50, valueText: "£50"),
        ]).svg()
        #expect(chart.contains("<title id=\"c-title\">Budget</title>"))
        #expect(chart.contains("<desc id=\"c-desc\">Two lines</desc>"))
        #expect(chart.contains("width=\"300\""))
        #expect(chart.contains("width=\"150\""))
        #expect(chart.contains(">£50</text>"))
    }

    @Test func aMissingValueIsWrittenNotDrawn() {
        let chart = BarChart(id: "c", title: "t", description: "d", bars: [
            .init(label: "Bexley", value: nil, valueText: "Not recorded"),
            .init(label: "Southwark", value: 10, valueText: "£10"),
        ]).svg()
        #expect(chart.components(separatedBy: "<rect").count - 1 == 1)
        #expect(chart.contains("chart-missing\" x=\"256\" y=\"25\">Not recorded</text>"))
    }

    @Test func labelsAreEscaped() {
        let chart = BarChart(id: "c", title: "A & B", description: "<x>", bars: []).svg()
        #expect(chart.contains("A &amp; B"))
        #expect(chart.contains("&lt;x&gt;"))
    }

    @Test func theSparklineRisesWithTheValues() {
        let line = Sparkline(id: "s", title: "Rising", values: [1, 2, 3]).svg()
        #expect(line.contains("points=\"4,28 60,16 116,4\""))
        let flat = Sparkline(id: "s", title: "One", values: [5]).svg()
        #expect(!flat.contains("polyline"))
        #expect(flat.contains("<circle"))
    }

    @Test func moneyAndNumbersAreWrittenTheSameEverywhere() {
        #expect(Formatting.money(1_234_567) == "£1,234,567")
        #expect(Formatting.money(-5) == "−£5")
        #expect(Formatting.millions(12_345_678) == "£12.3m")
        #expect(Formatting.number(3.25, places: 1) == "3.3")
        #expect(Formatting.number(1_200) == "1,200")
        #expect(Formatting.number(0.5) == "0.5")
        #expect(Formatting.long("2022-04-01") == "1 April 2022")
        #expect(Formatting.slug("South East London ICS") == "south-east-london-ics")
    }
}
