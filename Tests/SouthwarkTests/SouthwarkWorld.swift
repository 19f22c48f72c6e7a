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

    /// The partners the test MoU names from 1 August 2020: the council, SEL CCG and three trusts; the
    /// ICB joins as the CCG's successor when the CCG closes (1 July 2022).
    static let partners: [ID<Organisation>] = [SouthwarkData.council, SouthwarkData.ccg, "RJ1", "RJZ", "RV5"]

    /// ``completed`` with what the added Southwark rules read, recorded as a partnership would: the
    /// transition milestones done (in ``completed``), the MoU with its versions, constituents and
    /// signatures (the ICB by transfer from the CCG), the transformation fund's contributions, host
    /// transfer and allocations, costed recovery commitments within the resource available, an
    /// agreed outcomes framework, progress updates at every Leadership Forum meeting, an agreed
    /// engagement plan with engagements of both groups per workstream, and a Director recruited
    /// internally on secondment (from a constituent partner, to the ICB) after a role description.
    static let recorded: Dataset = completed.with { data in
        // B.II: the PSSB's draft terms "shared back with the wider partnership for endorsement before Nov 21",
        // endorsed by the Leadership Forum before the PSSB stood up in shadow form.
        data.approvals.append(Approval(
            id: "swk-test-pssb-terms-endorsed", place: SouthwarkData.place, subject: RecordReference(SouthwarkData.strategicBoard),
            version: "2021", matter: .termsOfReference, approvedBy: SouthwarkData.leadershipForum, action: .endorsed,
            date: "2021-10-28"))
        data.update(\.agreements, TransitionPlan.memorandum) { mou in
            mou.versions = [AgreementVersion(version: "2019", date: "2019-05-01", principles: ["Develop clarity and realism of purpose"])]
            mou.constituents = partners.map { partner in
                Constituent(organisation: partner, period: Period(from: "2019-05-01", to: partner == SouthwarkData.ccg ? "2022-06-30" : nil))
            } + [Constituent(organisation: SouthwarkData.icb, period: Period(from: "2022-07-01"))]
            mou.signatures = partners.map { Signature(organisation: $0, version: "2019", signed: "2019-05-01",
                                                      withdrawn: $0 == SouthwarkData.ccg ? "2022-07-01" : nil) }
                + [Signature(organisation: SouthwarkData.icb, version: "2019", signed: "2022-07-01",
                             transferredFrom: SouthwarkData.ccg)]
        }
        data.update(\.funds, TransitionPlan.transformationFund) { fund in
            fund.hosts = [FundHost(organisation: SouthwarkData.ccg, period: Period(from: "2020-04-01", to: "2021-02-28")),
                          FundHost(organisation: SouthwarkData.council, period: Period(from: "2021-03-01"))]
            fund.contributions = partners.map { Contribution(organisation: $0, financialYear: "2020/21", amount: 200_000) }
            fund.allocations = [Allocation(amount: 150_000, date: "2020-11-01", decidedBy: SouthwarkData.leadershipForum,
                                           workstream: "swk-ws-age-well", priority: "Age Well")]
        }
        data.update(\.publications, TransitionPlan.recoveryPlan) { plan in
            plan.resourceAvailable = [YearAmount(financialYear: "2020/21", amount: 2_000_000),
                                      YearAmount(financialYear: "2021/22", amount: 2_000_000)]
        }
        data.commitments.append(Commitment(
            id: "swk-test-commitment", place: place, title: "Care home multi-disciplinary support",
            plan: TransitionPlan.recoveryPlan, workstream: "swk-ws-care-well", owner: SouthwarkData.council,
            costs: [CommitmentCost(financialYear: "2020/21", gross: 1_500_000, offsets: 500_000),
                    CommitmentCost(financialYear: "2021/22", gross: 2_500_000, offsets: 500_000)]))
        data.publications.append(Publication(
            id: "swk-test-outcomes-framework", place: place, type: .outcomesFramework,
            title: "Partnership Southwark outcomes framework", agreed: "2022-03-15", agreedBy: SouthwarkData.strategicBoard))
        for index in data.indicators.indices where data.indicators[index].place == place {
            data.indicators[index].framework = "swk-test-outcomes-framework"
            data.indicators[index].target = IndicatorTarget(value: 10, date: "2024-03-31")
            data.indicators[index].owner = IndicatorOwner(body: SouthwarkData.strategicBoard)
        }
        data.update(\.indicators, "swk-test-indicator-live-well") {
            $0.inequalityGap = InequalityGap(groups: ["most deprived quintile", "least deprived quintile"])
        }
        for index in data.meetings.indices where data.meetings[index].body == SouthwarkData.leadershipForum {
            data.meetings[index].items += RecoveryPlanWorkstreams.streams.map { stream in
                AgendaItem(id: "update-\(stream.key)", title: "\(stream.name) progress update", workstream: stream.id,
                           type: .progressUpdate)
            }
        }
        data.update(\.publications, TransitionPlan.engagementPlan) {
            $0.agreed = "2020-09-10"
            $0.agreedBy = SouthwarkData.leadershipForum
        }
        var day: Day = "2020-09-15"
        while day <= pssbEra {
            for stream in RecoveryPlanWorkstreams.streams {
                data.engagements.append(Engagement(
                    id: ID("swk-test-engagement-\(stream.key)-\(day)"), place: place, title: "\(stream.name) listening event",
                    type: .activity, workstream: stream.id, underPlan: TransitionPlan.engagementPlan, started: day,
                    audiences: [.serviceUsersOrCarers, .frontlineStaff]))
            }
            day = day.adding(days: 180)
        }
        data.people.append(Person(id: director, name: "Partnership Southwark Director", fictional: true))
        data.update(\.recruitments, TransitionPlan.directorRecruitment) { recruitment in
            recruitment.roleDescriptionDated = "2021-09-20"
            recruitment.stages[0].opens = "2021-10-01"
            recruitment.stages[0].closes = "2021-11-15"
            recruitment.stages[0].outcome = .appointed
            recruitment.appointee = director
        }
        data.update(\.leadershipRoles, SouthwarkData.director) { role in
            role.holder = director
            role.appointment?.basis = .secondment
            role.appointment?.homeOrganisation = "RJ1"
            role.appointment?.ends = "2024-03-31"
        }
    }

    /// The fictional Partnership Southwark Director of ``recorded``: appointed at the internal stage, seconded
    /// from Guy's and St Thomas' to the ICB.
    static let director: ID<Person> = "swk-test-recorded-director"

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
