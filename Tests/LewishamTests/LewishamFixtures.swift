import Lewisham
import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon

/// For every LEW rule, data on which it finds nothing and data on which it finds the expected
/// subject: the compliant Lewisham with one thing broken.
enum LewishamFixtures {
    static var all: [RuleFixture] {
        governance + membership + leadership + icp + plan + statusApprovals
    }

    /// LEW-LEAD-3 (§7.1 "will be drawn from the partnership"; §7.2 "key elements will be partner and
    /// stakeholder involvement … a shadow appointment to be in place before April").
    static var recruitment: [RuleFixture] {
        [
            RuleFixture("LEW-LEAD-3", passing: world, failing: world.with {
                $0.organisations.append(Organisation(id: "lew-test-consultancy", name: "Test Interim Management Ltd",
                                                     sectors: [.business], statutory: false))
                $0.update(\.leadershipRoles, LewishamData.executivePlaceLead) { $0.employer = "lew-test-consultancy" }
            }, subject: LewishamData.executivePlaceLead.rawValue, severity: .error, mentions: "drawn from the partnership",
               label: "appointee's employer outside the partnership, no internal stage first"),
            RuleFixture("LEW-LEAD-3", passing: world, failing: world.with {
                $0.update(\.recruitments, LewishamWorld.recruitment) { $0.panel.removeAll { $0.stakeholder == .healthwatch } }
            }, subject: LewishamData.executivePlaceLead.rawValue, severity: .error, mentions: "Healthwatch",
               label: "no stakeholder on the panel"),
            RuleFixture("LEW-LEAD-3", passing: world, failing: world.with {
                $0.update(\.leadershipRoles, LewishamData.executivePlaceLead) { $0.appointment?.date = "2022-04-20" }
                $0.update(\.leadershipRoles, LewishamData.lcpBoardChair) { $0.appointment?.date = "2022-04-25" }
            }, subject: LewishamData.executivePlaceLead.rawValue, asOf: "2022-05-01", severity: .warning,
               mentions: "before April", label: "shadow appointment not in place before April"),
            // §7.1 "drawn from the partnership": between the appointment (10 January 2022) and the Board's
            // first seats (1 April 2022) the employer is read against the partnership being formed.
            RuleFixture("LEW-LEAD-3", passing: world, failing: world.with {
                $0.organisations.append(Organisation(id: "lew-test-consultancy", name: "Test Interim Management Ltd",
                                                     sectors: [.business], statutory: false))
                $0.update(\.leadershipRoles, LewishamData.executivePlaceLead) { $0.employer = "lew-test-consultancy" }
            }, subject: LewishamData.executivePlaceLead.rawValue, asOf: "2022-02-01", severity: .error,
               mentions: "drawn from the partnership", label: "employer outside the partnership, judged before April"),
            // §7.2 "a shadow appointment to be in place before April": a substantive holder appointed later
            // replaces the shadow appointee's record and is not a slipped shadow appointment; a shadow
            // appointment dated from April is.
            RuleFixture("LEW-LEAD-3", passing: world.with {
                $0.update(\.leadershipRoles, LewishamData.executivePlaceLead) {
                    $0.appointment?.date = "2022-06-01"
                    $0.appointment?.status = .substantive
                }
            }, failing: world.with {
                $0.update(\.leadershipRoles, LewishamData.executivePlaceLead) {
                    $0.appointment?.date = "2022-06-01"
                    $0.appointment?.status = .shadow
                }
            }, subject: LewishamData.executivePlaceLead.rawValue, asOf: "2022-07-01", severity: .warning,
               mentions: "before April", label: "later substantive holder passes; shadow appointed in June does not"),
            // §7.1 "with external recruitment to follow if needed": external after an internal stage
            // that did not appoint passes; external with no internal stage does not.
            RuleFixture("LEW-LEAD-3", passing: externalRecruitment(internalFirst: true),
                        failing: externalRecruitment(internalFirst: false),
                        subject: LewishamData.executivePlaceLead.rawValue, severity: .error,
                        mentions: "drawn from the partnership", label: "external stage after an unsuccessful internal one"),
            // §7.2 "partner … involvement": a panel with Healthwatch but no partner organisation.
            RuleFixture("LEW-LEAD-3", passing: world, failing: world.with {
                $0.update(\.recruitments, LewishamWorld.recruitment) {
                    $0.panel = [PanelMember(name: "A service user", stakeholder: .serviceUser)]
                }
            }, subject: LewishamData.executivePlaceLead.rawValue, severity: .error, mentions: "partner organisations",
               label: "no partner on the panel"),
        ]
    }

