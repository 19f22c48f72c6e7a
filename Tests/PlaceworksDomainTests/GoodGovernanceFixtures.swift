import PlaceworksDomain
import PlaceworksTestSupport

/// Passing and failing data for every GOV rule, each made from the compliant test world by
/// changing one thing.
enum GoodGovernanceFixtures {
    static let world = TestWorld.dataset
    static let meeting: ID<Meeting> = "tb-meeting-2022-03"
    static let decision = "tb-d-1"
    static let risk: ID<Risk> = "tb-risk-1"
    static let workstream: ID<Workstream> = "tb-ws-start-well"
    static let milestone: ID<Milestone> = "tb-ms-1"

    /// The seat suffixes of the test world's committee (see `TestWorld`).
    static let seats = ["place-lead", "pcn", "acute", "community", "mental-health", "dass", "dcs", "dph", "member",
                        "healthwatch", "vcse", "social-care"]

    static func member(_ suffix: String) -> ID<Person> { ID("tb-person-\(suffix)") }
    static func deputy(_ suffix: String) -> ID<Person> { ID("tb-deputy-\(suffix)") }

    /// The test world with the March 2022 committee meeting attended as given.
    static func attended(members: [String], deputies: [String] = [], deputiesMayAct: Bool = true,
                         excluded: [String] = ["pcn"]) -> Dataset {
        world.with { data in
            data.update(\.meetings, meeting) { meeting in
                meeting.attendance = members.map { Attendance(member($0), as: .member) }
                    + deputies.map { Attendance(deputy($0), as: .deputy, standingInFor: member($0)) }
                    + seats.filter { !members.contains($0) && !deputies.contains($0) }
                        .map { Attendance(member($0), as: .apologies) }
                meeting.items[0].decision?.excluded = excluded.map(member)
            }
            data.update(\.bodies, TestWorld.committee) { $0.terms[0].deputiesMayAct = deputiesMayAct }
        }
    }

    static func risk(_ change: @escaping (inout Risk) -> Void) -> Dataset {
        world.with { $0.update(\.risks, risk, change) }
    }

    static func workstream(_ change: @escaping (inout Workstream) -> Void) -> Dataset {
        world.with { $0.update(\.workstreams, workstream, change) }
    }

    static func milestone(_ change: @escaping (inout Milestone) -> Void) -> Dataset {
        world.with { $0.update(\.milestones, milestone, change) }
    }

    static var all: [RuleFixture] { meetingQuorum + conflictsOfInterest + riskRegister + workstreamLeadership }

    static var meetingQuorum: [RuleFixture] {
        let everyone = seats
        let six = ["place-lead", "pcn", "acute", "dass", "dph", "vcse"]
        return [
            // Half of twelve voting members must attend; five is one short.
            RuleFixture("GOV-MTG-1", passing: attended(members: six),
                        failing: attended(members: Array(six.dropLast())), subject: meeting.rawValue),
            // Deputies standing in count only where the terms let deputies act.
            RuleFixture("GOV-MTG-1", passing: attended(members: ["place-lead", "dass", "dph"],
                                                       deputies: ["acute", "pcn", "vcse"]),
                        failing: attended(members: ["place-lead", "dass", "dph"], deputies: ["acute", "pcn", "vcse"],
                                          deputiesMayAct: false),
                        subject: meeting.rawValue),
            // Only the member's own nominated deputy stands in: another member's deputy does not count.
            RuleFixture("GOV-MTG-1",
                        passing: attended(members: Array(six.dropLast()), deputies: ["vcse"]),
                        failing: attended(members: Array(six.dropLast())).with { data in
                            data.update(\.meetings, meeting) { meeting in
                                meeting.attendance.removeAll { $0.person == member("vcse") }
                                meeting.attendance.append(Attendance(deputy("acute"), as: .deputy,
                                                                     standingInFor: member("vcse")))
                            }
                        },
                        subject: meeting.rawValue, severity: .error, mentions: "nominated deputy",
                        label: "a stand-in who is not the nominated deputy"),
            // The quorum must include someone from the ICB and from the local authority.
            RuleFixture("GOV-MTG-1", passing: attended(members: everyone),
                        failing: attended(members: everyone.filter { $0 != "place-lead" }),
                        subject: meeting.rawValue),
            // A member who attends only "in attendance" (not as a member) does not count.
            RuleFixture("GOV-MTG-1", passing: attended(members: six),
                        failing: attended(members: six).with { data in
                            data.update(\.meetings, meeting) { $0.attendance[0].capacity = .inAttendance }
                        },
                        subject: meeting.rawValue),
        ]
    }

