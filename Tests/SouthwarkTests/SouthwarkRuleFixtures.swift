import PlaceworksDomain
import PlaceworksTestSupport
import Southwark

/// A passing and a failing dataset for every SWK rule, checked after the PSSB is established unless
/// a fixture says otherwise.
enum SouthwarkRuleFixtures {
    static let shipped = SouthwarkWorld.shipped
    static let completed = SouthwarkWorld.completed
    static let day = SouthwarkWorld.pssbEra
    /// A day while the recovery plan's governance applies (August 2020 to March 2022).
    static let planEra = SouthwarkWorld.recoveryPlanEra

    static var all: [RuleFixture] { governance + leadership + delivery + resources + added }

    /// The shipped data with no Partnership Southwark Strategic Board recorded.
    static let withoutStrategicBoard: Dataset = shipped.with { $0.remove(\.bodies, SouthwarkData.strategicBoard) }

    /// The shipped data with the PSSB never established (still in shadow form) and the Borough Based Board
    /// dissolved on 1 April 2022 as shipped.
    static let stillInShadow: Dataset = shipped.with {
        $0.update(\.bodies, SouthwarkData.strategicBoard) { $0.lifecycle.removeAll { $0.stage == .established } }
    }

    static var governance: [RuleFixture] {
        [
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                    for index in board.terms.indices {
                        board.terms[index].reportsTo.removeAll { $0.relation == .subCommitteeOf }
                    }
                }
            }, subject: "swk-pssb", asOf: day),
            // In shadow form the PSSB runs in tandem with the Borough Based Board.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.boroughBasedBoard) { $0.lifecycle.append(LifecycleEvent(.dissolved, "2021-12-01")) }
            }, subject: "swk-pssb", asOf: "2022-01-15"),
            // Once the PSSB is established the Borough Based Board no longer operates.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.boroughBasedBoard) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
            }, subject: "swk-bbb", asOf: day),
            // No PSSB at all once it was to be in shadow form: a slipped date (warning) until April 2022…
            RuleFixture("SWK-GOV-1", passing: shipped, failing: withoutStrategicBoard, subject: "E09000028",
                        asOf: "2021-12-15", severity: .warning, label: "never stood up (shadow period)"),
            // …and an error once it was to be established.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: withoutStrategicBoard, subject: "E09000028",
                        asOf: day, severity: .error, label: "never stood up"),
            // Recorded, but still only proposed after November 2021.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard) { $0.lifecycle.removeAll { $0.stage != .proposed } }
            }, subject: "swk-pssb", asOf: "2021-12-15", severity: .warning, label: "not in shadow by November 2021"),
            // Still in shadow form after 1 April 2022: a slipped date.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard) { $0.lifecycle.removeAll { $0.stage == .established } }
                $0.update(\.bodies, SouthwarkData.boroughBasedBoard) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
            }, subject: "swk-pssb", asOf: day, severity: .warning, label: "still in shadow"),
            // Context: the PSSB "stood up in shadow form from November 2021" beside the Borough Based Board "until
            // full transition takes effect in April 2022". Still in shadow on 1 April 2022, with the Borough Based
            // Board dissolved as planned, the slipped establishment is the finding (a warning), not the dissolution.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: stillInShadow,
                        subject: "swk-pssb", asOf: SouthwarkData.strategicBoardEstablished, severity: .warning,
                        mentions: "still in shadow form", label: "still in shadow on 1 April 2022, Borough Based Board dissolved"),
            // B.III runs the PSSB "in tandem with the borough based board" and names no other body: that the 2020
            // Strategic Board stops rests on the shipped `replaces`, an assumption, so its still running is a warning.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard2020) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
            }, subject: SouthwarkData.strategicBoard2020.rawValue, asOf: "2021-12-01", severity: .warning,
                label: "2020 Strategic Board still running"),
            RuleFixture("SWK-GOV-2", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                    board.remit.removeAll { $0.contains("transformation") }
                    for index in board.terms.indices { board.terms[index].functions.removeAll { $0.contains("transformation") } }
                }
            }, subject: "swk-pssb", asOf: day),
            // B.I "oversight of the planning, delivery and budget for non-acute services": advice on them is not enough.
            RuleFixture("SWK-GOV-2", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                    let advice = "advice on non-acute services"
                    board.remit = board.remit.map { $0 == SouthwarkData.delegatedServicesRemit ? advice : $0 }
                    for index in board.terms.indices {
                        board.terms[index].functions = board.terms[index].functions.map {
                            $0 == SouthwarkData.delegatedServicesRemit ? advice : $0
                        }
                    }
                }
            }, subject: "swk-pssb", asOf: day, mentions: "non-acute", label: "non-acute services without their budget"),
            RuleFixture("SWK-GOV-5", passing: completed, failing: shipped, subject: "swk-pssb", asOf: day),
            // Recommendation 6 "a lived experience assembly or similar": a carers' and service users' forum passes.
            RuleFixture("SWK-GOV-5", passing: shipped.with {
                $0.bodies.append(Body(id: "swk-test-voice-forum", name: "Southwark Service User and Carer Forum", kind: .forum,
                                      place: SouthwarkData.place, decisionMaking: false,
                                      lifecycle: [LifecycleEvent(.established, "2021-10-01")],
                                      remit: ["brings the service user and carer voice into Partnership Southwark's governance"]))
            }, failing: shipped, subject: "swk-pssb", asOf: day, label: "or similar"),
            RuleFixture("SWK-GOV-6", passing: completed, failing: shipped, subject: "swk-pssb", asOf: day),
            // In shadow form the PSSB holds no delegation: no budget is asked of it, only visible membership and decisions.
            RuleFixture("SWK-GOV-6", passing: completed, failing: completed.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                    for index in board.terms.indices { board.terms[index].sessions = .private }
                }
            }, subject: "swk-pssb", asOf: "2022-01-15", label: "shadow period: no budget asked"),
            RuleFixture("SWK-GOV-6", passing: completed, failing: completed.with {
                $0.update(\.budgets, "swk-test-budget-2022-23") { $0.publishedAt = nil }
            }, subject: "swk-test-budget-2022-23", asOf: day),
            // The 2020/21 budget is not the current budget in 2022.
            RuleFixture("SWK-GOV-6", passing: completed, failing: completed.with {
                $0.remove(\.budgets, "swk-test-budget-2022-23")
            }, subject: "E09000028", asOf: day),
            RuleFixture("SWK-GOV-7", passing: shipped, failing: shipped.with {
                $0.remove(\.options, GovernanceOptions.option2b)
            }, subject: "E09000028", asOf: day),
            RuleFixture("SWK-GOV-7", passing: shipped, failing: shipped.with {
                $0.update(\.options, GovernanceOptions.option1) { $0.discountedBecause = nil }
            }, subject: "swk-option-1", asOf: day),
            // Option 2a without the first gateway list, which stands between options 1 and 2.
            RuleFixture("SWK-GOV-7", passing: shipped, failing: shipped.with {
                $0.update(\.options, GovernanceOptions.option2a) { $0.requirements.removeAll { $0.id.hasPrefix("gateway-") } }
            }, subject: "swk-option-2a", asOf: day, severity: .warning),
            // The first gateway list attached to option 1, so an arrangement as option 1 describes would fail it.
            RuleFixture("SWK-GOV-7", passing: shipped, failing: shipped.with {
                $0.update(\.options, GovernanceOptions.option1) { $0.requirements += GovernanceOptions.gatewayToOption2 }
            }, subject: "swk-option-1", asOf: day, severity: .warning),
            // Option 3 without the second gateway list, which stands between options 2 and 3.
            RuleFixture("SWK-GOV-7", passing: shipped, failing: shipped.with {
                $0.update(\.options, GovernanceOptions.option3) { $0.requirements.removeAll { $0.id.hasPrefix("gateway-2-") } }
            }, subject: "swk-option-3", asOf: day, severity: .warning),
        ]
    }

    static var leadership: [RuleFixture] {
        [
            // "should be via an open and transparent expressions of interest process": a warning.
            RuleFixture("SWK-GOV-3", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.strategicBoardChair) { $0.appointment?.process = .singleOrganisation }
            }, subject: "swk-pssb-chair", asOf: day, severity: .warning, label: "not expressions of interest"),
            // "Appointment will be via a recruitment panel made up of partner and community/service user representatives": an error.
            RuleFixture("SWK-GOV-3", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.strategicBoardChair) { $0.appointment?.panel = ["partner representatives"] }
            }, subject: "swk-pssb-chair", asOf: day, severity: .error, label: "no community panel"),
            // B.IV "open to senior leaders from across the Partnership": a process open to one organisation's directors is not.
            RuleFixture("SWK-GOV-3", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.strategicBoardChair) { $0.appointment?.openTo = "ICB directors only" }
            }, subject: "swk-pssb-chair", asOf: day, severity: .warning, mentions: "senior leaders across the Partnership",
                label: "open to one organisation only"),
            // "All partners will be fully involved … incl. a stakeholder panel": an error.
            RuleFixture("SWK-GOV-4", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.appointment?.panel = ["all partners"] }
            }, subject: "swk-ps-director", asOf: day, severity: .error, label: "no stakeholder panel"),
            // Employed by their sovereign body, an LCP partner (the council), passes; by a body that is no partner, fails.
            RuleFixture("SWK-GOV-4", passing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.employer = SouthwarkData.council }
            }, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.employer = "lewisham-council" }
            }, subject: "swk-ps-director", asOf: day, severity: .error, label: "employer not an LCP partner"),
            // "an employee of the ICB itself": the CCG (also recorded in the ICB sector) is not the ICB.
            RuleFixture("SWK-GOV-4", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.employer = "72Q" }
            }, subject: "swk-ps-director", asOf: day, severity: .error, mentions: "NHS South East London CCG",
                label: "employed by the CCG, not the ICB"),
            // "or of their sovereign body (provided they are an LCP partner)": being based in Southwark is not enough.
            RuleFixture("SWK-GOV-4", passing: shipped, failing: shipped.with {
                $0.organisations.append(Organisation(id: "swk-test-local-charity", name: "A Southwark charity",
                                                     sectors: [.vcse], statutory: false, place: SouthwarkData.place))
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.employer = "swk-test-local-charity" }
            }, subject: "swk-ps-director", asOf: day, severity: .error, mentions: "A Southwark charity",
                label: "employed by a Southwark body that is no partner"),
            // A Director in post with no employer recorded: it cannot be shown to be the ICB or a partner.
            RuleFixture("SWK-GOV-4", passing: directorInPost, failing: directorInPost.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.employer = nil }
            }, subject: "swk-ps-director", asOf: day, severity: .error, mentions: "no employer recorded",
                label: "no employer recorded"),
            // Secondment of a partner executive (2.A.I) passes; a closed, single-organisation appointment is a warning.
            RuleFixture("SWK-GOV-4", passing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.appointment?.process = .secondment }
            }, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.appointment?.process = .singleOrganisation }
            }, subject: "swk-ps-director", asOf: day, severity: .warning, label: "not open recruitment"),
        ]
    }

    /// The shipped data with a fictional Director in post.
    static let directorInPost: Dataset = shipped.with {
        $0.people.append(Person(id: "swk-test-director", name: "Partnership Southwark Director", fictional: true))
        $0.update(\.leadershipRoles, SouthwarkData.director) { $0.holder = "swk-test-director" }
    }

    static var delivery: [RuleFixture] {
        [
            RuleFixture("SWK-WS-1", passing: completed, failing: shipped, subject: "swk-ws-start-well", asOf: planEra),
            RuleFixture("SWK-WS-1", passing: completed, failing: completed.with {
                $0.remove(\.bodies, SouthwarkData.sroTouchpoint)
            }, subject: "E09000028", asOf: planEra),
            // §7: the Leadership Forum is "a point of resolution for issues escalated via Partnership & Delivery Group".
            RuleFixture("SWK-WS-2", passing: completed, failing: completed.with {
                $0.update(\.bodies, SouthwarkData.partnershipAndDeliveryGroup) { $0.terms[0].reportsTo = [] }
            }, subject: "swk-pdg", asOf: planEra, label: "P&DG does not escalate to the Forum"),
            // §7 "Monthly touchpoint between the SROs …": a touchpoint that never meets is reported.
            RuleFixture("SWK-WS-1", passing: completed, failing: completed.with {
                $0.meetings.removeAll { $0.body == SouthwarkData.sroTouchpoint }
            }, subject: "swk-sro-touchpoint", asOf: planEra, mentions: "no meeting recorded", label: "touchpoint never met"),
            // …and one that goes longer than a month between meetings.
            RuleFixture("SWK-WS-1", passing: completed, failing: completed.with {
                $0.meetings.removeAll { $0.id == SouthwarkWorld.touchpointMeetings[5].id }
            }, subject: "swk-sro-touchpoint", asOf: planEra, label: "touchpoint gap between meetings"),
            // The cell finding is about the cell, so GOV-WS-1's findings about the workstream stay.
            RuleFixture("SWK-WS-1", passing: completed, failing: completed.with {
                $0.update(\.bodies, "swk-cell-care-well") { $0.lifecycle.append(LifecycleEvent(.dissolved, "2021-03-01")) }
            }, subject: "swk-cell-care-well", asOf: planEra),
            RuleFixture("SWK-WS-2", passing: completed, failing: completed.with {
                $0.update(\.bodies, SouthwarkData.leadershipForum) { $0.terms[0].cadence = .quarterly }
            }, subject: "swk-pslf", asOf: planEra),
            RuleFixture("SWK-WS-2", passing: completed, failing: completed.with {
                $0.update(\.bodies, SouthwarkData.clinicalAndProfessionalLeadsForum) { $0.terms[0].reportsTo = [] }
            }, subject: "swk-cplaf", asOf: planEra),
            // The Leadership Forum's terms say bi-monthly, but it went four months without meeting.
            RuleFixture("SWK-WS-2", passing: completed, failing: completed.with {
                $0.meetings.removeAll { $0.id == SouthwarkWorld.leadershipForumMeetings[3].id }
            }, subject: "swk-pslf", asOf: planEra, label: "gap between meetings"),
            // It has never met.
            RuleFixture("SWK-WS-2", passing: completed, failing: shipped, subject: "swk-pslf", asOf: planEra,
                        label: "never met"),
            // It has not met since its last meeting, for longer than two months.
            RuleFixture("SWK-WS-2", passing: completed, failing: completed.with {
                $0.meetings.removeAll { $0.body == SouthwarkData.leadershipForum && $0.date > "2021-02-01" }
            }, subject: "swk-pslf", asOf: planEra, label: "silent since its last meeting"),
            RuleFixture("SWK-WS-3", passing: completed, failing: shipped, subject: "swk-ms-initial-draft", asOf: day),
            RuleFixture("SWK-WS-3", passing: completed, failing: completed.with {
                $0.remove(\.milestones, "swk-ms-outcome-metrics")
            }, subject: "E09000028", asOf: day),
            RuleFixture("SWK-OUT-1", passing: completed, failing: shipped, subject: "swk-ws-live-well", asOf: planEra),
            RuleFixture("SWK-OUT-1", passing: completed, failing: completed.with {
                $0.update(\.workstreams, "swk-ws-age-well") { $0.aims = [] }
            }, subject: "swk-ws-age-well", asOf: planEra),
        ]
    }

    static var resources: [RuleFixture] {
        [
            RuleFixture("SWK-FIN-1", passing: shipped, failing: shipped.with {
                $0.update(\.budgets, DelegatedBudget.id) { $0.lines[4].amount += 1000 }
            }, subject: "swk-budget-2020-21", asOf: day),
            RuleFixture("SWK-FIN-1", passing: shipped, failing: shipped.with {
                $0.remove(\.budgets, DelegatedBudget.id)
            }, subject: "E09000028", asOf: day),
            // Two lines swapped: the sum still matches, the paper's figures do not.
            RuleFixture("SWK-FIN-1", passing: shipped, failing: shipped.with {
                $0.update(\.budgets, DelegatedBudget.id) { budget in
                    (budget.lines[3].amount, budget.lines[4].amount) = (budget.lines[4].amount, budget.lines[3].amount)
                }
            }, subject: "swk-budget-2020-21", asOf: day),
            // A line and the total changed together: the sum matches, the paper does not.
            RuleFixture("SWK-FIN-1", passing: shipped, failing: shipped.with {
                $0.update(\.budgets, DelegatedBudget.id) { budget in
                    budget.lines[0].amount += 1000
                    budget.statedTotal = (budget.statedTotal ?? 0) + 1000
                }
            }, subject: "swk-budget-2020-21", asOf: day),
            // A year written "2020-21" is the 2020/21 budget; a budget for another year is not.
            RuleFixture("SWK-FIN-1", passing: shipped.with {
                $0.update(\.budgets, DelegatedBudget.id) { $0.financialYear = "2020-21" }
            }, failing: shipped.with {
                $0.update(\.budgets, DelegatedBudget.id) { $0.financialYear = "2019/20" }
            }, subject: "E09000028", asOf: day),
            RuleFixture("SWK-RISK-1", passing: completed, failing: shipped, subject: "swk-risk-financial-regime", asOf: day),
            RuleFixture("SWK-RISK-1", passing: completed, failing: completed.with {
                $0.remove(\.risks, "swk-risk-scale-of-change")
            }, subject: "E09000028", asOf: day),
        ]
    }

    // MARK: The added requirements (REQUIREMENTS-ADDED.md)

    static let recorded = SouthwarkWorld.recorded
    /// A day after SEL CCG closed and the ICB took its place among the partners.
    static let icbEra: Day = "2022-08-01"

    /// `recorded` with the PSSB's first meeting on 15 November 2021 and, on 4 November 2021, an endorsement
    /// of its terms for each of `endorsements`: the body that gave it, and the organisation it was given for.
    static func strategicBoardMet(termsEndorsedBy endorsements: [(body: ID<Body>?, organisation: ID<Organisation>?)] = [])
        -> Dataset {
        recorded.with { data in
            data.approvals.removeAll { $0.subject.refers(to: SouthwarkData.strategicBoard) && $0.matter == .termsOfReference }
            data.meetings.append(Meeting(id: "swk-test-pssb-first", body: SouthwarkData.strategicBoard, date: "2021-11-15"))
            for (index, endorsement) in endorsements.enumerated() {
                data.approvals.append(Approval(
                    id: ID("swk-test-pssb-terms-endorsed-\(index)"), place: SouthwarkData.place,
                    subject: RecordReference(SouthwarkData.strategicBoard), version: "2021",
                    matter: .termsOfReference, approvedBy: endorsement.body, organisation: endorsement.organisation,
                    action: .endorsed, date: "2021-11-04"))
            }
        }
    }

    /// The PSSB's terms endorsed by the Leadership Forum, "representation from core partner organisations"
    /// (recovery plan §7): the wider partnership.
    static let endorsedByTheForum = strategicBoardMet(termsEndorsedBy: [(SouthwarkData.leadershipForum, nil)])

    /// The PSSB's terms endorsed for each constituent partner of 15 November 2021 (the test MoU's partners).
    static let endorsedByEveryPartner = strategicBoardMet(termsEndorsedBy: SouthwarkWorld.partners.map { (nil, $0) })

    /// `recorded` with Live Well's only engagement one started on 15 September 2020 and never ended.
    static func liveWellEngagedOnce(as type: EngagementType) -> Dataset {
        recorded.with { data in
            data.engagements.removeAll { $0.workstream == "swk-ws-live-well" }
            data.engagements.append(Engagement(
                id: "swk-test-live-well-panel", place: SouthwarkData.place, title: "Live Well residents' and staff panel",
                type: type, workstream: "swk-ws-live-well", started: "2020-09-15",
                audiences: [.serviceUsersOrCarers, .frontlineStaff]))
        }
    }

    /// `recorded` with the Director's post held by another person, appointed substantively with no home
    /// organisation, and the recruitment's appointee `appointee`.
    static func laterDirector(appointee: ID<Person>) -> Dataset {
        recorded.with { data in
            data.people.append(Person(id: "swk-test-later-director", name: "Later Partnership Southwark Director",
                                      fictional: true))
            data.update(\.leadershipRoles, SouthwarkData.director) { role in
                role.holder = "swk-test-later-director"
                role.appointment?.basis = .substantive
                role.appointment?.homeOrganisation = nil
                role.appointment?.ends = nil
            }
            data.update(\.recruitments, TransitionPlan.directorRecruitment) { $0.appointee = appointee }
        }
    }

    static var added: [RuleFixture] {
        [
            // "will be submitted to the SEL ICS by the end of October": not done by 31 October is a slipped date.
            RuleFixture("SWK-TRN-1", passing: recorded, failing: recorded.with {
                $0.update(\.milestones, TransitionPlan.response) { $0.status = .inProgress; $0.completed = nil }
            }, subject: TransitionPlan.response.rawValue, asOf: "2021-11-01", label: "response not sent by October"),
            RuleFixture("SWK-TRN-1", passing: recorded, failing: recorded.with {
                $0.remove(\.milestones, TransitionPlan.roadmap)
            }, subject: "E09000028", asOf: "2021-12-01", label: "roadmap milestone not recorded"),
            // B.II "shared back with the wider partnership for endorsement before Nov 21": endorsed before the PSSB first sits.
            RuleFixture("SWK-TRN-1", passing: endorsedByTheForum, failing: strategicBoardMet(),
                        subject: TransitionPlan.strategicBoardTerms.rawValue, asOf: "2021-12-01",
                        mentions: "no endorsement of its draft terms of reference", label: "PSSB met before its terms were endorsed"),
            // The wider partnership is not the Borough Based Board, a committee of SEL CCG alone: the finding names it.
            RuleFixture("SWK-TRN-1", passing: endorsedByTheForum,
                        failing: strategicBoardMet(termsEndorsedBy: [(SouthwarkData.boroughBasedBoard, nil)]),
                        subject: TransitionPlan.strategicBoardTerms.rawValue, asOf: "2021-12-01",
                        mentions: "endorsed by the Southwark Borough Based Board on 4 November 2021",
                        label: "terms endorsed by the Borough Based Board"),
            // …nor the PSSB endorsing its own terms.
            RuleFixture("SWK-TRN-1", passing: endorsedByTheForum,
                        failing: strategicBoardMet(termsEndorsedBy: [(SouthwarkData.strategicBoard, nil)]),
                        subject: TransitionPlan.strategicBoardTerms.rawValue, asOf: "2021-12-01",
                        mentions: "by the Partnership Southwark Strategic Board itself", label: "terms endorsed by the PSSB itself"),
            // …nor an endorsement that names no one.
            RuleFixture("SWK-TRN-1", passing: endorsedByTheForum,
                        failing: strategicBoardMet(termsEndorsedBy: [(nil, nil)]),
                        subject: TransitionPlan.strategicBoardTerms.rawValue, asOf: "2021-12-01",
                        mentions: "by no recorded body", label: "an endorsement that names no one"),
            // "for endorsement before Nov 21": with no meeting of the PSSB recorded, its terms are endorsed before
            // it began to operate in shadow form (1 November 2021).
            RuleFixture("SWK-TRN-1", passing: recorded, failing: recorded.with {
                $0.approvals.removeAll { $0.subject.refers(to: SouthwarkData.strategicBoard) && $0.matter == .termsOfReference }
            }, subject: TransitionPlan.strategicBoardTerms.rawValue, asOf: "2021-12-01",
                mentions: "has operated in shadow form since 1 November 2021", label: "no meeting recorded, terms never endorsed"),
            // Every constituent partner endorsing is the wider partnership; all but one is not.
            RuleFixture("SWK-TRN-1", passing: endorsedByEveryPartner,
                        failing: strategicBoardMet(termsEndorsedBy: SouthwarkWorld.partners.dropLast().map { (nil, $0) }),
                        subject: TransitionPlan.strategicBoardTerms.rawValue, asOf: "2021-12-01",
                        mentions: "South London and the Maudsley", label: "every constituent partner but one"),
            // Not met by its date: recorded done with no date, or cancelled.
            RuleFixture("SWK-TRN-1", passing: recorded, failing: recorded.with {
                $0.update(\.milestones, TransitionPlan.roadmap) { $0.completed = nil }
            }, subject: TransitionPlan.roadmap.rawValue, asOf: "2021-12-01", mentions: "with no date done",
                label: "done, with no date"),
            RuleFixture("SWK-TRN-1", passing: recorded, failing: recorded.with {
                $0.update(\.milestones, TransitionPlan.roadmap) { $0.status = .cancelled; $0.completed = nil }
            }, subject: TransitionPlan.roadmap.rawValue, asOf: "2021-12-01", mentions: "was cancelled", label: "cancelled"),
            // By the time the Director is in post (1 April 2022) the stages have dates and outcomes.
            RuleFixture("SWK-GOV-8", passing: recorded, failing: recorded.with {
                $0.update(\.recruitments, TransitionPlan.directorRecruitment) { recruitment in
                    for index in recruitment.stages.indices { recruitment.stages[index].opens = nil }
                }
            }, subject: TransitionPlan.directorRecruitment.rawValue, asOf: day, severity: .warning,
                mentions: "records no stage that has opened", label: "stages never dated"),
            // 2.A.I "internally open … on a secondment basis in the first instance, and externally if required thereafter".
            RuleFixture("SWK-GOV-8", passing: recorded, failing: recorded.with {
                $0.update(\.recruitments, TransitionPlan.directorRecruitment) { $0.stages[0].scope = .external }
            }, subject: TransitionPlan.directorRecruitment.rawValue, asOf: day, severity: .warning, label: "opened externally first"),
            RuleFixture("SWK-GOV-8", passing: recorded.with {
                $0.update(\.recruitments, TransitionPlan.directorRecruitment) { recruitment in
                    recruitment.stages[0].outcome = .notAppointed
                    recruitment.stages[1].opens = "2021-11-20"
                }
            }, failing: recorded.with {
                $0.update(\.recruitments, TransitionPlan.directorRecruitment) { $0.stages[1].opens = "2021-10-15" }
            }, subject: TransitionPlan.directorRecruitment.rawValue, asOf: day, severity: .warning,
                mentions: "if required thereafter", label: "external stage while the internal one was open"),
            // 2.A.II "will … role description/person spec": with no recruitment recorded by 1 April 2022, none is
            // recorded either (an error).
            RuleFixture("SWK-GOV-8", passing: recorded, failing: recorded.with { $0.recruitments = [] },
                        subject: SouthwarkData.place.rawValue, asOf: SouthwarkData.strategicBoardEstablished, severity: .error,
                        mentions: "so no role description and person specification either", label: "no recruitment recorded at all"),
            // 2.A.II "All partners will be fully involved … incl. … role description/person spec".
            RuleFixture("SWK-GOV-8", passing: recorded, failing: recorded.with {
                $0.update(\.recruitments, TransitionPlan.directorRecruitment) { $0.roleDescriptionDated = nil }
            }, subject: TransitionPlan.directorRecruitment.rawValue, asOf: day, severity: .error,
                label: "no role description before opening"),
            RuleFixture("SWK-GOV-8", passing: recorded, failing: recorded.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.appointment?.basis = .substantive }
            }, subject: TransitionPlan.directorRecruitment.rawValue, asOf: day, severity: .warning,
                mentions: "secondment basis", label: "internal appointee not on secondment"),
            // 2.A.I "internally open to executive-level staff within constituent partner organisations on a
            // secondment basis": seconded from Oxleas, which is not a constituent partner, is outside it.
            RuleFixture("SWK-GOV-8", passing: recorded, failing: recorded.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.appointment?.homeOrganisation = "RPG" }
            }, subject: TransitionPlan.directorRecruitment.rawValue, asOf: SouthwarkData.strategicBoardEstablished,
                severity: .warning, mentions: "a home organisation among the constituent partners",
                label: "seconded from outside the partnership"),
            // A secondment is to another employer (2.A: "as an ICS NHS Body appointment"): seconded from Guy's and
            // St Thomas' to Guy's and St Thomas' is no secondment.
            RuleFixture("SWK-GOV-8", passing: recorded, failing: recorded.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.employer = "RJ1" }
            }, subject: TransitionPlan.directorRecruitment.rawValue, asOf: SouthwarkData.strategicBoardEstablished,
                severity: .warning, mentions: "an employer (the host) other than the home organisation",
                label: "seconded to their own employer"),
            // Only the recruitment's own appointee is judged: a Director later appointed by another route
            // (substantively, with no home organisation) is not the internal appointment.
            RuleFixture("SWK-GOV-8", passing: laterDirector(appointee: SouthwarkWorld.director),
                        failing: laterDirector(appointee: "swk-test-later-director"),
                        subject: TransitionPlan.directorRecruitment.rawValue, asOf: day, severity: .warning,
                        mentions: "secondment basis", label: "only the recruitment's own appointee is judged"),
            // "a Memorandum of Understanding signed by our constituent partner organisations".
            RuleFixture("SWK-MOU-1", passing: recorded, failing: recorded.with {
                $0.update(\.agreements, TransitionPlan.memorandum) { mou in
                    mou.signatures.removeAll { $0.organisation == SouthwarkData.icb }
                }
            }, subject: TransitionPlan.memorandum.rawValue, asOf: icbEra, mentions: "a successor needs its own signature",
                label: "the ICB after the CCG, with no signature or transfer"),
            // SEL CCG left on the list after it closed: its successor, the ICB, is bound, and has not signed.
            RuleFixture("SWK-MOU-1", passing: recorded, failing: recorded.with {
                $0.update(\.agreements, TransitionPlan.memorandum) { mou in
                    mou.constituents = SouthwarkWorld.partners.map { Constituent(organisation: $0, period: Period(from: "2019-05-01")) }
                    mou.signatures = SouthwarkWorld.partners.map { Signature(organisation: $0, version: "2019", signed: "2019-05-01") }
                }
            }, subject: TransitionPlan.memorandum.rawValue, asOf: icbEra, mentions: "NHS South East London Integrated Care Board",
                label: "the CCG still listed after it closed; the ICB never signed"),
            RuleFixture("SWK-MOU-1", passing: recorded, failing: shipped, subject: TransitionPlan.memorandum.rawValue,
                        asOf: day, label: "no version, constituents or signatures recorded"),
            RuleFixture("SWK-MOU-1", passing: recorded, failing: recorded.with { $0.remove(\.agreements, TransitionPlan.memorandum) },
                        subject: "E09000028", asOf: day, label: "no memorandum recorded"),
            // "All partners have contributed to the … transformation fund, which is currently hosted by the CCG
            // with the intention for this to transfer during 20/21".
            RuleFixture("SWK-FIN-2", passing: recorded, failing: recorded.with {
                $0.update(\.funds, TransitionPlan.transformationFund) { $0.contributions.removeAll { $0.organisation == "RJZ" } }
            }, subject: TransitionPlan.transformationFund.rawValue, asOf: planEra, mentions: "King's College Hospital",
                label: "a partner of August 2020 with no contribution"),
            RuleFixture("SWK-FIN-2", passing: recorded, failing: recorded.with {
                $0.update(\.funds, TransitionPlan.transformationFund) {
                    $0.hosts = [FundHost(organisation: SouthwarkData.ccg, period: Period(from: "2020-04-01"))]
                }
            }, subject: TransitionPlan.transformationFund.rawValue, asOf: "2021-04-01", mentions: "still hosted by",
                label: "still hosted by the CCG after 2020/21"),
            RuleFixture("SWK-FIN-2", passing: recorded, failing: recorded.with {
                $0.update(\.funds, TransitionPlan.transformationFund) { fund in
                    fund.allocations[0].workstream = nil
                    fund.allocations[0].priority = nil
                }
            }, subject: TransitionPlan.transformationFund.rawValue, asOf: planEra, mentions: "names no recovery-plan priority",
                label: "an allocation that names no priority"),
            RuleFixture("SWK-FIN-2", passing: recorded, failing: recorded.with { $0.remove(\.funds, TransitionPlan.transformationFund) },
                        subject: "E09000028", asOf: planEra, label: "no fund recorded"),
            RuleFixture("SWK-FIN-2", passing: recorded, failing: recorded.with { $0.remove(\.agreements, TransitionPlan.memorandum) },
                        subject: TransitionPlan.transformationFund.rawValue, asOf: planEra, severity: .info,
                        label: "no constituent partners recorded: not assessable"),
            // "cost neutral overall e.g. they can be managed within the total resource available to the system".
            RuleFixture("SWK-FIN-3", passing: recorded, failing: recorded.with {
                $0.update(\.commitments, "swk-test-commitment") { $0.costs[1].gross = 3_600_000 }
            }, subject: TransitionPlan.recoveryPlan.rawValue, asOf: day, label: "commitments cost more than the resource"),
            RuleFixture("SWK-FIN-3", passing: recorded, failing: shipped, subject: TransitionPlan.recoveryPlan.rawValue,
                        asOf: day, severity: .info, label: "no costs recorded: not assessable"),
            // The two years "taken together": a resource recorded for one year only is not enough to judge.
            RuleFixture("SWK-FIN-3", passing: recorded, failing: recorded.with {
                $0.update(\.publications, TransitionPlan.recoveryPlan) { $0.resourceAvailable.removeLast() }
            }, subject: TransitionPlan.recoveryPlan.rawValue, asOf: day, severity: .info,
                mentions: "the resource available in each year", label: "resource for one year only"),
            // "Outcomes driven with a focus on closing the gap on inequalities through tangible delivery goals and accountabilities".
            RuleFixture("SWK-OUT-2", passing: recorded, failing: recorded.with { $0.remove(\.publications, "swk-test-outcomes-framework") },
                        subject: "E09000028", asOf: day, label: "no agreed framework"),
            RuleFixture("SWK-OUT-2", passing: recorded, failing: recorded.with {
                $0.update(\.indicators, "swk-test-indicator-age-well") { $0.target = IndicatorTarget(value: 10) }
            }, subject: "swk-test-indicator-age-well", asOf: day, label: "a target with no date"),
            RuleFixture("SWK-OUT-2", passing: recorded, failing: recorded.with {
                $0.update(\.indicators, "swk-test-indicator-start-well") { $0.owner = nil }
            }, subject: "swk-test-indicator-start-well", asOf: day, label: "no owner"),
            RuleFixture("SWK-OUT-2", passing: recorded, failing: recorded.with { data in
                for index in data.indicators.indices { data.indicators[index].framework = nil }
            }, subject: "swk-test-outcomes-framework", asOf: day, mentions: "has no indicators", label: "a framework with no indicators"),
            RuleFixture("SWK-OUT-2", passing: recorded, failing: recorded.with {
                $0.update(\.indicators, "swk-test-indicator-live-well") { $0.inequalityGap = nil }
            }, subject: "swk-test-outcomes-framework", asOf: day, label: "no indicator measures a gap"),
            // §7 "Bi-monthly … to share learning and progress updates from each workstream".
            RuleFixture("SWK-WS-4", passing: recorded, failing: recorded.with { data in
                let forum = data.meetings.indices.filter { data.meetings[$0].body == SouthwarkData.leadershipForum }
                for index in forum.prefix(2) { data.meetings[index].items.removeAll { $0.workstream == "swk-ws-age-well" } }
            }, subject: "swk-ws-age-well", asOf: planEra, label: "two meetings without an update"),
            // §7 "Service users and frontline staff will be engaged … in line with underpinning engagement and involvement plan".
            RuleFixture("SWK-ENG-1", passing: recorded, failing: recorded.with { data in
                for index in data.engagements.indices where data.engagements[index].workstream == "swk-ws-live-well" {
                    data.engagements[index].audiences = [.serviceUsersOrCarers]
                }
            }, subject: "swk-ws-live-well", asOf: planEra, mentions: "frontline staff", label: "no engagement with frontline staff"),
            // An exercise still running counts however long ago it started; a one-day activity does not.
            RuleFixture("SWK-ENG-1", passing: liveWellEngagedOnce(as: .exercise), failing: liveWellEngagedOnce(as: .activity),
                        subject: "swk-ws-live-well", asOf: day, label: "an activity more than 12 months ago"),
            RuleFixture("SWK-ENG-1", passing: recorded, failing: recorded.with {
                $0.update(\.publications, TransitionPlan.engagementPlan) { $0.agreedBy = nil }
            }, subject: TransitionPlan.engagementPlan.rawValue, asOf: planEra, label: "engagement plan not recorded as agreed"),
        ]
    }
}
