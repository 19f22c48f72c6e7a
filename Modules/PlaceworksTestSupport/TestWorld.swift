import PlaceworksDomain

/// A small, fictional, well-governed world for rule tests: one ICS ("Test ICS", `QXX`) with one
/// place ("Testborough", `E09000999`) whose partnership meets the national rules as of 2022-04-01.
/// Tests take it and break one thing.
public enum TestWorld {
    public static let ics: ID<ICS> = "QXX"
    public static let place: ID<Place> = "E09000999"
    public static let icb: ID<Organisation> = "QXX-ICB"
    public static let council: ID<Organisation> = "testborough-council"
    public static let committee: ID<Body> = "tb-committee"
    public static let icbBoard: ID<Body> = "qxx-icb-board"
    public static let hwb: ID<Body> = "tb-hwb"
    public static let placeLead: ID<LeadershipRole> = "tb-place-lead"
    public static let chair: ID<LeadershipRole> = "tb-chair"
    /// The place's seat on the ICB board (its representation on the ICB, NAT-ICS-1).
    public static let icbBoardPlaceSeat: ID<Seat> = "qxx-seat-testborough"

    /// Seats of the place committee: (id suffix, title, sectors, role, organisation).
    static let committeeSeats: [(String, String, [Sector], Role?, ID<Organisation>)] = [
        ("place-lead", "Executive Place Lead", [.icb], .executivePlaceLead, icb),
        ("pcn", "Primary care (PCN clinical director)", [.primaryCare], .pcnClinicalDirector, "tb-pcn"),
        ("acute", "Acute services provider", [.acuteProvider], .chiefExecutive, "TST01"),
        ("community", "Community services provider", [.communityProvider], .chiefExecutive, "TST01"),
        ("mental-health", "Mental health services provider", [.mentalHealthProvider], .chiefExecutive, "TST02"),
        ("dass", "Director of Adult Social Services", [.localAuthority], .dass, council),
        ("dcs", "Director of Children's Services", [.localAuthority], .directorOfChildrensServices, council),
        ("dph", "Director of Public Health", [.localAuthority], .dph, council),
        ("member", "Cabinet member for health", [.localAuthority], .cabinetMember, council),
        ("healthwatch", "Healthwatch", [.healthwatch], .representative, "tb-healthwatch"),
        ("vcse", "VCSE representative", [.vcse], .representative, "tb-vcse"),
        ("social-care", "Social care provider representative", [.socialCareProvider], .representative, "tb-care"),
    ]