    /// The world with the Place Lead employed outside the partnership and recruited externally,
    /// after an internal stage that did not appoint, or with no internal stage.
    static func externalRecruitment(internalFirst: Bool) -> Dataset {
        world.with {
            $0.organisations.append(Organisation(id: "lew-test-consultancy", name: "Test Interim Management Ltd",
                                                 sectors: [.business], statutory: false))
            $0.update(\.leadershipRoles, LewishamData.executivePlaceLead) { $0.employer = "lew-test-consultancy" }
            $0.update(\.recruitments, LewishamWorld.recruitment) {
                let external = RecruitmentStage(scope: .external, eligibility: "Open to all", opens: "2021-12-01",
                                                closes: "2021-12-20", outcome: .appointed)
                if internalFirst {
                    $0.stages = [RecruitmentStage(scope: .internal, eligibility: "Leaders drawn from the partnership",
                                                  opens: "2021-10-01", closes: "2021-11-30", outcome: .notAppointed),
                                 external]
                } else {
                    $0.stages = [external]
                }
            }
        }
    }

    /// LEW-PLAN-2 (§9.1 "subject to approvals by ICB, boards of key providers, and by Mayor and Cabinet").
    static var statusApprovals: [RuleFixture] {
        [
            RuleFixture("LEW-PLAN-2", passing: world, failing: world.with { $0.approvals = [] },
                        subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "operates in that form",
                        label: "operating as a committee of the ICB without its approval"),
            RuleFixture("LEW-PLAN-2", passing: world.with {
                $0.update(\.bodies, LewishamData.lcpBoard) { $0.lifecycle.removeAll { $0.stage != .proposed } }
            }, failing: world.with {
                $0.update(\.bodies, LewishamData.lcpBoard) { $0.lifecycle.removeAll { $0.stage != .proposed } }
                $0.approvals = []
            }, subject: LewishamData.lcpBoard.rawValue, severity: .warning, mentions: "due by 31 March 2022",
               label: "approval not recorded by 31 March 2022"),
            // "subject to approvals by ICB": the ICB's own decision, by its board. A committee the ICB convenes
            // (here one of another borough's) is not the ICB approving.
            RuleFixture("LEW-PLAN-2", passing: world, failing: world.with {
                $0.bodies.append(Body(id: "lew-test-icb-committee", name: "A committee of the ICB", kind: .committee,
                                      lifecycle: [LifecycleEvent(.established, "2022-01-01")],
                                      terms: [TermsOfReference(version: "1", adopted: "2022-01-01", convenedBy: ["QKK"])]))
                $0.update(\.approvals, "lew-test-status-approval") { $0.approvedBy = "lew-test-icb-committee" }
            }, subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "No approval by the ICB",
               label: "approval by a committee the ICB convenes, not its board"),
            // An approval recorded for the SEL CCG with no deciding body: a gap in the record.
            RuleFixture("LEW-PLAN-2", passing: world, failing: world.with {
                $0.update(\.approvals, "lew-test-status-approval") {
                    $0.approvedBy = nil
                    $0.organisation = "72Q"
                }
            }, subject: LewishamData.lcpBoard.rawValue, severity: .warning,
               mentions: "not as a decision of the ICB's board or the SEL CCG governing body",
               label: "the ICB's approval naming no deciding body"),
            // An approval of another form does not approve the form the Board operates in.
            RuleFixture("LEW-PLAN-2", passing: world, failing: world.with {
                $0.update(\.approvals, "lew-test-status-approval") { $0.form = .jointCommittee }
            }, subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "operates in that form",
               label: "approval of a joint committee, operating as a committee of the ICB"),
            // "joint committee or committee in common … subject to approvals by ICB, boards of key providers,
            // and by Mayor and Cabinet for Lewisham council": each party's approval of the form, given by
            // the body §9.1 names.
            RuleFixture("LEW-PLAN-2", passing: operating(as: .jointCommittee, approvedBy: allParties),
                        failing: operating(as: .jointCommittee, approvedBy: [icbBoard, slamBoard, lgtBoard]),
                        subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "Mayor and Cabinet",
                        label: "joint committee without Mayor and Cabinet"),
            RuleFixture("LEW-PLAN-2", passing: operating(as: .committeesInCommon, approvedBy: allParties),
                        failing: operating(as: .committeesInCommon, approvedBy: [icbBoard, lgtBoard, LewishamData.mayorAndCabinet]),
                        subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "South London and the Maudsley",
                        label: "committees in common without the SLaM board"),
            // The council's approval given by another council body (the Health and Wellbeing Board) is not
            // Mayor and Cabinet's.
            RuleFixture("LEW-PLAN-2", passing: operating(as: .jointCommittee, approvedBy: allParties),
                        failing: operating(as: .jointCommittee,
                                           approvedBy: [icbBoard, slamBoard, lgtBoard, LewishamData.healthAndWellbeingBoard]),
                        subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "No approval by Lewisham Council's Mayor and Cabinet",
                        label: "the council's approval given by the Health and Wellbeing Board"),
            // "boards of key providers": a trust's committee that is not its board does not approve for it.
            RuleFixture("LEW-PLAN-2", passing: operating(as: .jointCommittee, approvedBy: allParties),
                        failing: operating(as: .jointCommittee,
                                           approvedBy: [icbBoard, slamQualityCommittee, lgtBoard, LewishamData.mayorAndCabinet]),
                        subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "the board of South London and the Maudsley",
                        label: "SLaM's approval given by a committee, not its board"),
            // An approval recorded for the council that names no deciding body: a gap in the record.
            RuleFixture("LEW-PLAN-2", passing: operating(as: .jointCommittee, approvedBy: allParties),
                        failing: operating(as: .jointCommittee, approvedBy: [icbBoard, slamBoard, lgtBoard]).with {
                            $0.approvals.append(approval(as: .jointCommittee, organisation: "lewisham-council"))
                        },
                        subject: LewishamData.lcpBoard.rawValue, severity: .warning,
                        mentions: "not as a decision of Mayor and Cabinet",
                        label: "the council's approval naming no deciding body"),
            // The LCP Board approving its own status, or the Borough Based Board it replaces, is not the ICB's approval.
            RuleFixture("LEW-PLAN-2", passing: world, failing: world.with {
                $0.update(\.approvals, "lew-test-status-approval") {
                    $0.organisation = nil
                    $0.approvedBy = LewishamData.lcpBoard
                }
            }, subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "No approval by the ICB",
               label: "status approved by the LCP Board itself"),
            RuleFixture("LEW-PLAN-2", passing: world, failing: world.with {
                $0.update(\.approvals, "lew-test-status-approval") {
                    $0.organisation = nil
                    $0.approvedBy = LewishamData.boroughBasedBoard
                }
            }, subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "No approval by the ICB",
               label: "status approved by the Borough Based Board the LCP Board replaces"),
        ]
    }

