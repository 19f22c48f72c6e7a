import Foundation
import PlaceworksDomain
import PlaceworksReports
import Testing

/// What the example dataset's board pack and ICS report say, checked against the data itself.
@Suite struct ContentTests {
    @Test func theCoverNamesThePlaceTheBodyTheDayAndTheVersions() {
        let cover = ExampleReports.pack().cover
        #expect(cover.placeName == "Southwark")
        #expect(cover.bodyName == "Partnership Southwark Strategic Board")
        #expect(cover.asOfText == "1 April 2022")
        #expect(cover.ruleSetVersion.hasPrefix("\(ExampleReports.registry.rules.count) rules"))
        #expect(cover.dataVersion.hasPrefix("file sel-2022.yaml"))
    }

    @Test func membershipShowsEverySeatVacantOrFilledWithItsDeputy() throws {
        let pack = ExampleReports.pack()
        let committee = try #require(pack.membership.first)
        #expect(committee.isPlaceCommittee)
        let index = DatasetIndex(ExampleReports.dataset)
        let seats = index.members(of: ID(committee.id), on: ExampleReports.asOf)
        #expect(committee.seatCount == seats.count)
        #expect(committee.vacancies == seats.filter { $0.membership == nil }.count)
        for (entry, (seat, membership)) in zip(committee.seats, seats) {
            #expect(entry.title == seat.title)
            #expect(entry.vacant == (membership == nil))
            #expect((entry.deputy != nil) == (membership?.deputy != nil))
        }
    }

    @Test func findingsAreGroupedErrorsFirstWithTheirRulesAndCitations() {
        let pack = ExampleReports.pack()
        let report = ExampleReports.registry.check(ExampleReports.dataset, asOf: ExampleReports.asOf,
                                                   place: ExampleReports.southwark)
        #expect(pack.findings.counts.total == report.findings.count)
        #expect(pack.findings.groups.map(\.severity) == ["error", "warning", "info"].filter { severity in
            report.findings.contains { $0.severity.rawValue == severity }
        })
        for finding in pack.findings.groups.flatMap(\.findings) {
            #expect(!finding.citations.isEmpty)
            #expect(!finding.requirement.isEmpty)
        }
    }

    @Test func escalatedRisksAreThoseEscalatedOrScoringFifteenOrMore() {
        let pack = ExampleReports.pack()
        let open = DatasetIndex(ExampleReports.dataset).openRisks(in: ExampleReports.southwark, on: ExampleReports.asOf)
        let expected = Set(open.filter { $0.escalatedTo != nil || ($0.score ?? 0) >= 15 }.map(\.id.rawValue))
        #expect(Set(pack.risks.escalated.map(\.id)) == expected)
        #expect(pack.risks.heatMap.rows.flatMap(\.cells).reduce(0) { $0 + $1.count } == open.filter { $0.score != nil }.count)
        #expect(pack.risks.open.map { $0.score ?? 0 } == pack.risks.open.map { $0.score ?? 0 }.sorted(by: >))
    }

    @Test func overdueMilestonesAreFlaggedInWords() {
        let pack = ExampleReports.pack()
        let milestones = pack.workstreams.flatMap(\.milestones) + pack.otherMilestones
        let overdue = milestones.filter(\.overdue)
        #expect(!overdue.isEmpty)
        #expect(overdue.allSatisfy { $0.flag.hasPrefix("Overdue by ") && $0.due < ExampleReports.asOf.description })
    }

    @Test func theICSReportShowsUnrecordedPlacesAsSuchNotAsFailures() throws {
        let report = ExampleReports.icsReport()
        #expect(report.places.map(\.name) == ["Bexley", "Bromley", "Greenwich", "Lambeth", "Lewisham", "Southwark"])
        #expect(report.places.filter(\.recorded).map(\.name) == ["Lewisham", "Southwark"])
        let bexley = try #require(report.delivery.first { $0.place == "Bexley" })
        #expect(bexley.text == "Not recorded")
        #expect(report.vacancies.first { $0.place == "Bexley" }?.text == "Not recorded")
        #expect(report.budgets.rows.first { $0.place == "Bexley" }?.totalText == "Not recorded")
        // A rule with nothing to say about an unrecorded place writes "Not recorded", not "None".
        for row in report.matrix.rows {
            let cell = row.cells[0]
            #expect(cell.total > 0 || cell.text == "Not recorded")
        }
    }

    @Test func everyMatrixCellLinksToAFindingOfItsRule() {
        let report = ExampleReports.icsReport()
        let anchors = Dictionary(uniqueKeysWithValues: report.findings.flatMap(\.findings).map { ($0.anchor, $0) })
        var links = 0
        for row in report.matrix.rows {
            for cell in row.cells {
                guard let link = cell.link else {
                    #expect(cell.total == 0)
                    continue
                }
                links += 1
                #expect(anchors[link]?.rule == row.rule)
            }
        }
        #expect(links > 0)
        #expect(report.cover.findings.total == anchors.count)
    }
}
