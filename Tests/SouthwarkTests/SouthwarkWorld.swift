import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon
import Southwark

/// The shipped Southwark data (with the national and South East London data it refers to), and
/// variations of it the rule fixtures start from.
enum SouthwarkWorld {
    /// The extensions every Southwark test registers together.
    static var extensions: [any PlaceworksExtension] {
        [NationalGuidance(), SouthEastLondonExtension(), SouthwarkExtension()]
    }

    /// A day after the PSSB is established.
    static let pssbEra: Day = "2022-06-01"
    /// A day while the 2020 recovery plan's governance applies (August 2020 to March 2022).
    static let recoveryPlanEra: Day = "2021-06-01"
    /// A day in the life of the 2009 Southwark Alliance.
    static let allianceEra: Day = "2012-01-01"

    /// Everything the three extensions register.
    static let shipped: Dataset = {
        do { return try Registry(extensions).dataset } catch { fatalError("The shipped extensions do not register: \(error)") }
    }()

    static let place = SouthwarkData.place

    /// The shipped data with the gaps the documents leave filled in, as a partnership would:
    /// a lived experience assembly, public PSSB sessions, a published 2022/23 budget, named SROs, completed milestones,
    /// outcome metrics, and owned, scored and mitigated risks. People are fictional.
    static let completed: Dataset = shipped.with { data in
        data.bodies.append(Body(
            id: "swk-test-assembly", name: "Southwark Lived Experience Assembly", kind: .assembly, place: place,
            ics: SouthwarkData.ics, decisionMaking: false, lifecycle: [LifecycleEvent(.established, "2022-01-10")]))
        data.update(\.bodies, SouthwarkData.strategicBoard) { board in
            for index in board.terms.indices { board.terms[index].sessions = .publicWithPrivate }
        }
        for stream in RecoveryPlanWorkstreams.streams {
            let sro = ID<Person>("swk-test-sro-\(stream.key)")
            data.people.append(Person(id: sro, name: "\(stream.name) SRO", fictional: true))
            data.update(\.workstreams, stream.id) { $0.sro = sro }
            data.indicators.append(Indicator(id: ID("swk-test-indicator-\(stream.key)"), place: place,
                                             workstream: stream.id, name: "\(stream.name) outcome",
                                             aim: .populationHealth))
        }
        for index in data.milestones.indices where data.milestones[index].place == place {
            data.milestones[index].status = .done
            data.milestones[index].completed = data.milestones[index].due
        }
        data.budgets.append(Budget(
            id: "swk-test-budget-2022-23", place: place, financialYear: "2022/23",
            lines: [BudgetLine("Delegated Primary Care Services", amount: 50_000_000)], statedTotal: 50_000_000,
            publishedAt: "PSSB public papers, 1 June 2022"))
        data.meetings += leadershipForumMeetings + touchpointMeetings
        data.people.append(Person(id: "swk-test-risk-owner", name: "Risk owner", fictional: true))
        for expected in RecoveryPlanRisks.risks {
            data.update(\.risks, expected.id) { risk in
                risk.owner = "swk-test-risk-owner"
                risk.likelihood = 3
                risk.impact = 3
                risk.mitigation = "Reviewed monthly by the workstream SROs"
            }
        }
    }

    /// The SRO touchpoint meeting every 28 days from 20 August 2020 to the PSSB era.
    static let touchpointMeetings: [Meeting] = {
        var meetings: [Meeting] = []
        var day: Day = "2020-08-20"
        while day <= pssbEra {
            meetings.append(Meeting(id: ID("swk-test-touchpoint-\(day)"), body: SouthwarkData.sroTouchpoint, date: day))
            day = day.adding(days: 28)
        }
        return meetings
    }()

    /// The Leadership Forum meeting every 60 days from 10 September 2020 to the PSSB era.
    static let leadershipForumMeetings: [Meeting] = {
        var meetings: [Meeting] = []
        var day: Day = "2020-09-10"
        while day <= pssbEra {
            meetings.append(Meeting(id: ID("swk-test-pslf-\(day)"), body: SouthwarkData.leadershipForum, date: day))
            day = day.adding(days: 60)
        }
        return meetings
    }()

    /// The shipped data with every Alliance Board seat filled by a fictional member with a briefed
    /// deputy, each Alliance workstream sponsored by a Board member, every thematic partnership's
    /// Chair held, and the executive sub-committee chaired by the Leader of the Council, who holds
    /// its Leader seat.
    static let allianceStaffed: Dataset = shipped.with { data in
        let seats = data.seats.filter { $0.body == SouthwarkAlliance.board }
        for seat in seats {
            let member = ID<Person>("\(seat.id)-member"), deputy = ID<Person>("\(seat.id)-deputy")
            data.people += [Person(id: member, name: "Member for \(seat.title)", fictional: true),
                            Person(id: deputy, name: "Deputy for \(seat.title)", fictional: true)]
            data.memberships.append(Membership(
                id: ID("\(seat.id)-membership"), seat: seat.id, person: member, onBehalfOf: seat.organisation,
                period: Period(from: SouthwarkAlliance.from), deputy: deputy, deputyBriefed: true))
        }
        let sponsor = ID<Person>("\(seats[0].id)-member")
        for index in data.workstreams.indices where data.workstreams[index].overseenBy == SouthwarkAlliance.board {
            data.workstreams[index].sponsor = sponsor
        }
        for partnership in SouthwarkAlliance.thematicPartnerships {
            let chair = ID<Person>("\(partnership.id)-chair-holder")
            data.people.append(Person(id: chair, name: "Chair of \(partnership.name)", fictional: true))
            data.update(\.leadershipRoles, ID("\(partnership.id)-chair")) { $0.holder = chair }
        }
        data.update(\.people, allianceLeader) {
            $0.posts.append(Post(title: "Leader of the Council", organisation: SouthwarkData.council, role: .electedLeader,
                                 period: Period(from: SouthwarkAlliance.from)))
        }
        data.update(\.leadershipRoles, SouthwarkAlliance.executiveChair) { $0.holder = allianceLeader }
        data.memberships.append(Membership(
            id: "swk-test-alliance-executive-leader", seat: SouthwarkAlliance.leaderSeat, person: allianceLeader,
            onBehalfOf: SouthwarkData.council, period: Period(from: SouthwarkAlliance.from)))
    }

    /// The fictional Leader of the Council: the member holding the Board's Leader seat in ``allianceStaffed``.
    static let allianceLeader: ID<Person> = "swk-alliance-seat-leader-member"
}