    static let icbBoard: ID<Body> = "sel-icb-board"
    static let slamBoard: ID<Body> = "lew-test-slam-board"
    static let lgtBoard: ID<Body> = "lew-test-lgt-board"
    static let slamQualityCommittee: ID<Body> = "lew-test-slam-quality-committee"
    static let allParties = [icbBoard, slamBoard, lgtBoard, LewishamData.mayorAndCabinet]

    /// An approval of the LCP Board's status as `form` on 10 March 2022, by `body` or for `organisation`.
    static func approval(as form: GovernanceForm, by body: ID<Body>? = nil, organisation: ID<Organisation>? = nil) -> Approval {
        Approval(id: ID("lew-test-status-approval-\(body?.rawValue ?? organisation?.rawValue ?? "")"), place: LewishamData.place,
                 subject: RecordReference(LewishamData.lcpBoard), matter: .committeeStatus, form: form,
                 approvedBy: body, organisation: organisation, date: "2022-03-10")
    }

    /// The world with the LCP Board operating as `form`, its status approved in that form by each of
    /// `bodies`; the key providers' boards (and a committee of SLaM's) are recorded as bodies that
    /// govern their trusts.
    static func operating(as form: GovernanceForm, approvedBy bodies: [ID<Body>]) -> Dataset {
        world.with { data in
            data.update(\.bodies, LewishamData.lcpBoard) { body in
                for index in body.terms.indices { body.terms[index].form = form }
            }
            data.bodies += [
                Body(id: slamBoard, name: "South London and Maudsley NHS FT board", kind: .board, governs: "RV5",
                     lifecycle: [LifecycleEvent(.established, "2006-01-01")]),
                Body(id: lgtBoard, name: "Lewisham and Greenwich NHS Trust board", kind: .board, governs: "RJ2",
                     lifecycle: [LifecycleEvent(.established, "2009-10-01")]),
                Body(id: slamQualityCommittee, name: "South London and Maudsley NHS FT quality committee", kind: .committee,
                     lifecycle: [LifecycleEvent(.established, "2006-01-01")],
                     terms: [TermsOfReference(version: "1", adopted: "2006-01-01", convenedBy: ["RV5"])]),
            ]
            data.approvals = bodies.map { approval(as: form, by: $0) }
        }
    }

