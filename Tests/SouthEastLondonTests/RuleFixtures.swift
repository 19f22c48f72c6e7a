import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon

/// A passing and a failing dataset for every SEL rule (some rules have several failing cases).
enum SouthEastLondonRuleFixtures {
    typealias World = SouthEastLondonTestWorld

    static var all: [RuleFixture] {
        systemFixtures + systemSeatHolderFixtures + delegationFixtures + membershipFixtures + governanceFixtures
            + placeLeadFixtures
    }

    /// SEL-LCP-9: "the ICS have set out an expectation for place leads to be agreed by the end of
    /// December 2021" — an expectation whose date slipped, so a warning, between 1 January and
    /// 31 March 2022.
    static var placeLeadFixtures: [RuleFixture] {
        let world = placeLeadDecided
        let place = TestWorld.place
        let lead = TestWorld.placeLead.rawValue
        return [
            RuleFixture("SEL-LCP-9", passing: world,
                        failing: world.with { data in
                            data.update(\.leadershipRoles, TestWorld.placeLead) {
                                $0.appointment?.date = "2022-01-20"
                                $0.appointment?.decided = "2022-01-18"
                                $0.appointment?.status = .interim
                            }
                        }, subject: TestWorld.placeLead.rawValue, asOf: "2022-02-01", severity: .warning,
                        place: TestWorld.place, label: "place lead agreed after December 2021"),
            RuleFixture("SEL-LCP-9", passing: world,
                        failing: world.with { $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.holder = nil } },
                        subject: TestWorld.placeLead.rawValue, asOf: "2022-03-31", severity: .warning,
                        place: TestWorld.place, mentions: "names no one", label: "no one named"),
            // "naming the person": a role that has since ended still has to name its holder.
            RuleFixture("SEL-LCP-9", passing: interimThenSubstantive(interimDecided: "2021-12-10"),
                        failing: interimThenSubstantive(interimDecided: "2021-12-10").with {
                            $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.holder = nil }
                        },
                        subject: substantiveLead.rawValue, asOf: "2022-03-15", severity: .warning, place: place,
                        mentions: "names no one", label: "an ended role that names no one"),
            // A December decision appointing to a role whose record starts on 1 April 2022 counts.
            RuleFixture("SEL-LCP-9", passing: world.with { leadDecided(on: "2021-12-15", roleFrom: "2022-04-01", in: &$0) },
                        failing: world.with { leadDecided(on: "2022-01-10", roleFrom: "2022-04-01", in: &$0) },
                        subject: TestWorld.placeLead.rawValue, asOf: "2022-02-01", severity: .warning,
                        place: TestWorld.place, label: "role recorded from April 2022"),
            // "by the end of December 2021": the 31st is inside, the 1st of January is not.
            RuleFixture("SEL-LCP-9", passing: world.with { leadDecided(on: "2021-12-31", roleFrom: nil, in: &$0) },
                        failing: world.with { leadDecided(on: "2022-01-01", roleFrom: nil, in: &$0) },
                        subject: TestWorld.placeLead.rawValue, asOf: "2022-01-15", severity: .warning,
                        place: TestWorld.place, label: "decided on 31 December 2021"),
            // An expectation met by the end of December stays met once that lead has gone: an interim
            // lead agreed on 10 December 2021, in post until 28 February 2022, then a substantive lead
            // decided on 10 February 2022; checked on 15 March 2022.
            RuleFixture("SEL-LCP-9", passing: interimThenSubstantive(interimDecided: "2021-12-10"),
                        failing: interimThenSubstantive(interimDecided: "2022-01-05"),
                        subject: substantiveLead.rawValue, asOf: "2022-03-15", severity: .warning, place: place,
                        mentions: "No decision dated on or before 31 December 2021",
                        label: "an interim lead agreed in time, since replaced"),
            // With no decision date recorded, an appointment in December shows the lead was agreed by
            // then, but not who decided or when: noted, asking for the decision.
            RuleFixture("SEL-LCP-9", passing: world.with { leadDecided(on: "2021-12-20", roleFrom: nil, in: &$0) },
                        failing: leadAppointed(on: "2021-12-20"), subject: lead, asOf: "2022-01-15", severity: .info,
                        place: place, mentions: "no decision date or deciding body is recorded",
                        label: "appointed in December, no decision date recorded"),
            RuleFixture("SEL-LCP-9", passing: world, failing: leadAppointed(on: "2022-01-04"),
                        subject: lead, asOf: "2022-01-15", severity: .warning, place: place,
                        mentions: "No decision dated on or before 31 December 2021",
                        label: "appointed in January, no decision date recorded"),
        ]
    }

    /// The SEL test place with its Executive Place Lead's appointment decided by the committee on the
    /// day it was made (1 September 2021), so the ICS's December expectation is met and on record.
    static var placeLeadDecided: Dataset {
        World.place.with { data in
            data.update(\.leadershipRoles, TestWorld.placeLead) { role in
                let appointed = role.appointment?.date
                role.appointment?.decided = appointed
                role.appointment?.decidedBy = TestWorld.committee
            }
        }
    }

    /// The place lead appointed on `day`, with no decision date or deciding body recorded.
    static func leadAppointed(on day: Day) -> Dataset {
        placeLeadDecided.with { data in
            data.update(\.leadershipRoles, TestWorld.placeLead) {
                $0.appointment?.date = day
                $0.appointment?.decided = nil
                $0.appointment?.decidedBy = nil
            }
        }
    }

    static let substantiveLead: ID<LeadershipRole> = "tb-place-lead-substantive"

    /// The place lead's role held by an interim lead, agreed on `interimDecided`, until 28 February
    /// 2022; then a substantive lead, decided on 10 February 2022, in post from 1 March 2022.
    static func interimThenSubstantive(interimDecided: Day) -> Dataset {
        placeLeadDecided.with { data in
            data.update(\.leadershipRoles, TestWorld.placeLead) {
                $0.appointment?.status = .interim
                $0.appointment?.decided = interimDecided
                $0.appointment?.date = interimDecided
                $0.period = Period(from: interimDecided, to: "2022-02-28")
            }
            data.people.append(Person(id: "tb-substantive-lead", name: "A Substantive Lead (fictional)", fictional: true))
            data.leadershipRoles.append(LeadershipRole(
                id: substantiveLead, title: "Executive Place Lead", role: .executivePlaceLead, place: TestWorld.place,
                body: TestWorld.committee, holder: "tb-substantive-lead",
                appointment: Appointment(process: .jointRecruitment, date: "2022-03-01", decided: "2022-02-10",
                                         decidedBy: TestWorld.committee, status: .substantive),
                period: Period(from: "2022-03-01")))
        }
    }

    /// The place lead's appointment decided on `day` (appointed a day later), its role recorded from `start`.
    static func leadDecided(on day: Day, roleFrom start: Day?, in data: inout Dataset) {
        data.update(\.leadershipRoles, TestWorld.placeLead) {
            $0.appointment?.decided = day
            $0.appointment?.date = day.adding(days: 1)
            if let start { $0.period = Period(from: start) }
        }
    }

    static let place = TestWorld.place.rawValue
    static let committee = TestWorld.committee.rawValue

    // MARK: ICS-level bodies

    static var systemFixtures: [RuleFixture] {
        let system = World.system
        let icp = SouthEastLondonData.icp.rawValue
        let board = SouthEastLondonData.icbBoard.rawValue
        return [
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icp-leader-bexley") }, subject: icp, severity: .error),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icp-healthwatch", "sel-icp-khp") }, subject: icp, severity: .error),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icp-chair-oxleas") }, subject: icp, severity: .error),
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { $0.update(\.bodies, SouthEastLondonData.icbBoard) { $0.lifecycle = [LifecycleEvent(.proposed, "2021-07-01")] } },
                        subject: board, severity: .warning, mentions: "is recorded but not operating",
                        label: "an ICB board recorded but not operating"),
            // "Will be a committee …" from April 2022: an ICP recorded but never established is reported.
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { $0.update(\.bodies, SouthEastLondonData.icp) { $0.lifecycle = [LifecycleEvent(.proposed, "2021-07-01")] } },
                        subject: icp, severity: .error, mentions: "is recorded but not operating",
                        label: "an ICP recorded but not operating"),
            // "A senior representative of King's Health Partners": another university's seat does not count.
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { data in
                            data.organisations.append(Organisation(id: "other-university", name: "Another University",
                                                                   sectors: [.academic], statutory: false))
                            data.update(\.seats, "sel-icp-khp") { $0.organisation = "other-university" }
                        }, subject: icp, severity: .error, mentions: "King's Health Partners",
                        label: "an academic seat that is not King's Health Partners"),
            RuleFixture("SEL-ICP-2", passing: system,
                        failing: World.systemWithPartnershipTerms { $0.decisionRule = .majority }, subject: icp, severity: .warning),
            RuleFixture("SEL-ICP-2", passing: system,
                        failing: World.systemWithPartnershipTerms { $0.sessions = .private }, subject: icp, severity: .warning),
            RuleFixture("SEL-ICP-2", passing: system,
                        failing: World.systemWithPartnershipTerms { $0.functions = ["Endorse significant service changes"] },
                        subject: icp, severity: .error, label: "no integrated care strategy (\"required\")"),
            // "It is required to develop and agree an 'Integrated Care Strategy'": a strategy in the terms
            // that no decision of the ICP ever agreed is reported once the first year is over.
            RuleFixture("SEL-ICP-2", passing: strategyAgreed, failing: system, subject: icp, asOf: "2023-04-01",
                        severity: .error, mentions: "no decision recorded agreeing the integrated care strategy",
                        label: "an integrated care strategy never agreed"),
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icb-place-lewisham") }, subject: board, severity: .warning),
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icb-ned-2") }, subject: board, severity: .warning),
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icb-partner-community") }, subject: board, severity: .warning),
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { data in
                            // The ICS Chief Executive seat is gone; a trust chief executive holds a partner seat.
                            data.remove(\.seats, "sel-icb-chief-executive")
                            World.holding("sel-icb-partner-acute", by: Person(
                                id: "trust-ce", name: "A Trust Chief Executive", fictional: true,
                                posts: [Post(title: "Chief Executive", organisation: "RJ1", role: .chiefExecutive)]),
                                in: &data)
                        }, subject: board, severity: .warning, mentions: "ICS Chief Executive Officer",
                        label: "a trust chief executive does not fill the ICS Chief Executive seat"),
            RuleFixture("SEL-ICB-1", passing: placePartnerHeld(byLead: true), failing: placePartnerHeld(byLead: false),
                        subject: board, severity: .warning, mentions: "is not the Executive Place Lead",
                        label: "the place partner member is not the borough's Executive Place Lead"),
            RuleFixture("SEL-ICP-1", passing: leadDirectorHeld(atSELCouncil: true),
                        failing: leadDirectorHeld(atSELCouncil: false), subject: icp, severity: .error,
                        mentions: "drawn from the six postholders",
                        label: "the lead DPH is not one of the six SEL postholders"),
            // Lewisham §3.4: "Elected Leaders (or their nominated cabinet members) of the six boroughs".
            RuleFixture("SEL-ICP-1", passing: leaderSeatHeld(by: .cabinetMember, at: "lewisham-council"),
                        failing: leaderSeatHeld(by: .electedLeader, at: "southwark-council"), subject: icp,
                        severity: .error, mentions: "the elected leader or a cabinet member of Lewisham's council",
                        label: "another borough's leader holds Lewisham's seat"),
            RuleFixture("SEL-ICP-1", passing: leaderSeatHeld(by: .electedLeader, at: "lewisham-council"),
                        failing: leaderSeatHeld(by: nil, at: "lewisham-council"), subject: icp,
                        severity: .error, mentions: "the elected leader or a cabinet member of Lewisham's council",
                        label: "a councillor with no leader or cabinet post holds the borough's seat"),
            // Lewisham §4.3: "Local Authority Partner member (One CEO)".
            RuleFixture("SEL-ICB-1", passing: localAuthorityPartnerHeld(byChiefExecutiveOf: "lewisham-council"),
                        failing: localAuthorityPartnerHeld(byChiefExecutiveOf: "RJ1"), subject: board,
                        severity: .warning, mentions: "One CEO",
                        label: "a trust chief executive holds the local authority partner seat"),
            RuleFixture("SEL-PC-1", passing: collaborativeMember(agreedWithChair: true),
                        failing: collaborativeMember(agreedWithChair: false), subject: "sel-apc-rj1", severity: .error,
                        mentions: "agreed with the ICS Chair, Richard Douglas",
                        label: "a board member not agreed with the ICS Chair (§5.2)"),
            RuleFixture("SEL-PC-1", passing: system,
                        failing: system.with { $0.update(\.seats, "sel-apc-rj1") { $0.role = .medicalDirector } },
                        subject: "sel-apc-rj1", severity: .error),
            // §5.2 "provided the member is at Chief Executive level": the person, not the seat's title.
            RuleFixture("SEL-PC-1", passing: collaborativeMember(agreedWithChair: true),
                        failing: collaborativeMember(agreedWithChair: true, post: .medicalDirector),
                        subject: "sel-apc-rj1", severity: .error, mentions: "not recorded as holding a chief executive post",
                        label: "a medical director holds the chief executive seat"),
            RuleFixture("SEL-PC-1", passing: system,
                        failing: system.with { data in
                            data.delegations.append(Delegation(
                                id: "sel-community-delegation", delegator: SouthEastLondonData.icb,
                                toBody: SouthEastLondonData.communityServicesNetwork, functions: [.communityPhysicalHealth]))
                        }, subject: "sel-community-delegation", severity: .warning, label: "delegation to the network (\"do not assume\")"),
            // §5.1 "Two 'formal' Provider Collaboratives to be established for SEL": planning wording, like
            // "proposed" — a warning.
            RuleFixture("SEL-PC-1", passing: system,
                        failing: system.with { data in
                            data.remove(\.bodies, SouthEastLondonData.mentalHealthProviderCollaborative)
                            data.seats.removeAll { $0.body == SouthEastLondonData.mentalHealthProviderCollaborative }
                        }, subject: SouthEastLondonData.ics.rawValue, severity: .warning,
                        label: "no formal mental health collaborative (\"to be established\")"),
            // §5.2 speaks of "The members of the provider Collaborative Board" of collaboratives "to be
            // established" (§5.1): a collaborative with no board members recorded yet is a warning.
            RuleFixture("SEL-PC-1", passing: system,
                        failing: system.with { data in
                            data.seats.removeAll { $0.body == SouthEastLondonData.acuteProviderCollaborative }
                        }, subject: SouthEastLondonData.acuteProviderCollaborative.rawValue, severity: .warning,
                        mentions: "has no board seats recorded", label: "a formal collaborative with no board seats"),
            // §5.4 "a community services collaborative, which will operate as a network": an error.
            RuleFixture("SEL-PC-1", passing: system,
                        failing: system.with { data in
                            data.update(\.bodies, SouthEastLondonData.communityServicesNetwork) { $0.kind = .committee }
                        }, subject: SouthEastLondonData.communityServicesNetwork.rawValue, severity: .error,
                        mentions: "operates as a network", label: "the community services collaborative as a committee (\"will operate as a network\")"),
        ]
    }

    static let lewisham: ID<Place> = "E09000023"

    /// The SEL system with a meeting of the ICP that agreed the integrated care strategy.
    static var strategyAgreed: Dataset {
        World.system.with { data in
            data.meetings.append(Meeting(id: "sel-icp-2022-12", body: SouthEastLondonData.icp, date: "2022-12-01",
                                         items: [AgendaItem(id: "1", title: "Integrated care strategy",
                                                            decision: Decision(id: "sel-icp-d-1",
                                                                               summary: "Agreed the integrated care strategy"))]))
        }
    }

    /// The SEL system with Lewisham's place partner seat held by a person who is, or is not, the
    /// borough's Executive Place Lead.
    static func placePartnerHeld(byLead: Bool) -> Dataset {
        World.system.with { data in
            guard !byLead else { return }
            World.holding("sel-icb-place-lewisham", by: Person(id: "p-other", name: "Another Director", fictional: true),
                          in: &data)
        }
    }

    /// The SEL system with the ICP's lead DPH seat held by a DPH of a SEL council, or of a council elsewhere.
    static func leadDirectorHeld(atSELCouncil: Bool) -> Dataset {
        World.system.with { data in
            data.organisations.append(Organisation(id: "elsewhere-council", name: "Elsewhere Council",
                                                   sectors: [.localAuthority], statutory: true))
            let council: ID<Organisation> = atSELCouncil ? "lewisham-council" : "elsewhere-council"
            World.holding("sel-icp-lead-dph", by: Person(
                id: "p-dph", name: "A Director of Public Health", fictional: true,
                posts: [Post(title: "Director of Public Health", organisation: council, role: .dph)]), in: &data)
        }
    }

    /// The SEL system with the ICP's Lewisham seat held by a councillor with `post` (none: an
    /// ordinary councillor) at `council`.
    static func leaderSeatHeld(by post: Role?, at council: ID<Organisation>) -> Dataset {
        World.system.with { data in
            World.holding("sel-icp-leader-lewisham", by: Person(
                id: "p-cllr", name: "A Councillor", fictional: true,
                posts: [Post(title: "Councillor", organisation: council, role: post)]), in: &data)
        }
    }

    /// The SEL system with the ICB board's local authority partner seat held by the chief executive
    /// of `organisation`.
    static func localAuthorityPartnerHeld(byChiefExecutiveOf organisation: ID<Organisation>) -> Dataset {
        World.system.with { data in
            World.holding("sel-icb-partner-local-authority", by: Person(
                id: "p-ceo", name: "A Chief Executive", fictional: true,
                posts: [Post(title: "Chief Executive", organisation: organisation, role: .chiefExecutive)]), in: &data)
        }
    }

    /// The SEL system with GSTT's chief executive holding its seat on the acute provider
    /// collaborative's board, agreed (or not) with the ICS Chair.
    static func collaborativeMember(agreedWithChair: Bool, post: Role = .chiefExecutive) -> Dataset {
        World.system.with { data in
            data.people.append(Person(id: "gstt-ce", name: "A GSTT Chief Executive", fictional: true,
                                      posts: [Post(title: "Chief Executive", organisation: "RJ1", role: post)]))
            data.memberships.append(Membership(id: "m-apc-gstt", seat: "sel-apc-rj1", person: "gstt-ce", onBehalfOf: "RJ1",
                                               period: Period(from: "2022-04-01"),
                                               agreedWith: agreedWithChair ? "richard-douglas" : nil))
        }
    }

    // MARK: Places: delegation, Executive Place Lead, committee form

    static var delegationFixtures: [RuleFixture] {
        let world = World.place
        return [
            RuleFixture("SEL-LCP-1", passing: world,
                        failing: world.with { data in
                            data.update(\.delegations, "tb-icb-delegation") { $0.functions.removeAll { $0 == .prescribing } }
                        }, subject: "tb-icb-delegation", severity: .error, place: TestWorld.place),
            RuleFixture("SEL-LCP-1", passing: world,
                        failing: world.with { data in
                            data.update(\.delegations, "tb-icb-delegation") { $0.toRole = nil; $0.toBody = TestWorld.committee }
                        }, subject: place, severity: .error, place: TestWorld.place),
            RuleFixture("SEL-LCP-2",
                        passing: world.with { $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.employer = "tb-care" } },
                        failing: world.with { data in
                            data.organisations.append(Organisation(id: "elsewhere", name: "Elsewhere Trust",
                                                                   sectors: [.acuteProvider], statutory: true))
                            data.update(\.leadershipRoles, TestWorld.placeLead) { $0.employer = "elsewhere" }
                        },
                        subject: TestWorld.placeLead.rawValue, severity: .error, place: TestWorld.place),
            RuleFixture("SEL-LCP-2", passing: world,
                        failing: world.with { $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.holder = nil } },
                        subject: TestWorld.placeLead.rawValue, severity: .error, place: TestWorld.place),
            RuleFixture("SEL-LCP-2", passing: world,
                        failing: world.with { data in
                            data.leadershipRoles.append(LeadershipRole(
                                id: "tb-second-lead", title: "Local Care Partnership Director", role: .executivePlaceLead,
                                place: TestWorld.place, holder: "tb-person-dass", employer: TestWorld.council))
                        }, subject: place, severity: .error),
            RuleFixture("SEL-LCP-3", passing: world,
                        failing: World.placeWithCommitteeTerms { $0.form = .consultativeForum }, subject: committee, severity: .error, place: TestWorld.place),
            RuleFixture("SEL-LCP-3", passing: world,
                        failing: World.placeWithCommitteeTerms { $0.form = .leadProvider }, subject: committee, severity: .error, place: TestWorld.place),
            RuleFixture("SEL-LCP-3", passing: world,
                        failing: world.with { $0.update(\.bodies, TestWorld.committee) { $0.placeCommittee = false } },
                        subject: place, severity: .error, place: TestWorld.place),
            // "Will be discharged through a committee": terms that state no form are an error in SEL.
            RuleFixture("SEL-LCP-3", passing: world, failing: World.placeWithCommitteeTerms { $0.form = nil },
                        subject: committee, severity: .error, place: TestWorld.place, mentions: "record no governance form",
                        label: "the committee's terms state no form"),
            // "These delegated functions will be discharged through a committee": a SEL place with no
            // partnership body at all is reported too.
            RuleFixture("SEL-LCP-3", passing: world, failing: World.placeWithNoBodies,
                        subject: place, severity: .error, place: TestWorld.place,
                        mentions: "has no Local Care Partnership committee recorded from 1 April 2022",
                        label: "a place with no LCP committee and no other body"),
            // "The ICB will delegate … to a new post, the 'Executive Place Lead'": whether or not the
            // place has an LCP committee.
            RuleFixture("SEL-LCP-1", passing: World.placeWithoutCommittee(),
                        failing: World.placeWithoutCommittee { $0.remove(\.delegations, "tb-icb-delegation") },
                        subject: place, severity: .error, place: TestWorld.place,
                        mentions: "has delegated no functions", label: "no ICB delegation at a place with no LCP committee"),
            RuleFixture("SEL-LCP-2", passing: World.placeWithoutCommittee(),
                        failing: World.placeWithoutCommittee { $0.leadershipRoles.removeAll { $0.role == .executivePlaceLead } },
                        subject: place, severity: .error, place: TestWorld.place,
                        mentions: "has no Executive Place Lead", label: "no Executive Place Lead at a place with no LCP committee"),
        ]
    }

    // MARK: Places: membership and leadership team

    static var membershipFixtures: [RuleFixture] {
        let world = World.place
        return [
            RuleFixture("SEL-LCP-4", passing: world,
                        failing: world.with { $0.remove(\.seats, "tb-seat-healthwatch") }, subject: committee, severity: .warning, place: TestWorld.place),
            // "Healthwatch and the VCSE sector in that borough": another borough's Healthwatch does not count.
            RuleFixture("SEL-LCP-4", passing: world,
                        failing: world.with { data in
                            data.places.append(Place(id: "E09000998", name: "Otherborough", ics: TestWorld.ics))
                            data.update(\.organisations, "tb-healthwatch") { $0.place = "E09000998" }
                        }, subject: committee, severity: .warning, place: TestWorld.place, mentions: "Healthwatch",
                        label: "another borough's Healthwatch"),
            RuleFixture("SEL-LCP-4", passing: world,
                        failing: world.with { $0.remove(\.seats, "tb-seat-dcs") }, subject: committee, severity: .warning, place: TestWorld.place),
            // One trust's seat represents both the acute and the community services it provides.
            RuleFixture("SEL-LCP-4",
                        passing: world.with { data in
                            data.update(\.seats, "tb-seat-acute") { $0.sectors = [] }
                            data.remove(\.seats, "tb-seat-community")
                        },
                        failing: world.with { $0.remove(\.seats, "tb-seat-community") }, subject: committee,
                        severity: .warning, place: TestWorld.place, mentions: "community services provider",
                        label: "a seat represents every service its organisation provides"),
            RuleFixture("SEL-LCP-5", passing: world,
                        failing: world.with { $0.remove(\.seats, "tb-seat-dph") }, subject: committee, severity: .error, place: TestWorld.place),
            RuleFixture("SEL-LCP-5", passing: world,
                        failing: world.with { $0.remove(\.memberships, "tb-m-dph") }, subject: committee,
                        severity: .error, place: TestWorld.place, mentions: "No holder is recorded for", label: "the DPH seat exists but no one holds it"),
            RuleFixture("SEL-LCP-5", passing: world,
                        failing: world.with { data in
                            data.remove(\.memberships, "tb-m-dph")
                            data.update(\.seats, "tb-seat-dph") { $0.recruitingUntil = "2022-06-30" }
                            data.recruit(to: "tb-seat-dph", opened: "2022-03-01")
                        }, subject: committee, severity: .info, place: TestWorld.place, mentions: "recruitment is open until 30 June 2022",
                        label: "vacant inside the window of an open recruitment"),
            // A date on the seat with no recruitment recorded is no open recruitment: the error stands.
            RuleFixture("SEL-LCP-5", passing: world,
                        failing: world.with { data in
                            data.remove(\.memberships, "tb-m-dph")
                            data.update(\.seats, "tb-seat-dph") { $0.recruitingUntil = "2022-06-30" }
                        }, subject: committee, severity: .error, place: TestWorld.place, mentions: "No holder is recorded for",
                        label: "a date on the seat but no recruitment recorded"),
            // "The inclusion of the borough Director of Public Health": another borough's DPH does not count.
            RuleFixture("SEL-LCP-5", passing: world,
                        failing: world.with { data in
                            data.organisations.append(Organisation(id: "elsewhere-council", name: "Elsewhere Council",
                                                                   sectors: [.localAuthority], statutory: true))
                            data.update(\.people, "tb-person-dph") { person in
                                person.posts = [Post(title: "Director of Public Health", organisation: "elsewhere-council",
                                                     role: .dph)]
                            }
                        }, subject: committee, severity: .error, place: TestWorld.place,
                        mentions: "not recorded as the Director of Public Health of Testborough's council",
                        label: "the DPH seat is held by another borough's DPH"),
            // Lewisham §8.1 "should comprise" → a warning.
            RuleFixture("SEL-LCP-8", passing: world,
                        failing: world.with { $0.remove(\.seats, "tb-lt-acute") },
                        subject: World.leadershipTeam.rawValue, severity: .warning, place: TestWorld.place),
            RuleFixture("SEL-LCP-8", passing: world,
                        failing: world.with { $0.remove(\.memberships, "tb-lt-m-acute") },
                        subject: World.leadershipTeam.rawValue, severity: .warning, place: TestWorld.place,
                        mentions: "No holder is recorded for", label: "a designated lead's seat no one holds"),
            RuleFixture("SEL-LCP-8", passing: world,
                        failing: world.with { $0.remove(\.bodies, World.leadershipTeam) }, subject: place,
                        severity: .warning, place: TestWorld.place),
            // "Public Health (the Director Public Health)": a public health lead who is not the DPH does not count.
            RuleFixture("SEL-LCP-8", passing: world,
                        failing: world.with { $0.update(\.memberships, "tb-lt-m-public-health") { $0.person = "tb-lead-public-health" } },
                        subject: World.leadershipTeam.rawValue, severity: .warning, place: TestWorld.place,
                        mentions: "public health (the Director of Public Health)",
                        label: "the public health lead is not the DPH"),
            RuleFixture("SEL-LCP-8", passing: World.placeWithoutCommittee(),
                        failing: World.placeWithoutCommittee { $0.remove(\.bodies, World.leadershipTeam) },
                        subject: place, severity: .warning, place: TestWorld.place,
                        mentions: "has no place leadership team", label: "no leadership team at a place with no LCP committee"),
        ]
    }

    // MARK: Places: Chair and reporting

    static var governanceFixtures: [RuleFixture] {
        let world = World.place
        return [
            RuleFixture("SEL-LCP-6", passing: world,
                        failing: world.with { $0.remove(\.leadershipRoles, TestWorld.chair) }, subject: committee, severity: .warning, place: TestWorld.place),
            RuleFixture("SEL-LCP-6", passing: world,
                        failing: world.with { $0.update(\.leadershipRoles, TestWorld.chair) { $0.holder = nil } },
                        subject: committee, severity: .warning, place: TestWorld.place),
            // "A Chair agreed by the borough partnership": the appointment decided by a body of another
            // place (or by none) is not; an approval by the place's own partnership body is.
            RuleFixture("SEL-LCP-6",
                        passing: world.with { data in
                            data.update(\.leadershipRoles, TestWorld.chair) { $0.appointment?.decidedBy = nil }
                            data.approvals.append(Approval(id: "tb-chair-agreed", place: TestWorld.place,
                                                           subject: RecordReference(TestWorld.chair),
                                                           approvedBy: TestWorld.hwb, action: .agreed, date: "2021-09-20"))
                        },
                        failing: world.with { $0.update(\.leadershipRoles, TestWorld.chair) { $0.appointment?.decidedBy = nil } },
                        subject: committee, severity: .warning, place: TestWorld.place,
                        mentions: "not recorded as agreed by the borough partnership", label: "a Chair nobody in the borough agreed"),
            RuleFixture("SEL-LCP-7", passing: world,
                        failing: World.placeWithCommitteeTerms { $0.reportsTo.removeAll { $0.to == TestWorld.hwb } },
                        subject: committee, severity: .warning, place: TestWorld.place, label: "no line to the HWB (\"expected\")"),
            // "continue to report into the Health and Wellbeing Board": the borough's own, not a neighbour's.
            RuleFixture("SEL-LCP-7", passing: world,
                        failing: world.with { data in
                            data.places.append(Place(id: "E09000998", name: "Otherborough", ics: TestWorld.ics))
                            data.update(\.bodies, TestWorld.hwb) { $0.place = "E09000998"; $0.name = "Otherborough Health and Wellbeing Board" }
                        },
                        subject: committee, severity: .warning, place: TestWorld.place, mentions: "Health and Wellbeing Board",
                        label: "a line to another borough's Health and Wellbeing Board"),
            // "provided the prime relationship in governance terms for NHS funds and responsibilities is with the
            // ICB": a condition, with no "must" or "will" — a warning.
            RuleFixture("SEL-LCP-7", passing: world,
                        failing: World.placeWithCommitteeTerms { $0.convenedBy = [TestWorld.council] },
                        subject: committee, severity: .warning, place: TestWorld.place, label: "not convened by the ICB"),
        ]
    }
}