    static var conflictsOfInterest: [RuleFixture] {
        let seven = ["place-lead", "pcn", "acute", "dass", "dph", "vcse", "healthwatch"]
        return [
            // The member who declared an interest is not recorded as withdrawing.
            RuleFixture("GOV-COI-1", passing: world,
                        failing: attended(members: seats, excluded: []), subject: decision),
            // Without the conflicted member the decision has five of the six needed.
            RuleFixture("GOV-COI-1", passing: attended(members: seven),
                        failing: attended(members: Array(seven.dropLast())), subject: decision),
            // The only ICB member present withdraws: the decision loses a required sector.
            RuleFixture("GOV-COI-1", passing: world,
                        failing: world.with { data in
                            data.update(\.meetings, meeting) { meeting in
                                meeting.declarations.append(Declaration(person: member("place-lead"), item: "1",
                                                                        interest: "Employed by a bidder"))
                                meeting.items[0].decision?.excluded.append(member("place-lead"))
                            }
                        },
                        subject: decision),
        ]
    }

    static var riskRegister: [RuleFixture] {
        [
            RuleFixture("GOV-RISK-1", passing: world, failing: risk { $0.owner = nil }, subject: risk.rawValue),
            RuleFixture("GOV-RISK-1", passing: world, failing: risk { $0.impact = nil }, subject: risk.rawValue),
            RuleFixture("GOV-RISK-1", passing: world, failing: risk { $0.mitigation = "  " }, subject: risk.rawValue),
            // A review date of the day checked has not passed; the day before has.
            // A passed review date is a slipped date: a warning, not an error.
            RuleFixture("GOV-RISK-1", passing: risk { $0.reviewBy = Fixtures.asOf },
                        failing: risk { $0.reviewBy = Fixtures.asOf.adding(days: -1) }, subject: risk.rawValue,
                        severity: .warning, mentions: "31 March 2022", label: "review date passed"),
            RuleFixture("GOV-RISK-1", passing: world, failing: risk { $0.reviewBy = nil }, subject: risk.rawValue,
                        severity: .error, label: "no review date"),
            // 4 × 4 = 16 must go to the board; 3 × 4 = 12 need not.
            RuleFixture("GOV-RISK-1",
                        passing: risk { $0.likelihood = 4; $0.impact = 4; $0.escalatedTo = TestWorld.icbBoard },
                        failing: risk { $0.likelihood = 4; $0.impact = 4 }, subject: risk.rawValue),
            // 3 × 5 = 15 is at the threshold.
            RuleFixture("GOV-RISK-1", passing: risk { $0.likelihood = 2; $0.impact = 5 },
                        failing: risk { $0.likelihood = 3; $0.impact = 5 }, subject: risk.rawValue),
            // A closed risk is not checked.
            RuleFixture("GOV-RISK-1", passing: risk { $0.owner = nil; $0.closed = Fixtures.asOf },
                        failing: risk { $0.owner = nil; $0.closed = Fixtures.asOf.adding(days: 1) },
                        subject: risk.rawValue),
        ]
    }

    static var workstreamLeadership: [RuleFixture] {
        [
            RuleFixture("GOV-WS-1", passing: world, failing: workstream { $0.sro = nil; $0.sponsor = nil },
                        subject: workstream.rawValue, severity: .warning, label: "no SRO and no sponsor"),
            // Alliance Rec 5: a Board member sponsoring the workstream leads it; no separate SRO is needed.
            RuleFixture("GOV-WS-1", passing: workstream { $0.sro = nil },
                        failing: workstream { $0.sro = nil; $0.sponsor = deputy("dcs") }, subject: workstream.rawValue,
                        severity: .warning, mentions: "Board sponsor", label: "sponsor not on the board"),
            // A milestone the plan dates by month is due at the month's end.
            RuleFixture("GOV-WS-1",
                        passing: milestone { $0.status = .inProgress; $0.completed = nil; $0.due = "2022-04-01"
                            $0.precision = .month },
                        failing: milestone { $0.status = .inProgress; $0.completed = nil; $0.due = "2022-03-01"
                            $0.precision = .month },
                        subject: milestone.rawValue, severity: .warning, mentions: "due by March 2022",
                        label: "month-dated milestone"),
            // The SRO must hold a seat on the overseeing body, not just deputise on it.
            RuleFixture("GOV-WS-1", passing: workstream { $0.sro = member("dph") },
                        failing: workstream { $0.sro = deputy("dcs") }, subject: workstream.rawValue),
            // An SRO whose membership has ended no longer sits on the body.
            RuleFixture("GOV-WS-1", passing: world,
                        failing: world.with { data in
                            data.update(\.memberships, "tb-m-dcs") {
                                $0.period = Period(from: "2021-04-01", to: "2022-03-31")
                            }
                        },
                        subject: workstream.rawValue),
            RuleFixture("GOV-WS-1", passing: world, failing: workstream { $0.overseenBy = nil },
                        subject: workstream.rawValue),
            // A milestone due yesterday and not done is overdue; one due today is not yet.
            RuleFixture("GOV-WS-1", passing: milestone { $0.status = .inProgress; $0.completed = nil; $0.due = Fixtures.asOf },
                        failing: milestone { $0.status = .inProgress; $0.completed = nil; $0.due = "2022-03-31" },
                        subject: milestone.rawValue),
            // Recorded as done, but only after the day checked.
            RuleFixture("GOV-WS-1", passing: milestone { $0.completed = "2022-03-01" },
                        failing: milestone { $0.completed = "2022-05-01" }, subject: milestone.rawValue),
        ]
    }
}