    static let world = LewishamWorld.compliant

    static var governance: [RuleFixture] {
        [
            // LEW-GOV-1: the Borough Based Board carries on after 1 April 2022.
            RuleFixture("LEW-GOV-1", passing: world, failing: world.with {
                $0.update(\.bodies, LewishamData.boroughBasedBoard) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
            }, subject: LewishamData.boroughBasedBoard.rawValue),
            // LEW-GOV-1: a new body set up with the LHCP Executive Board's remit.
            RuleFixture("LEW-GOV-1", passing: world, failing: world.with {
                $0.bodies.append(Body(id: "lew-test-partnership-forum", name: "Lewisham Partnership Forum", kind: .forum,
                                      place: LewishamData.place, ics: "QKK",
                                      lifecycle: [LifecycleEvent(.established, "2022-01-01")],
                                      remit: [LewishamBodies.partnershipRemit]))
            }, subject: "lew-test-partnership-forum"),
            // LEW-GOV-1: §6.1 "will be replaced by a single committee as the Local Care Partnership Board":
            // the LCP Board never set up (still only proposed) and the Borough Based Board carries on.
            RuleFixture("LEW-GOV-1", passing: world, failing: world.with {
                $0.update(\.bodies, LewishamData.lcpBoard) { $0.lifecycle.removeAll { $0.stage != .proposed } }
                $0.update(\.bodies, LewishamData.boroughBasedBoard) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
            }, subject: LewishamData.boroughBasedBoard.rawValue, mentions: "no Lewisham", label: "no LCP Board operating"),
            // LEW-GOV-2: the Chair holds no seat on the Board (§6.4 "proposed to be from within the membership": a warning).
            RuleFixture("LEW-GOV-2", passing: world, failing: world.with {
                $0.people.append(LewishamWorld.person("lew-test-outsider"))
                $0.update(\.leadershipRoles, LewishamData.lcpBoardChair) { $0.holder = "lew-test-outsider" }
            }, subject: LewishamData.lcpBoardChair.rawValue, severity: .warning),
            // LEW-GOV-2: the Chair appointed before the Place Lead.
            RuleFixture("LEW-GOV-2", passing: world, failing: world.with {
                $0.update(\.leadershipRoles, LewishamData.lcpBoardChair) { $0.appointment?.date = "2021-12-01" }
            }, subject: LewishamData.lcpBoardChair.rawValue),
            // LEW-GOV-2: the Chair employed by the Place Lead's own organisation (the platform's reading: a warning).
            RuleFixture("LEW-GOV-2", passing: world, failing: world.with {
                $0.update(\.leadershipRoles, LewishamData.lcpBoardChair) { $0.employer = "QKK" }
            }, subject: LewishamData.lcpBoardChair.rawValue, severity: .warning),
            // LEW-GOV-2: a dual-hatted Place Lead (ICB employer, substantive post at the council) and a Chair
            // from the council: the Chair comes from the Place Lead's own organisation.
            RuleFixture("LEW-GOV-2", passing: dualHattedLead, failing: dualHattedLead.with {
                $0.update(\.leadershipRoles, LewishamData.lcpBoardChair) { $0.employer = "lewisham-council" }
            }, subject: LewishamData.lcpBoardChair.rawValue, severity: .warning,
                label: "Chair from the dual-hatted Place Lead's council"),
            // LEW-GOV-3: the Better Care Fund agreement is not delegated to the Board.
            RuleFixture("LEW-GOV-3", passing: world, failing: world.with {
                $0.remove(\.delegations, "lew-s75-better-care-fund")
            }, subject: LewishamData.lcpBoard.rawValue),
            // LEW-GOV-3: a joint committee with the ICB passes; one the ICB does not convene fails.
            RuleFixture("LEW-GOV-3", passing: world.with {
                $0.update(\.bodies, LewishamData.lcpBoard) {
                    $0.terms[0].form = .jointCommittee
                    $0.terms[0].convenedBy = ["QKK", "lewisham-council"]
                }
            }, failing: world.with {
                $0.update(\.bodies, LewishamData.lcpBoard) {
                    $0.terms[0].form = .jointCommittee
                    $0.terms[0].convenedBy = ["lewisham-council", "RJ2"]
                }
            }, subject: LewishamData.lcpBoard.rawValue),
        ]
    }