    /// The world, as a dataset.
    public static var dataset: Dataset {
        let start: Day = "2021-04-01"
        var people: [Person] = []
        var seats: [Seat] = []
        var memberships: [Membership] = []
        for (suffix, title, sectors, role, organisation) in committeeSeats {
            let member = ID<Person>("tb-person-\(suffix)")
            let deputy = ID<Person>("tb-deputy-\(suffix)")
            people.append(Person(id: member, name: "Member \(suffix)", fictional: true,
                                 posts: [Post(title: title, organisation: organisation, role: role)]))
            people.append(Person(id: deputy, name: "Deputy \(suffix)", fictional: true))
            seats.append(Seat(id: ID("tb-seat-\(suffix)"), body: committee, title: title, sectors: sectors, role: role,
                              organisation: organisation))
            memberships.append(Membership(id: ID("tb-m-\(suffix)"), seat: ID("tb-seat-\(suffix)"), person: member,
                                          onBehalfOf: organisation, period: Period(from: start), deputy: deputy,
                                          deputyBriefed: true))
        }
        let leadPerson: ID<Person> = "tb-person-place-lead"
        seats.append(Seat(id: icbBoardPlaceSeat, body: icbBoard, title: "Place partner member for Testborough",
                          sectors: [.icb], role: .placePartnerMember, place: place, organisation: icb))
        memberships.append(Membership(id: "qxx-m-testborough", seat: icbBoardPlaceSeat, person: leadPerson,
                                      onBehalfOf: icb, period: Period(from: start), deputy: "tb-deputy-place-lead",
                                      deputyBriefed: true))
        let chairPerson: ID<Person> = "tb-person-vcse"
        let attendance = committeeSeats.map { Attendance(ID("tb-person-\($0.0)"), as: .member) }

        return Dataset(
            systems: [ICS(id: ics, name: "Test ICS", onsCode: "E54000999", odsCode: "QXX", board: icbBoard)],
            places: [Place(id: place, name: "Testborough", ics: ics, boundary: "London Borough of Testborough")],
            organisations: [
                Organisation(id: icb, name: "NHS Test ICB", sectors: [.icb], statutory: true, odsCode: "QXX", ics: ics),
                Organisation(id: council, name: "Testborough Council", sectors: [.localAuthority], statutory: true,
                             place: place, ics: ics),
                Organisation(id: "TST01", name: "Testborough Hospitals NHS Trust",
                             sectors: [.acuteProvider, .communityProvider], statutory: true, odsCode: "TST01", ics: ics),
                Organisation(id: "TST02", name: "Test Mental Health NHS Trust", sectors: [.mentalHealthProvider],
                             statutory: true, odsCode: "TST02", ics: ics),
                Organisation(id: "tb-pcn", name: "Testborough North PCN", sectors: [.primaryCare], statutory: false,
                             place: place, ics: ics),
                Organisation(id: "tb-healthwatch", name: "Healthwatch Testborough", sectors: [.healthwatch],
                             statutory: false, place: place, ics: ics),
                Organisation(id: "tb-vcse", name: "Testborough Community Action", sectors: [.vcse], statutory: false,
                             place: place, ics: ics),
                Organisation(id: "tb-care", name: "Testborough Care Homes Ltd", sectors: [.socialCareProvider],
                             statutory: false, place: place, ics: ics),
            ],
            people: people,
            bodies: [
                Body(id: icbBoard, name: "NHS Test ICB Board", kind: .board, ics: ics,
                     lifecycle: [LifecycleEvent(.established, "2021-04-01")],
                     terms: [TermsOfReference(version: "1", adopted: "2021-04-01", cadence: .monthly,
                                              decisionRule: .majority, sessions: .publicWithPrivate)]),
                Body(id: hwb, name: "Testborough Health and Wellbeing Board", kind: .board, place: place, ics: ics,
                     lifecycle: [LifecycleEvent(.established, "2013-04-01")],
                     terms: [TermsOfReference(version: "1", adopted: "2013-04-01", form: .committeeOfStatutoryBody,
                                              convenedBy: [council], cadence: .quarterly, decisionRule: .consensus,
                                              sessions: .public)]),
                Body(id: committee, name: "Testborough Partnership Committee", kind: .committee, place: place, ics: ics,
                     placeCommittee: true,
                     lifecycle: [LifecycleEvent(.proposed, "2021-06-01"), LifecycleEvent(.shadow, "2021-10-01"),
                                 LifecycleEvent(.established, "2022-04-01")],
                     terms: [TermsOfReference(
                        version: "1.0", adopted: "2021-10-01", form: .committeeOfStatutoryBody, convenedBy: [icb],
                        reportsTo: [ReportingLine(to: icbBoard, .committeeOf), ReportingLine(to: hwb, .reportsTo)],
                        cadence: .monthly, decisionRule: .consensus,
                        quorum: QuorumRule(fraction: Fraction(1, 2), mustInclude: [.icb, .localAuthority]),
                        deputiesMayAct: true, sessions: .publicWithPrivate,
                        nonStatutoryParticipationApproved: "NHS Test ICB board minute 2021/45",
                        conflictsOfInterestPolicy: "NHS Test ICB conflicts of interest policy, applied to all members",
                        functions: ["primary care", "community services", "prescribing"],
                        disagreementProcedure: "Referred to the chief executives of the ICB and the council",
                        leadMemberRequired: false, seatsWithoutDecisionRights: [])]),
            ],
            seats: seats,
            memberships: memberships,
            leadershipRoles: [
                LeadershipRole(id: placeLead, title: "Executive Place Lead", kind: .executiveLead,
                               role: .executivePlaceLead, place: place, body: committee, holder: leadPerson,
                               employer: icb, conflictPoliciesOf: [icb],
                               appointment: Appointment(process: .jointRecruitment, panel: ["partners", "stakeholder panel"],
                                                        date: "2021-09-01"),
                               period: Period(from: "2021-09-01")),
                LeadershipRole(id: chair, title: "Chair", kind: .convenor, role: .chair, place: place, body: committee,
                               holder: chairPerson, employer: "tb-vcse",
                               appointment: Appointment(process: .openExpressionsOfInterest,
                                                        panel: ["partners", "community representatives"],
                                                        date: "2021-10-01", decided: "2021-10-01", decidedBy: committee),
                               period: Period(from: "2021-10-01")),
            ],
            delegations: [
                Delegation(id: "tb-icb-delegation", delegator: icb, toRole: placeLead, place: place,
                           functions: [.primaryCare, .communityPhysicalHealth, .communityMentalHealth, .prescribing,
                                       .continuingHealthcare, .clientGroups],
                           instrument: .schemeOfReservationAndDelegation,
                           assurance: "Quarterly assurance report from the committee to the ICB board",
                           period: Period(from: "2022-04-01"),
                           agreedBy: DelegationDecision(body: icbBoard, date: "2022-03-01",
                                                        constitutionReference: "ICB scheme of reservation and delegation, §4")),
            ],
            budgets: [
                Budget(id: "tb-budget-2022", place: place, delegation: "tb-icb-delegation", financialYear: "2022/23",
                       basis: "plan", lines: [BudgetLine("Prescribing", amount: 30_000_000),
                                              BudgetLine("Community health", amount: 10_000_000)],
                       statedTotal: 40_000_000, publishedAt: "Committee papers, public session, April 2022",
                       equityPrinciplesRecorded: "Committee terms of reference, section 3",
                       variationExplained: "Lines follow the former CCG budget with no variation",
                       betterCareFundMinimum: 12_000_000),
            ],
            workstreams: [
                Workstream(id: "tb-ws-start-well", place: place, name: "Start Well", sro: "tb-person-dcs",
                           overseenBy: committee, sponsor: "tb-person-dcs", aims: [.populationHealth],
                           deliverables: ["Family hubs"]),
            ],
            milestones: [
                Milestone(id: "tb-ms-1", place: place, workstream: "tb-ws-start-well", title: "Family hubs open",
                          due: "2022-03-01", status: .done, completed: "2022-02-20"),
            ],
            risks: [
                Risk(id: "tb-risk-1", place: place, body: committee, title: "Workforce shortages",
                     owner: "tb-person-place-lead", likelihood: 3, impact: 4, mitigation: "Joint recruitment campaign",
                     reviewBy: "2022-06-30", opened: "2021-10-01"),
            ],
            indicators: [
                Indicator(id: "tb-ind-1", place: place, workstream: "tb-ws-start-well",
                          name: "School readiness", aim: .populationHealth, unit: "%",
                          observations: [Observation(period: "2020/21", date: "2021-10-01", value: 68.2)]),
            ],
            meetings: [
                Meeting(id: "tb-meeting-2022-03", body: committee, date: "2022-03-10", session: .public,
                        attendance: attendance,
                        items: [AgendaItem(id: "1", title: "Prescribing budget",
                                           decision: Decision(id: "tb-d-1", summary: "Approve prescribing plan",
                                                              rule: .consensus, excluded: ["tb-person-pcn"],
                                                              affectsCommunities: true,
                                                              engagement: "Patient panel and survey",
                                                              equalityImpactAssessment: true))],
                        declarations: [Declaration(person: "tb-person-pcn", item: "1",
                                                   interest: "Partner in a practice affected")]),
            ],
            // thriving-places §4 "Accountability arrangements" ¶1–2.
            accountabilities: [
                AccountabilityArrangement(id: "tb-acct-members", place: place, type: .electedMemberEngagement,
                                          body: committee, mechanism: "Cabinet member for health sits on the committee",
                                          agreed: "2022-03-10"),
                AccountabilityArrangement(id: "tb-acct-hwb", place: place, type: .healthAndWellbeingBoard, body: hwb,
                                          mechanism: "Committee reports to each HWB meeting", cadence: .quarterly,
                                          agreed: "2022-03-10"),
                AccountabilityArrangement(id: "tb-acct-scrutiny", place: place, type: .healthScrutiny,
                                          organisation: council, mechanism: "Annual report to health scrutiny",
                                          cadence: .annually, agreed: "2022-03-10"),
                AccountabilityArrangement(id: "tb-acct-performance", place: place, type: .performanceMonitoring,
                                          organisation: icb, mechanism: "Monthly performance dashboard to the ICB",
                                          cadence: .monthly, agreed: "2022-03-10"),
            ],
            // §4 "Governance and decision-making arrangements" ¶2: the terms agreed by the delegating body.
            approvals: [
                Approval(id: "tb-terms-approval", place: place, subject: RecordReference(committee), version: "1.0",
                         matter: .termsOfReference, approvedBy: icbBoard, organisation: icb, date: "2021-09-30"),
            ],
            // §4 "Working with people and communities" ¶3: vision, plan and progress, and feedback.
            publications: [
                Publication(id: "tb-pub-vision", place: place, type: .vision, title: "Testborough vision", public: true,
                            address: "https://example.org/vision", published: "2021-11-01"),
                Publication(id: "tb-pub-plan", place: place, type: .plan, title: "Testborough plan 2022–24", public: true,
                            address: "https://example.org/plan", published: "2022-04-01", agreed: "2022-04-01",
                            agreedBy: committee),
                Publication(id: "tb-pub-progress", place: place, type: .progressReport,
                            title: "Progress report, winter 2021", public: true, address: "https://example.org/progress",
                            published: "2022-01-15"),
                Publication(id: "tb-pub-plan-feedback", place: place, type: .feedback, title: "You said, we did",
                            public: true, address: "https://example.org/you-said", published: "2022-06-01",
                            engagement: "tb-plan-listening"),
            ],
            engagements: [
                Engagement(id: "tb-plan-listening", place: place, title: "Listening on the plan", type: .exercise,
                           informs: "tb-pub-plan", started: "2022-01-10", ended: "2022-02-28", audiences: [.residents]),
            ])
    }
}
