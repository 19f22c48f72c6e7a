import PlaceworksDomain
import PlaceworksTestSupport
import Southwark

/// A passing and a failing dataset for every ALL rule, checked while the 2009 Southwark Alliance operates.
enum AllianceRuleFixtures {
    static let shipped = SouthwarkWorld.shipped
    static let staffed = SouthwarkWorld.allianceStaffed
    static let day = SouthwarkWorld.allianceEra
    static let board = SouthwarkAlliance.board

    static var all: [RuleFixture] {
        [
            RuleFixture("ALL-MEM-1", passing: shipped, failing: shipped.with { data in
                for suffix in ["chief-executive", "deputy-leader"] {
                    data.seats.append(Seat(id: ID("swk-test-council-\(suffix)"), body: board, title: "Council \(suffix)",
                                           sectors: [.localAuthority], organisation: SouthwarkData.council))
                }
            }, subject: "swk-alliance-board", asOf: day),
            RuleFixture("ALL-MEM-2", passing: staffed, failing: staffed.with {
                $0.update(\.memberships, "swk-alliance-seat-police-membership") { $0.deputy = nil }
            }, subject: "swk-alliance-seat-police-membership", asOf: day),
            RuleFixture("ALL-MEM-2", passing: staffed, failing: staffed.with {
                $0.update(\.memberships, "swk-alliance-seat-leader-membership") { $0.deputyBriefed = false }
            }, subject: "swk-alliance-seat-leader-membership", asOf: day),
            RuleFixture("ALL-MTG-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, board) { $0.terms[0].cadence = .biannually }
            }, subject: "swk-alliance-board", asOf: day),
            RuleFixture("ALL-MTG-1", passing: shipped.with {
                $0.meetings += meetings(["2011-01-20", "2011-04-14", "2011-07-14", "2011-10-13"])
            }, failing: shipped.with {
                $0.meetings += meetings(["2011-01-20", "2011-04-14", "2011-10-13"])
            }, subject: "swk-alliance-board", asOf: day),
            RuleFixture("ALL-WS-1", passing: staffed, failing: shipped, subject: "swk-alliance-ws-public-services", asOf: day),
            RuleFixture("ALL-WS-1", passing: staffed, failing: staffed.with {
                $0.people.append(Person(id: "swk-test-outsider", name: "Not a Board member", fictional: true))
                $0.update(\.workstreams, "swk-alliance-ws-public-estate") { $0.sponsor = "swk-test-outsider" }
            }, subject: "swk-alliance-ws-public-estate", asOf: day),
            RuleFixture("ALL-STR-1", passing: shipped, failing: shipped.with {
                $0.remove(\.leadershipRoles, "swk-tp-safer-southwark-chair")
            }, subject: "swk-tp-safer-southwark", asOf: day),
            RuleFixture("ALL-STR-1", passing: shipped, failing: shipped.with {
                $0.remove(\.leadershipRoles, "swk-tp-local-economy-chair")
                $0.remove(\.bodies, "swk-tp-local-economy")
            }, subject: "swk-alliance-board", asOf: day),
            RuleFixture("ALL-STR-2", passing: shipped, failing: shipped.with {
                $0.remove(\.seats, SouthwarkAlliance.leaderSeat)
            }, subject: "swk-alliance-executive", asOf: day),
            RuleFixture("ALL-STR-2", passing: shipped, failing: shipped.with {
                $0.remove(\.leadershipRoles, SouthwarkAlliance.executiveChair)
                $0.remove(\.seats, SouthwarkAlliance.leaderSeat)
                $0.remove(\.bodies, SouthwarkAlliance.executiveSubCommittee)
            }, subject: "swk-alliance-board", asOf: day),
            RuleFixture("ALL-STR-2", passing: shipped, failing: shipped.with {
                $0.people.append(Person(id: "swk-test-chair", name: "Not the Leader", fictional: true))
                $0.update(\.leadershipRoles, SouthwarkAlliance.executiveChair) { $0.holder = "swk-test-chair" }
            }, subject: "swk-alliance-executive", asOf: day),
            RuleFixture("ALL-PMO-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkAlliance.secretariat) { $0.remit.removeAll { $0 == "risk management" } }
            }, subject: "swk-alliance-board", asOf: day),
        ]
    }

    /// Meetings of the Alliance Board on the given days.
    static func meetings(_ days: [Day]) -> [Meeting] {
        days.map { Meeting(id: ID("swk-test-alliance-\($0)"), body: board, date: $0) }
    }
}