    /// The compliant Lewisham with a Place Lead who keeps a substantive post at the council (§7.1).
    static let dualHattedLead: Dataset = world.with {
        $0.update(\.people, LewishamWorld.placeLeadPerson) {
            $0.posts.append(Post(title: "Executive Director for Community Services", organisation: "lewisham-council",
                                 role: .dass))
        }
    }

    static var membership: [RuleFixture] {
        [
            // LEW-MEM-2: §6.1 "should have … the authority to make decisions where they represent an organisation".
            RuleFixture("LEW-MEM-2", passing: world, failing: world.with {
                $0.update(\.memberships, "lew-test-m-lew-lcp-seat-dph") { $0.authorityToDecide = nil }
            }, subject: "lew-test-m-lew-lcp-seat-dph", mentions: "authority to make decisions"),
            RuleFixture("LEW-MEM-2", passing: world, failing: world.with {
                $0.update(\.memberships, "lew-test-m-lew-lcp-seat-dph") { $0.authorityToDecide = false }
            }, subject: "lew-test-m-lew-lcp-seat-dph", mentions: "authority to make decisions",
               label: "recorded as without authority"),
            // A seat that carries the organisation is held for it, whether or not the membership repeats it.
            RuleFixture("LEW-MEM-2", passing: world.with {
                $0.update(\.memberships, "lew-test-m-lew-lcp-seat-slam") { $0.onBehalfOf = nil }
            }, failing: world.with {
                $0.update(\.memberships, "lew-test-m-lew-lcp-seat-slam") { $0.onBehalfOf = nil; $0.authorityToDecide = nil }
            }, subject: "lew-test-m-lew-lcp-seat-slam", mentions: "on behalf of South London and the Maudsley",
               label: "seat carries the organisation, membership does not"),
            // LEW-MEM-1: only one Primary Care seat.
            RuleFixture("LEW-MEM-1", passing: world, failing: world.with {
                $0.remove(\.seats, "lew-lcp-seat-primary-care-2")
                $0.remove(\.memberships, "lew-test-m-lew-lcp-seat-primary-care-2")
            }, subject: LewishamData.lcpBoard.rawValue),
            // LEW-MEM-1: membership means a person — the DPH's seat exists but no one holds it (an
            // error: §6.1 makes the DPH "a requirement for each LCP").
            RuleFixture("LEW-MEM-1", passing: world, failing: world.with {
                $0.remove(\.memberships, "lew-test-m-lew-lcp-seat-dph")
            }, subject: LewishamData.lcpBoard.rawValue, severity: .error, mentions: "No holder is recorded for", label: "vacant DPH seat"),
            // LEW-MEM-1: a vacant VCSE seat is a warning (§6.3 "the Proposed Membership").
            RuleFixture("LEW-MEM-1", passing: world, failing: world.with {
                $0.remove(\.memberships, "lew-test-m-lew-lcp-seat-healthwatch")
            }, subject: LewishamData.lcpBoard.rawValue, severity: .warning, mentions: "No holder is recorded for",
                label: "vacant Healthwatch seat"),
        ] + recruitmentWindowFixtures("LEW-MEM-1", seat: "lew-lcp-seat-dph", membership: "lew-test-m-lew-lcp-seat-dph",
                                      subject: LewishamData.lcpBoard, severity: .error)
    }

