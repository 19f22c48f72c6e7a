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
            // The boundary: one Council seat fewer than half passes; exactly half fails.
            // (The shipped Board has 5 Council seats of 12; one partner seat becoming a Council seat makes 6 of 12.)
            RuleFixture("ALL-MEM-1", passing: shipped, failing: shipped.with { data in
                data.remove(\.seats, "swk-alliance-seat-business")
                data.seats.append(Seat(id: "swk-test-council-seat", body: board, title: "Council seat",
                                       sectors: [.localAuthority], organisation: SouthwarkData.council))
            }, subject: "swk-alliance-board", asOf: day, label: "exactly half"),
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
            // Rec 5: "all new workstreams": one running before the proposals took effect is not judged…
            RuleFixture("ALL-WS-1", passing: staffed.with { $0.workstreams.append(unsponsored(from: "2008-04-01")) },
                        failing: staffed.with { $0.workstreams.append(unsponsored(from: SouthwarkAlliance.from)) },
                        subject: "swk-test-alliance-ws-unsponsored", asOf: day, label: "only new workstreams"),
            // Rec 3: "the following six Thematic Partnerships" with Rec 4's chairs: a chair nobody holds is no chair.
            RuleFixture("ALL-STR-1", passing: staffed, failing: staffed.with {
                $0.update(\.leadershipRoles, "swk-tp-safer-southwark-chair") { $0.holder = nil }
            }, subject: "swk-tp-safer-southwark", asOf: day, mentions: "No one holds", label: "vacant chair"),
            RuleFixture("ALL-STR-1", passing: staffed, failing: staffed.with {
                $0.remove(\.leadershipRoles, "swk-tp-safer-southwark-chair")
            }, subject: "swk-tp-safer-southwark", asOf: day),
            // A partnership with no chair that also takes no decisions is reported for both.
            RuleFixture("ALL-STR-1", passing: staffed, failing: staffed.with {
                $0.remove(\.leadershipRoles, "swk-tp-safer-southwark-chair")
                $0.update(\.bodies, "swk-tp-safer-southwark") { $0.decisionMaking = false }
            }, subject: "swk-tp-safer-southwark", asOf: day, mentions: "not taking decisions", label: "no chair and no decisions"),
            RuleFixture("ALL-STR-1", passing: staffed, failing: staffed.with {
                $0.remove(\.leadershipRoles, "swk-tp-local-economy-chair")
                $0.remove(\.bodies, "swk-tp-local-economy")
            }, subject: "swk-alliance-board", asOf: day),
            // A thematic partnership recorded under another identifier, with its name, is the same partnership.
            RuleFixture("ALL-STR-1", passing: staffed.with { data in
                data.update(\.bodies, "swk-tp-local-economy") { $0.lifecycle.append(LifecycleEvent(.dissolved, "2011-01-01")) }
                data.bodies.append(Body(id: "swk-test-tp-local-economy", name: "Local Economy", kind: .partnership,
                                        place: SouthwarkData.place, generation: SouthwarkData.allianceGeneration,
                                        decisionMaking: true, lifecycle: [LifecycleEvent(.established, "2011-01-01")]))
                data.people.append(Person(id: "swk-test-le-chair", name: "Chair of the Local Economy group", fictional: true))
                data.leadershipRoles.append(LeadershipRole(
                    id: "swk-test-tp-local-economy-chair", title: "Chair of Local Economy", kind: .convenor, role: .chair,
                    place: SouthwarkData.place, body: "swk-test-tp-local-economy", holder: "swk-test-le-chair",
                    period: Period(from: "2011-01-01")))
            }, failing: staffed.with {
                $0.update(\.bodies, "swk-tp-local-economy") { $0.lifecycle.append(LifecycleEvent(.dissolved, "2011-01-01")) }
            }, subject: "swk-alliance-board", asOf: day, label: "recorded under another identifier"),
            // Rec 7: "chaired by the Leader of the Council": a Chair nobody holds is not the Leader.
            RuleFixture("ALL-STR-2", passing: staffed, failing: staffed.with {
                $0.update(\.leadershipRoles, SouthwarkAlliance.executiveChair) { $0.holder = nil }
            }, subject: "swk-alliance-executive", asOf: day, mentions: "No one holds the Chair", label: "vacant chair"),
            RuleFixture("ALL-STR-2", passing: staffed, failing: staffed.with {
                $0.remove(\.leadershipRoles, SouthwarkAlliance.executiveChair)
                $0.remove(\.memberships, "swk-test-alliance-executive-leader")
                $0.remove(\.seats, SouthwarkAlliance.leaderSeat)
                $0.remove(\.bodies, SouthwarkAlliance.executiveSubCommittee)
            }, subject: "swk-alliance-board", asOf: day),
            RuleFixture("ALL-STR-2", passing: staffed, failing: staffed.with {
                $0.people.append(Person(id: "swk-test-chair", name: "Not the Leader", fictional: true))
                $0.update(\.leadershipRoles, SouthwarkAlliance.executiveChair) { $0.holder = "swk-test-chair" }
            }, subject: "swk-alliance-executive", asOf: day),
            // The paper asks who chairs, not for a seat: the Leader in the Chair with no Leader seat recorded
            // passes; a Chair with neither a Leader post nor a Leader seat fails.
            RuleFixture("ALL-STR-2", passing: withoutLeaderSeat, failing: withoutLeaderSeat.with {
                $0.update(\.people, SouthwarkWorld.allianceLeader) { $0.posts.removeAll { $0.role == .electedLeader } }
            }, subject: "swk-alliance-executive", asOf: day, label: "the Leader chairs with no Leader seat"),
            // Another sub-committee chaired by someone else is allowed; the executive one is not.
            RuleFixture("ALL-STR-2", passing: withSecondSubCommittee, failing: withSecondSubCommittee.with {
                $0.update(\.leadershipRoles, SouthwarkAlliance.executiveChair) { $0.holder = "swk-test-other-chair" }
            }, subject: "swk-alliance-executive", asOf: day),
            RuleFixture("ALL-PMO-1", passing: programmeManaged, failing: programmeManaged.with {
                $0.update(\.bodies, SouthwarkAlliance.secretariat) { $0.remit.removeAll { $0 == "risk management" } }
            }, subject: "swk-alliance-board", asOf: day),
            // Rec 8: "both for the Board and Thematic Partnerships and Groups": a secretariat serving the Board
            // alone leaves each thematic partnership without them.
            RuleFixture("ALL-PMO-1", passing: programmeManaged, failing: shipped,
                        subject: "swk-tp-young-southwark", asOf: day, label: "per thematic partnership"),
        ]
    }

    /// The shipped Alliance with the Board meeting every quarter from January 2010 to the end of 2011.
    static let met: Dataset = shipped.with {
        $0.meetings += meetings(["2010-01-14", "2010-04-15", "2010-07-15", "2010-10-14", "2011-01-20", "2011-04-14",
                                 "2011-07-14", "2011-10-13"])
    }

    /// The staffed Alliance with no Leader seat on the executive sub-committee: the Leader holds its Chair.
    static let withoutLeaderSeat: Dataset = staffed.with {
        $0.remove(\.memberships, "swk-test-alliance-executive-leader")
        $0.remove(\.seats, SouthwarkAlliance.leaderSeat)
    }

    /// The shipped Alliance with the secretariat serving each thematic partnership as well as the Board.
    static let programmeManaged: Dataset = shipped.with { data in
        data.update(\.bodies, SouthwarkAlliance.secretariat) { secretariat in
            secretariat.terms[0].reportsTo += SouthwarkAlliance.thematicPartnerships.map { ReportingLine(to: $0.id, .reportsTo) }
        }
    }

    /// An Alliance workstream overseen by the Board, with no sponsor, started on `from`.
    static func unsponsored(from: Day) -> Workstream {
        Workstream(id: "swk-test-alliance-ws-unsponsored", place: SouthwarkData.place, name: "Neighbourhood working",
                   overseenBy: board, period: Period(from: from, to: "2019-04-30"))
    }

    /// The staffed Alliance with a second sub-committee, chaired by someone who is not the Leader.
    static let withSecondSubCommittee: Dataset = staffed.with {
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
