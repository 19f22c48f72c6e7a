import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon

/// Fixtures for "membership means a person" on the ICS-level bodies, written from the papers:
/// Lewisham §4.3, "The proposed membership of the ICB's Board is: ICS Chair; Two ICS Non-Executive
/// Directors; ICS Chief Executive Officer; ICS Chief Financial Officer; … Primary Medical Services
/// Partner member (Primary Care leadership Group Chair); Six Place Partner members (one per borough
/// holding Executive responsibility for delegation to that Place)" — "proposed", a warning; and the
/// Southwark LCP paper on the ICP, "This membership will include: ICS Chair … A VCSE rep (from across
/// SEL)" — "will", an error. A seat no one holds is a vacancy: noted (info) while a recruitment to
/// the seat is open and its window has not passed, and otherwise — a date recorded on the seat with
/// no recruitment included — at the requirement's severity (GOV-MEM-1's reading, REQUIREMENTS-ADDED).
extension SouthEastLondonRuleFixtures {
    static var systemSeatHolderFixtures: [RuleFixture] {
        let system = World.system
        let icp = SouthEastLondonData.icp.rawValue
        let board = SouthEastLondonData.icbBoard.rawValue
        return [
            // "Two ICS Non-Executive Directors": the second seat exists, but no one holds it.
            RuleFixture("SEL-ICB-1", passing: system, failing: vacant("sel-icb-ned-2"), subject: board,
                        severity: .warning, mentions: "No holder is recorded for", label: "a non-executive director's seat no one holds"),
            // The same vacancy while a recruitment to the seat is open, inside the window the seat
            // records, is noted, not a breach…
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: vacant("sel-icb-ned-2", recruitingUntil: "2022-06-30", recruitmentOpened: "2022-03-01"),
                        subject: board, severity: .info, mentions: "recruitment is open until 30 June 2022",
                        label: "a vacancy inside the window of an open recruitment"),
            // … a date on the seat with no recruitment recorded is no open recruitment: the warning stands…
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: vacant("sel-icb-ned-2", recruitingUntil: "2022-06-30"), subject: board,
                        severity: .warning, mentions: "No holder is recorded for",
                        label: "a date on the seat but no recruitment recorded"),
            // … and once the window has passed it is the requirement's warning again.
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: vacant("sel-icb-ned-2", recruitingUntil: "2022-03-31", recruitmentOpened: "2022-01-10"),
                        subject: board, severity: .warning, mentions: "No holder is recorded for",
                        label: "a vacancy after its recruitment window"),
            // "one per borough": Lewisham's place partner seat, vacant.
            RuleFixture("SEL-ICB-1", passing: system, failing: vacant("sel-icb-place-lewisham"), subject: board,
                        severity: .warning, mentions: "place partner member for Lewisham",
                        label: "a place partner member's seat no one holds"),
            // "ICS Chief Financial Officer": the ICS's own, not a trust's.
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: heldBy("sel-icb-chief-financial-officer",
                                        Post(title: "Chief Financial Officer", organisation: "RJ1",
                                             role: .chiefFinancialOfficer)),
                        subject: board, severity: .warning, mentions: "the ICS Chief Financial Officer (a post at the ICB)",
                        label: "a trust's finance director holds the ICS Chief Financial Officer seat"),
            // "ICS Chair": the person holding the seat chairs the ICS.
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: heldBy("sel-icb-chair", Post(title: "Non-Executive Director",
                                                               organisation: SouthEastLondonData.icb,
                                                               role: .nonExecutiveDirector)),
                        subject: board, severity: .warning, mentions: "the ICS Chair (a post at the ICB)",
                        label: "a non-executive director holds the ICS Chair's seat"),
            // "Primary Medical Services Partner member (Primary Care leadership Group Chair)".
            RuleFixture("SEL-ICB-1",
                        passing: heldBy("sel-icb-partner-primary-care",
                                        Post(title: "Chair, primary care leadership group", organisation: "RJ1",
                                             role: .primaryCareLeadershipGroupChair)),
                        failing: heldBy("sel-icb-partner-primary-care",
                                        Post(title: "PCN Clinical Director", organisation: SouthEastLondonData.icb,
                                             role: .pcnClinicalDirector)),
                        subject: board, severity: .warning, mentions: "Chair of the primary care leadership group",
                        label: "a GP who does not chair the primary care leadership group holds its seat"),
            // "This membership will include … A VCSE rep (from across SEL)": no one holds it.
            RuleFixture("SEL-ICP-1", passing: system, failing: vacant("sel-icp-vcse"), subject: icp,
                        severity: .error, mentions: "No holder is recorded for", label: "the VCSE representative's seat no one holds"),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: vacant("sel-icp-vcse", recruitingUntil: "2022-06-30", recruitmentOpened: "2022-03-01"),
                        subject: icp, severity: .info, mentions: "recruitment is open until 30 June 2022",
                        label: "a vacancy inside the window of an open recruitment"),
            // A date on the seat with no recruitment recorded: "will include" is not met, an error.
            RuleFixture("SEL-ICP-1", passing: system, failing: vacant("sel-icp-vcse", recruitingUntil: "2022-06-30"),
                        subject: icp, severity: .error, mentions: "No holder is recorded for",
                        label: "a date on the seat but no recruitment recorded"),
            // An open recruitment to the seat whose target has not passed is a recorded window too.
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: vacant("sel-icp-vcse").with { $0.recruit(to: "sel-icp-vcse", opened: "2022-03-01", target: "2022-05-31") },
                        subject: icp, severity: .info, mentions: "recruitment is open until 31 May 2022",
                        label: "a vacancy while a recruitment to it is open"),
            // "The proposed membership of the ICB's Board" (§4.3): the finding says "proposed", not "agreed".
            RuleFixture("SEL-ICB-1", passing: system, failing: vacant("sel-icb-partner-acute"), subject: board,
                        severity: .warning, mentions: "Lewisham §4.3: \"The proposed membership of the ICB's Board\"",
                        label: "a line of the proposed membership, in §4.3's words"),
            // "Two ICS Non-Executive Directors": a non-executive seat recorded for a trust still fills the
            // line, so whoever holds it is an ICS non-executive director — not the trust's.
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: heldBy("sel-icb-ned-2", Post(title: "Non-Executive Director", organisation: "RJ1",
                                                              role: .nonExecutiveDirector)).with { data in
                            data.update(\.seats, "sel-icb-ned-2") { $0.sectors = [.acuteProvider]; $0.organisation = "RJ1" }
                        },
                        subject: board, severity: .warning, mentions: "an ICS Non-Executive Director (a post at the ICB)",
                        label: "a trust's non-executive director in a non-executive seat recorded for the trust"),
            // "Six Place Partner members (one per borough holding Executive responsibility for delegation
            // to that Place)": a holder, with no Executive Place Lead in post for the borough, is not one.
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { data in
                            data.update(\.leadershipRoles, ID("tw-epl-\(SouthEastLondonRuleFixtures.lewisham.rawValue)")) {
                                $0.holder = nil
                            }
                        },
                        subject: board, severity: .warning, mentions: "none is recorded in post",
                        label: "no Executive Place Lead in post for the borough"),
            // "one per borough": a second place partner seat for Lewisham.
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { data in
                            data.seats.append(Seat(id: "sel-icb-place-lewisham-2", body: SouthEastLondonData.icbBoard,
                                                   title: "Place Partner Member, Lewisham (second)", sectors: [.icb],
                                                   role: .placePartnerMember, place: SouthEastLondonRuleFixtures.lewisham))
                        },
                        subject: board, severity: .warning, mentions: "2 place partner member seats for Lewisham",
                        label: "two place partner seats for one borough"),
            // "Local Authority Partner member (One CEO)": a council chief executive, of a council in SEL.
            RuleFixture("SEL-ICB-1", passing: localAuthorityPartnerHeld(byChiefExecutiveOf: "lewisham-council"),
                        failing: localAuthorityPartnerHeld(byChiefExecutiveOf: "elsewhere-council").with { data in
                            data.organisations.append(Organisation(id: "elsewhere-council", name: "Elsewhere Council",
                                                                   sectors: [.localAuthority], statutory: true))
                        },
                        subject: board, severity: .warning, mentions: "the chief executive of one of the South East London",
                        label: "the chief executive of a council outside SEL holds the local authority partner seat"),
            // "This membership will include: ICS Chair • ICS Chief Executive • … Chairs of Bromley
            // Healthcare (CIC), GSTT, LGT, KCH, Oxleas, and SLaM" (Southwark LCP paper, "The SEL Integrated
            // Care Partnership"; Lewisham §3.4 lists the same): each seat held by the person the line names.
            RuleFixture("SEL-ICP-1", passing: system, failing: vacant("sel-icp-khp"), subject: icp, severity: .error,
                        mentions: "Southwark LCP paper, \"SEL Integrated Care Partnership\"",
                        label: "a line of the membership the ICP will include, in the Southwark paper's words"),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: heldBy("sel-icp-ics-chair", Post(title: "Chair", organisation: "RJ1", role: .trustChair)),
                        subject: icp, severity: .error, mentions: "the ICS Chair (a post at the ICB)",
                        label: "a trust chair holds the ICS Chair's seat"),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: heldBy("sel-icp-ics-chief-executive",
                                        Post(title: "Chief Executive", organisation: "RJ1", role: .chiefExecutive)),
                        subject: icp, severity: .error, mentions: "the ICS Chief Executive (a post at the ICB)",
                        label: "a trust chief executive holds the ICS Chief Executive's seat"),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: heldBy("sel-icp-chair-gstt",
                                        Post(title: "Chief Executive", organisation: "RJ1", role: .chiefExecutive)),
                        subject: icp, severity: .error, mentions: "the chair of Guy's and St Thomas' NHS Foundation Trust",
                        label: "the trust's chief executive holds its chair's seat"),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: heldBy("sel-icp-chair-gstt", Post(title: "Chair", organisation: "RJZ", role: .trustChair)),
                        subject: icp, severity: .error, mentions: "the chair of Guy's and St Thomas' NHS Foundation Trust",
                        label: "another trust's chair holds the trust's chair seat"),
            // Lewisham §3.4: "Elected Leaders (or their nominated cabinet members) of the following local
            // authorities – Bexley, …": Bexley's seat, recorded with no role, is still Bexley's line, and
            // Lambeth's Leader holding it is not Bexley's leader.
            RuleFixture("SEL-ICP-1",
                        passing: bexleySeatWithoutRole(heldBy: Post(title: "Leader of the Council",
                                                                    organisation: "bexley-council", role: .electedLeader)),
                        failing: bexleySeatWithoutRole(heldBy: Post(title: "Leader of the Council",
                                                                    organisation: "lambeth-council", role: .electedLeader)),
                        subject: icp, severity: .error,
                        mentions: "not recorded as the elected leader or a cabinet member of Bexley's council",
                        label: "Lambeth's Leader holds Bexley's seat, recorded with no role"),
            // "This membership will include" (Southwark LCP paper): the ICP's members do not wait for the
            // ICB board. With the board established only in July 2022, the ICP, operating from 1 April
            // 2022, is still judged.
            RuleFixture("SEL-ICP-1", passing: withBoardEstablishedLate(system),
                        failing: withBoardEstablishedLate(vacant("sel-icp-vcse")), subject: icp, severity: .error,
                        mentions: "No holder is recorded for", label: "the ICB board not yet operating"),
            // Lewisham §3.3: "The ICP will be a committee rather than a body" — in those words, no more.
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { $0.update(\.bodies, SouthEastLondonData.icp) { $0.kind = .partnership } },
                        subject: icp, severity: .error, mentions: "the ICP will be a committee rather than a body (Lewisham §3.3)",
                        label: "an ICP recorded as a partnership, not a committee"),
        ]
    }

    /// The compliant SEL system with Bexley's ICP seat recorded with no role, held by a person whose
    /// one post is `post`.
    static func bexleySeatWithoutRole(heldBy post: Post) -> Dataset {
        World.system.with { data in
            data.update(\.seats, "sel-icp-leader-bexley") { $0.role = nil }
            World.holding("sel-icp-leader-bexley", by: Person(id: "p-bexley-seat", name: "A Leader", fictional: true,
                                                              posts: [post]), in: &data)
        }
    }

    /// `data` with the ICB board proposed in July 2021 and established only on 1 July 2022.
    static func withBoardEstablishedLate(_ data: Dataset) -> Dataset {
        data.with {
            $0.update(\.bodies, SouthEastLondonData.icbBoard) {
                $0.lifecycle = [LifecycleEvent(.proposed, "2021-07-01"), LifecycleEvent(.established, "2022-07-01")]
            }
        }
    }

    /// The compliant SEL system with no one holding `seat`, the documents' deadline recorded on the
    /// seat, if given, and a recruitment to it open from `recruitmentOpened`, if given.
    static func vacant(_ seat: ID<Seat>, recruitingUntil window: Day? = nil, recruitmentOpened: Day? = nil) -> Dataset {
        World.system.with { data in
            data.memberships.removeAll { $0.seat == seat }
            data.update(\.seats, seat) { $0.recruitingUntil = window }
            if let recruitmentOpened { data.recruit(to: seat, opened: recruitmentOpened) }
        }
    }

    /// The compliant SEL system with `seat` held by a person whose one post is `post`.
    static func heldBy(_ seat: ID<Seat>, _ post: Post) -> Dataset {
        World.system.with { data in
            World.holding(seat, by: Person(id: ID("p-\(seat.rawValue)"), name: "A Member", fictional: true, posts: [post]),
                          in: &data)
        }
    }
}