    /// A vacancy while a recruitment to the seat is open, inside the window the seat records
    /// (30 June 2022), is noted (info); a date on the seat with no recruitment recorded is no open
    /// recruitment, and the requirement's `severity` stands (GOV-MEM-1's reading).
    static func recruitmentWindowFixtures(_ rule: RuleID, seat: ID<Seat>, membership: ID<Membership>,
                                          subject: ID<Body>, severity: Severity) -> [RuleFixture] {
        let dated = world.with {
            $0.remove(\.memberships, membership)
            $0.update(\.seats, seat) { $0.recruitingUntil = "2022-06-30" }
        }
        return [
            RuleFixture(rule, passing: world, failing: dated.with { $0.recruit(to: seat, opened: "2022-03-01") },
                        subject: subject.rawValue, severity: .info, place: LewishamData.place,
                        mentions: "recruitment is open until 30 June 2022",
                        label: "vacancy inside the window of an open recruitment"),
            RuleFixture(rule, passing: world, failing: dated, subject: subject.rawValue, severity: severity,
                        place: LewishamData.place, mentions: "No holder is recorded for",
                        label: "a date on the seat but no recruitment recorded"),
        ]
    }

    static var leadership: [RuleFixture] {
        let dualHatted = dualHattedLead
        return recruitment + [
            // LEW-LEAD-1: no children and young people's lead on the leadership team.
            RuleFixture("LEW-LEAD-1", passing: world, failing: world.with {
                $0.remove(\.seats, "lew-plt-seat-cyp")
                $0.remove(\.memberships, "lew-test-m-plt-cyp")
            }, subject: LewishamData.leadershipTeam.rawValue),
            // LEW-LEAD-1: §8.2 "an additional lead … should be added": a seat nobody holds is no lead.
            RuleFixture("LEW-LEAD-1", passing: world, failing: world.with {
                $0.remove(\.memberships, "lew-test-m-plt-cyp")
            }, subject: LewishamData.leadershipTeam.rawValue, mentions: "No holder is recorded for", label: "vacant lead"),
        ] + recruitmentWindowFixtures("LEW-LEAD-1", seat: "lew-plt-seat-cyp", membership: "lew-test-m-plt-cyp",
                                      subject: LewishamData.leadershipTeam, severity: .warning) + [
            // LEW-LEAD-2: a dual-hatted Place Lead with a COO passes; without one fails.
            RuleFixture("LEW-LEAD-2", passing: withCOO(holder: "lew-test-coo-holder"), failing: dualHatted,
                        subject: LewishamData.executivePlaceLead.rawValue),
            // LEW-LEAD-2: §7.1 "supplement with a 'chief operating officer' role to support the Executive Place
            // Lead": a role nobody holds supports no one.
            RuleFixture("LEW-LEAD-2", passing: withCOO(holder: "lew-test-coo-holder"), failing: withCOO(holder: nil),
                        subject: LewishamData.executivePlaceLead.rawValue, mentions: "no one holds",
                        label: "COO role nobody holds"),
            // LEW-LEAD-2: §7.1 says "within the partnership": a second post at another borough's council
            // calls for no chief operating officer; one at Lewisham and Greenwich NHS Trust does.
            RuleFixture("LEW-LEAD-2", passing: world.with {
                $0.update(\.people, LewishamWorld.placeLeadPerson) {
                    $0.posts.append(Post(title: "Director of Integrated Commissioning", organisation: "southwark-council"))
                }
            }, failing: world.with {
                $0.update(\.people, LewishamWorld.placeLeadPerson) {
                    $0.posts.append(Post(title: "Chief Operating Officer", organisation: "RJ2"))
                }
            }, subject: LewishamData.executivePlaceLead.rawValue, label: "a post within the partnership"),
        ]
    }

