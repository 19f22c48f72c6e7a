import PlaceworksDomain
import PlaceworksTestSupport
import Southwark

/// A passing and a failing dataset for every ALL rule, checked while the 2009 Southwark Alliance operates.
enum AllianceRuleFixtures {
    static let shipped = SouthwarkWorld.shipped
    static let staffed = SouthwarkWorld.allianceStaffed
    static let day = SouthwarkWorld.allianceEra
    static let board = SouthwarkAlliance.board
    /// The last meeting of ``met``.
    static let lastMeeting: Day = "2011-10-13"

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
            // The Board's terms do not empower deputies to act and decide.
            RuleFixture("ALL-MEM-2", passing: staffed, failing: staffed.with {
                $0.update(\.bodies, board) { $0.terms[0].deputiesMayAct = false }
            }, subject: "swk-alliance-board", asOf: day),
            RuleFixture("ALL-MTG-1", passing: met, failing: met.with {
                $0.update(\.bodies, board) { $0.terms[0].cadence = .biannually }
            }, subject: "swk-alliance-board", asOf: day),
            // A gap of more than a quarter between two meetings.
            RuleFixture("ALL-MTG-1", passing: met, failing: met.with {
                $0.meetings.removeAll { $0.id == "swk-test-alliance-2011-07-14" }
            }, subject: "swk-alliance-board", asOf: day),
            // Never met since it was established.
            RuleFixture("ALL-MTG-1", passing: met, failing: shipped, subject: "swk-alliance-board", asOf: day),
            // Silent since its last meeting for longer than a quarter.
            RuleFixture("ALL-MTG-1", passing: met, failing: met.with {
                $0.meetings.removeAll { $0.body == board && $0.date > "2011-06-01" }
            }, subject: "swk-alliance-board", asOf: day),
            // The day the quarter's grace runs out since the last meeting (13 October 2011) passes…
            RuleFixture("ALL-MTG-1", passing: met, failing: met.with {
                $0.meetings.removeAll { $0.id == "swk-test-alliance-2011-10-13" }
            }, subject: "swk-alliance-board", asOf: lastMeeting.adding(days: Cadence.quarterly.maximumGapDays)),
            // …and the day after it fails unless the Board has met again.
            RuleFixture("ALL-MTG-1", passing: met.with { $0.meetings += meetings(["2012-01-12"]) }, failing: met,
                        subject: "swk-alliance-board", asOf: lastMeeting.adding(days: Cadence.quarterly.maximumGapDays + 1)),
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
            // Another of the "small number of sub-committees" chaired by someone else is allowed.
            RuleFixture("ALL-STR-2", passing: withSecondSubCommittee, failing: withSecondSubCommittee.with {
                $0.remove(\.seats, SouthwarkAlliance.leaderSeat)
            }, subject: "swk-alliance-executive", asOf: day),
            RuleFixture("ALL-PMO-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkAlliance.secretariat) { $0.remit.removeAll { $0 == "risk management" } }
            }, subject: "swk-alliance-board", asOf: day),
        ]
    }

    /// The shipped Alliance with the Board meeting every quarter from January 2010 to the end of 2011.
    static let met: Dataset = shipped.with {
        $0.meetings += meetings(["2010-01-14", "2010-04-15", "2010-07-15", "2010-10-14", "2011-01-20", "2011-04-14",
                                 "2011-07-14", "2011-10-13"])
    }

    /// The shipped Alliance with a second sub-committee, chaired by someone who is not the Leader.
    static let withSecondSubCommittee: Dataset = shipped.with {
        $0.bodies.append(Body(id: "swk-test-alliance-audit", name: "Southwark Alliance Performance Sub-Committee",
                              kind: .subCommittee, place: SouthwarkData.place,
                              generation: SouthwarkData.allianceGeneration,
                              lifecycle: [LifecycleEvent(.established, "2010-06-01")]))
        $0.people.append(Person(id: "swk-test-other-chair", name: "Another member", fictional: true))
        $0.leadershipRoles.append(LeadershipRole(
            id: "swk-test-alliance-audit-chair", title: "Chair of the Performance Sub-Committee", kind: .convenor,
            role: .chair, place: SouthwarkData.place, body: "swk-test-alliance-audit", holder: "swk-test-other-chair",
            period: Period(from: "2010-06-01")))
    }

    /// Meetings of the Alliance Board on the given days.
    static func meetings(_ days: [Day]) -> [Meeting] {
        days.map { Meeting(id: ID("swk-test-alliance-\($0)"), body: board, date: $0) }
    }
}