    /// The dual-hatted Place Lead with a chief operating officer role, held by `holder`.
    static func withCOO(holder: ID<Person>?) -> Dataset {
        dualHattedLead.with {
            if let holder { $0.people.append(LewishamWorld.person(holder)) }
            $0.leadershipRoles.append(LeadershipRole(
                id: "lew-test-coo", title: "Chief Operating Officer", kind: .programmeLead,
                role: .chiefOperatingOfficer, place: LewishamData.place, holder: holder, period: Period(from: "2022-01-10")))
        }
    }

    /// The compliant Lewisham with a Healthwatch Lewisham seat on the ICP, recorded with no role and held.
    static let withHealthwatchICPSeat: Dataset = world.with {
        $0.seats.append(Seat(id: "lew-test-icp-healthwatch", body: LewishamWorld.icp, title: "Healthwatch Lewisham",
                             sectors: [.healthwatch], place: LewishamData.place))
        $0.people.append(LewishamWorld.person("lew-test-icp-healthwatch-member"))
        $0.memberships.append(Membership(id: "lew-test-m-icp-healthwatch", seat: "lew-test-icp-healthwatch",
                                         person: "lew-test-icp-healthwatch-member", period: Period(from: "2021-10-01")))
    }

    /// The compliant Lewisham with its council seat on the ICP recorded with no role, its holder's one
    /// post `post` (nil: the Cabinet Member for Health and Social Care, as in the compliant world).
    static func councilSeatWithoutRole(heldBy post: Post?) -> Dataset {
        world.with { data in
            data.update(\.seats, LewishamWorld.icpSeat) { $0.role = nil }
            if let post { data.update(\.people, LewishamWorld.icpMember) { $0.posts = [post] } }
        }
    }

    static var icp: [RuleFixture] {
        func icpMemberPost(_ title: String, at council: ID<Organisation>) -> Dataset {
            world.with {
                $0.update(\.people, LewishamWorld.icpMember) {
                    $0.posts = [Post(title: title, organisation: council, role: .cabinetMember)]
                }
            }
        }
        // Findings are about the ICP (in Lewisham), where SEL-ICP-1 reports the same seat's problems.
        let icpBody = SouthEastLondonData.icp.rawValue
        return [
            // LEW-ICP-1: the seat is held by another cabinet member.
            RuleFixture("LEW-ICP-1", passing: world,
                        failing: icpMemberPost("Cabinet Member for Housing", at: "lewisham-council"),
                        subject: icpBody),
            // LEW-ICP-1: a real portfolio title worded differently passes; a portfolio without care fails.
            RuleFixture("LEW-ICP-1",
                        passing: icpMemberPost("Cabinet Member for Adult Social Care and Health", at: "lewisham-council"),
                        failing: icpMemberPost("Cabinet Member for Health and Wellbeing", at: "lewisham-council"),
                        subject: icpBody, label: "portfolio worded differently"),
            // LEW-ICP-1: "&" for "and" passes; another borough's health cabinet member fails.
            RuleFixture("LEW-ICP-1",
                        passing: icpMemberPost("Cabinet Member for Health & Social Care", at: "lewisham-council"),
                        failing: icpMemberPost("Cabinet Member for Health and Social Care", at: "southwark-council"),
                        subject: icpBody),
            // LEW-ICP-1: a Lewisham ICP seat for another sector (Healthwatch), recorded with no role, is not the
            // council's seat; the council seat is still judged.
            RuleFixture("LEW-ICP-1", passing: withHealthwatchICPSeat,
                        failing: withHealthwatchICPSeat.with {
                            $0.update(\.people, LewishamWorld.icpMember) {
                                $0.posts = [Post(title: "Cabinet Member for Housing", organisation: "lewisham-council",
                                                 role: .cabinetMember)]
                            }
                        },
                        subject: icpBody, label: "another sector's seat with no role"),
            // LEW-ICP-1: §3.5 "The Lewisham council representative will be the Cabinet Member …": a seat
            // nobody holds has no representative.
            RuleFixture("LEW-ICP-1", passing: world, failing: world.with { $0.remove(\.memberships, "lew-test-m-icp") },
                        subject: icpBody, mentions: "No holder is recorded for Lewisham's seat", label: "vacant council seat"),
        ] + recruitmentWindowFixtures("LEW-ICP-1", seat: LewishamWorld.icpSeat, membership: "lew-test-m-icp",
                                      subject: LewishamWorld.icp, severity: .error) + [
            // The window of an open recruitment with no date on the seat is its target date.
            RuleFixture("LEW-ICP-1", passing: world, failing: world.with {
                $0.remove(\.memberships, "lew-test-m-icp")
                $0.recruit(to: LewishamWorld.icpSeat, opened: "2022-03-01", target: "2022-05-31")
            }, subject: icpBody, severity: .info, place: LewishamData.place, mentions: "recruitment is open until 31 May 2022",
                label: "vacant council seat while a recruitment to it is open"),
            // Lewisham §3.4 "Elected Leaders (or their nominated cabinet members)" and §3.5 "The Lewisham
            // council representative will be the Cabinet Member for Health and Social Care": the seat,
            // recorded with no role, held by a councillor with no cabinet post.
            RuleFixture("LEW-ICP-1", passing: councilSeatWithoutRole(heldBy: nil),
                        failing: councilSeatWithoutRole(heldBy: Post(title: "Councillor", organisation: "lewisham-council")),
                        subject: icpBody, severity: .error, place: LewishamData.place,
                        mentions: "is not recorded as Lewisham's Cabinet Member for Health and Social Care",
                        label: "a backbench councillor in the council seat recorded with no role"),
            // §3.5 "will be the Cabinet Member for Health and Social Care", whatever role the seat records.
            RuleFixture("LEW-ICP-1", passing: world.with { $0.update(\.seats, LewishamWorld.icpSeat) { $0.role = .representative } },
                        failing: icpMemberPost("Cabinet Member for Housing", at: "lewisham-council").with {
                            $0.update(\.seats, LewishamWorld.icpSeat) { $0.role = .representative }
                        },
                        subject: icpBody, severity: .error, place: LewishamData.place,
                        mentions: "is not recorded as Lewisham's Cabinet Member for Health and Social Care",
                        label: "another cabinet member in a council seat recorded as a representative's"),
            // §3.5 names one council representative: a second council seat with no holder is not reported
            // while the first is held; with neither held, it is.
            RuleFixture("LEW-ICP-1", passing: withSecondCouncilSeat,
                        failing: withSecondCouncilSeat.with { $0.remove(\.memberships, "lew-test-m-icp") },
                        subject: icpBody, severity: .error, place: LewishamData.place,
                        mentions: "No holder is recorded for Lewisham's seat", label: "a second, vacant council seat"),
        ]
    }

    /// The compliant Lewisham with a second council seat for Lewisham on the ICP, held by no one.
    static let withSecondCouncilSeat: Dataset = world.with {
        $0.seats.append(Seat(id: "lew-test-icp-council-2", body: LewishamWorld.icp, title: "Lewisham Council (second seat)",
                             sectors: [.localAuthority], role: .cabinetMember, place: LewishamData.place))
    }

    static var plan: [RuleFixture] {
        let planned = world.with {
            for index in $0.milestones.indices where $0.milestones[index].place == LewishamData.place {
                $0.milestones[index].status = .planned
                $0.milestones[index].completed = nil
            }
        }
        return [
            // LEW-PLAN-1: the next steps still planned after their due date.
            RuleFixture("LEW-PLAN-1", passing: world, failing: planned,
                        subject: NextSteps.actions[0].milestone.rawValue),
            // LEW-PLAN-1: before the due date a planned step is fine; a step with no milestone is not.
            RuleFixture("LEW-PLAN-1", passing: planned, failing: planned.with {
                $0.remove(\.milestones, NextSteps.actions[3].milestone)
            }, subject: LewishamData.place.rawValue, asOf: "2022-03-01"),
            // LEW-PLAN-1: on the due day itself (31 March 2022) a planned step is not yet late; the next day
            // (the first fixture, 1 April 2022) it is.
            RuleFixture("LEW-PLAN-1", passing: planned, failing: planned.with {
                $0.remove(\.milestones, NextSteps.actions[3].milestone)
            }, subject: LewishamData.place.rawValue, asOf: "2022-03-31", label: "on the due day"),
        ]
    }
}
