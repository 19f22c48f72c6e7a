import Lewisham
import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Lewisham shipped data")
struct LewishamDataTests {
    let data: DatasetIndex

    init() throws {
        data = DatasetIndex(try Registry(LewishamWorld.extensions).dataset)
    }

    @Test("The registry accepts the national, South East London and Lewisham extensions together")
    func registryBuilds() throws {
        let registry = try Registry(LewishamWorld.extensions)
        #expect(registry.members.map(\.name).contains("Lewisham"))
        #expect(registry.dataset.problems().isEmpty)
    }

    @Test("The LCP Board is Lewisham's place committee from 1 April 2022, replacing the LHCP Executive Board and the BBB")
    func lcpBoard() throws {
        let board = try #require(data.bodies[LewishamData.lcpBoard])
        #expect(data.placeCommittee(of: LewishamData.place, on: "2022-04-01")?.id == board.id)
        #expect(data.placeCommittee(of: LewishamData.place, on: "2022-03-31") == nil)
        #expect(board.stage(on: "2021-12-01") == .proposed)
        #expect(board.date(of: .established) == "2022-04-01")
        #expect(Set(board.replaces) == [LewishamData.lhcpExecutiveBoard, LewishamData.boroughBasedBoard])
        let terms = try #require(board.terms(on: "2022-04-01"))
        #expect(terms.form == .committeeOfStatutoryBody)
        #expect(terms.convenedBy == ["QKK"])
        #expect(terms.reportsTo.contains(ReportingLine(to: LewishamData.healthAndWellbeingBoard, .reportsTo)))
        #expect(terms.reportsTo.contains(ReportingLine(to: "sel-icb-board", .committeeOf)))
    }

    @Test("The LCP Board has the twelve vacant seats of §6.3, two each for VCSE and Primary Care")
    func lcpBoardSeats() {
        let members = data.members(of: LewishamData.lcpBoard, on: "2022-04-01")
        #expect(members.count == 12)
        #expect(members.allSatisfy { $0.membership == nil })
        #expect(members.filter { $0.seat.title.hasPrefix("Primary Care") }.count == 2)
        #expect(members.filter { $0.seat.title.hasPrefix("Voluntary, community") }.count == 2)
        #expect(members.contains { $0.seat.role == .dph })
        let shortfalls = LCPBoardSeats.requirements.shortfalls(of: LewishamData.lcpBoard, in: data, on: "2022-04-01")
        #expect(shortfalls.count == 12)
        #expect(shortfalls.allSatisfy { if case .vacant = $0.kind { true } else { false } })
    }

    @Test("The predecessor boards operate through their last day, 31 March 2022, and stop after it (§6.1)")
    func predecessors() throws {
        for id in [LewishamData.lhcpExecutiveBoard, LewishamData.boroughBasedBoard] {
            let body = try #require(data.bodies[id])
            #expect(body.isOperating(on: "2022-03-31"))
            #expect(body.stage(on: "2022-04-01") == .dissolved)
            #expect(!body.isOperating(on: "2022-04-01"))
        }
        let operating = data.operatingBodies(in: LewishamData.place, on: "2022-04-01").map(\.id)
        #expect(Set(operating) == [LewishamData.lcpBoard, LewishamData.healthAndWellbeingBoard,
                                   LewishamData.leadershipTeam, LewishamData.mayorAndCabinet])
    }

    /// §9.1: "by Mayor and Cabinet for Lewisham council": the council's executive decides for it.
    @Test("Mayor and Cabinet is shipped as the body that governs Lewisham Council, and decides for it")
    func mayorAndCabinet() throws {
        let body = try #require(data.bodies[LewishamData.mayorAndCabinet])
        #expect(body.kind == .executive)
        #expect(data.organisations(actingThrough: body.id, on: "2022-03-10") == ["lewisham-council"])
    }

    @Test("The Health and Wellbeing Board is convened by Lewisham Council")
    func healthAndWellbeingBoard() throws {
        let hwb = try #require(data.bodies[LewishamData.healthAndWellbeingBoard])
        #expect(hwb.terms(on: "2022-04-01")?.convenedBy == ["lewisham-council"])
    }

    @Test("The place leadership team has the SEL core leads and the children and young people's lead")
    func leadershipTeam() throws {
        let team = try #require(data.bodies[LewishamData.leadershipTeam])
        #expect(team.kind == .leadershipTeam)
        let roles = Set(data.seats(of: team.id, on: "2022-04-01").compactMap(\.role))
        #expect(roles == [.socialCareLead, .primaryCareLead, .communityServicesLead, .mentalHealthLead,
                          .acuteServicesLead, .publicHealthLead, .childrenAndYoungPeopleLead])
    }

    @Test("The Executive Place Lead and Chair are vacant, and no chief operating officer is shipped")
    func leadershipRoles() {
        let roles = data.leadershipRoles(in: LewishamData.place, on: "2022-04-01")
        #expect(Set(roles.map(\.role)) == [.executivePlaceLead, .chair])
        #expect(roles.allSatisfy { $0.holder == nil })
        #expect(roles.first { $0.role == .chair }?.body == LewishamData.lcpBoard)
        #expect(roles.first { $0.role == .chair }?.appointment?.process == .fromMembership)
    }

    @Test("Lewisham Council delegates the three Section 75 agreements to the LCP Board from 1 April 2022")
    func section75() {
        let delegations = data.delegations(in: LewishamData.place, on: "2022-04-01").filter { $0.instrument == .section75 }
        #expect(delegations.count == 3)
        #expect(delegations.allSatisfy {
            $0.delegator == "lewisham-council" && $0.toBody == LewishamData.lcpBoard && $0.instrument == .section75
        })
        #expect(Set(delegations.flatMap(\.functions)) == Set(Section75Delegations.functions))
        #expect(data.delegations(in: LewishamData.place, on: "2022-03-31").isEmpty)
    }

    @Test("The ICB's place delegation goes to the Executive Place Lead from 1 April 2022 (§7.1), as Southwark's does")
    func icbDelegation() throws {
        let delegation = try #require(data.delegations(in: LewishamData.place, on: "2022-04-01")
            .first { $0.delegator == "QKK" })
        #expect(delegation.toRole == LewishamData.executivePlaceLead)
        #expect(delegation.instrument == .schemeOfReservationAndDelegation)
        #expect(Set(delegation.functions) == [.primaryCare, .communityPhysicalHealth, .communityMentalHealth, .prescribing,
                                              .continuingHealthcare, .clientGroups])
        #expect(!data.delegations(in: LewishamData.place, on: "2022-03-31").contains { $0.delegator == "QKK" })
    }

    /// §6.1 names "the Lewisham Health and Care Partners (LHCP) Executive Board" among the bodies the
    /// LCP replaces and says nothing of its form, its terms, its founding or whether it takes
    /// decisions; thriving-places Table 2 asks a body that takes decisions for its form ("could be
    /// established": a warning). The finding turns on the form and on its taking decisions, not on the
    /// day it was founded.
    @Test("NAT-GOV-1 on the shipped LHCP Executive Board says that the finding turns on the form the paper does not state, and on its taking decisions, and on nothing else")
    func lhcpFormAssumed() throws {
        let registry = try Registry(LewishamWorld.extensions)
        let found = registry.check(registry.dataset, asOf: "2021-12-01").findings
            .filter { $0.rule == "NAT-GOV-1" && $0.subject.id == LewishamData.lhcpExecutiveBoard.rawValue }
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.severity == .warning && $0.place == LewishamData.place && !$0.restsOnAssumptions })
        let message = try #require(found.first?.message)
        #expect(message.contains("This finding turns on what the platform assumed where the papers are silent"))
        #expect(message.contains("Governance form: none, as the paper states none"), "\(message)")
        #expect(message.contains("Takes decisions: §6.1 does not say whether it does"), "\(message)")
        #expect(!message.contains("From 1 April 2020"), "\(message)")
        // Each is recorded as its own assumption in the board's provenance.
        let assumed = try #require(LewishamProvenance.of(.body, LewishamData.lhcpExecutiveBoard.rawValue)).assumptions
        #expect(assumed.count == 3 && assumed.contains { $0.hasPrefix("From 1 April 2020") })
        // The partnership records the board's terms itself: the finding (still there) is about its record.
        let recorded = registry.dataset.with {
            $0.update(\.bodies, LewishamData.lhcpExecutiveBoard) { $0.terms[0].version = "2019 (as adopted)" }
        }
        let theirs = registry.check(recorded, asOf: "2021-12-01").findings
            .filter { $0.rule == "NAT-GOV-1" && $0.subject.id == LewishamData.lhcpExecutiveBoard.rawValue }
        #expect(theirs.count == 1 && theirs.allSatisfy { !$0.message.contains("assumed") })
    }

    @Test("Each §9.1 action is a milestone due 31 March 2022")
    func nextSteps() {
        let milestones = data.milestones(in: LewishamData.place)
        #expect(milestones.map(\.id) == NextSteps.actions.map(\.milestone))
        #expect(milestones.count == 8)
        #expect(milestones.allSatisfy { $0.due == "2022-03-31" && $0.status == .planned })
    }

    @Test("Checked on 1 April 2022 the shipped data: LEW-PLAN-1 flags the eight next steps, LEW-MEM-1 the twelve seats with no holder recorded, LEW-LEAD-1 the children and young people's lead with none, LEW-ICP-1 the ICP council seat with none, LEW-PLAN-2 the unrecorded status approval and LEW-LEAD-3 no shadow Place Lead")
    func shippedFindings() throws {
        let registry = try Registry(LewishamWorld.extensions)
        let findings = registry.check(registry.dataset, asOf: "2022-04-01").findings
            .filter { $0.rule.rawValue.hasPrefix("LEW-") }
        let plan = findings.filter { $0.rule == "LEW-PLAN-1" }, membership = findings.filter { $0.rule == "LEW-MEM-1" }
        let icp = findings.filter { $0.rule == "LEW-ICP-1" }, cyp = findings.filter { $0.rule == "LEW-LEAD-1" }
        let approvals = findings.filter { $0.rule == "LEW-PLAN-2" }, lead = findings.filter { $0.rule == "LEW-LEAD-3" }
        #expect(plan.count + membership.count + icp.count + cyp.count + approvals.count + lead.count == findings.count,
                "\(findings.map(\.message))")
        // §9.1: the paper records no approval of the committee status, and the LCP Board operates as a
        // committee of the ICB from 1 April 2022 (an error); §7.2: no shadow Place Lead in post before April.
        #expect(approvals.count == 1 && approvals.allSatisfy { $0.severity == .error })
        #expect(lead.count == 1 && lead.allSatisfy { $0.severity == .warning && $0.message.contains("before April") })
        // §8.2: the leadership team's children and young people's lead seat is shipped vacant (a warning).
        #expect(cyp.count == 1 && cyp.allSatisfy { $0.severity == .warning && $0.message.contains("No holder is recorded for") })
        // Every LCP Board vacancy is a warning but the Director of Public Health's, "a requirement for each LCP" (§6.1).
        #expect(membership.filter { $0.severity == .error }.map(\.message).allSatisfy { $0.contains("Director of Public Health") })
        #expect(membership.filter { $0.severity == .error }.count == 1)
        // §3.5 "The Lewisham council representative will be the Cabinet Member …": the South East London ICP's
        // Lewisham council seat is shipped vacant, so no one represents the council (an error).
        #expect(icp.count == 1 && icp.allSatisfy { $0.severity == .error && $0.message.contains("No holder is recorded for") })
        #expect(Set(plan.map(\.subject.id)) == Set(NextSteps.actions.map(\.milestone.rawValue)))
        #expect(membership.count == 12 && membership.allSatisfy { $0.message.contains("No holder is recorded for") })
        let earlier = registry.check(registry.dataset, asOf: "2022-03-15").findings
            .filter { $0.rule.rawValue.hasPrefix("LEW-") }
        // (The leadership team's seats, like the LCP Board's, exist from 1 April 2022, and the ICP, whose
        // council seat §3.5 fills, from April 2022.)
        #expect(earlier.isEmpty, "\(earlier.map(\.message))")
    }

    @Test("A seat is recognised by the organisation its holder represents when it records none itself")
    func seatRecognisedByRepresentedOrganisation() throws {
        let lgt = try #require(LCPBoardSeats.lines.first { $0.key == "lgt" }?.requirement)
        let seat = Seat(id: "lew-test-seat", body: LewishamData.lcpBoard, title: "LGT executive")
        let index = DatasetIndex(LewishamWorld.shipped.with {
            $0.seats.append(seat)
            $0.people.append(LewishamWorld.person("lew-test-lgt-exec"))
            $0.memberships.append(Membership(id: "lew-test-m-lgt", seat: seat.id, person: "lew-test-lgt-exec",
                                             onBehalfOf: "RJ2"))
        })
        #expect(lgt.matches(SeatFacts(seat, data: index, on: "2022-04-01")))
        #expect(!lgt.matches(SeatFacts(seat, data: DatasetIndex(LewishamWorld.shipped), on: "2022-04-01")))
    }

    @Test("Every shipped record cites the paragraph it comes from, and says what it assumes")
    func provenance() {
        let registry = try? Registry(LewishamWorld.extensions)
        let data = LewishamData.dataset
        func subjects<E: Entity>(_ records: [E]) -> [(SubjectKind, String)] { records.map { (E.subjectKind, $0.id.rawValue) } }
        let all = subjects(data.organisations) + subjects(data.bodies) + subjects(data.seats)
            + subjects(data.leadershipRoles) + subjects(data.delegations) + subjects(data.milestones)
        #expect(all.count == data.count)
        for (kind, id) in all {
            let source = LewishamProvenance.of(kind, id)
            #expect(source?.citations.isEmpty == false, "\(kind.rawValue) \(id) cites no paragraph")
            #expect(registry?.provenance(of: kind, id)?.extension == "Lewisham", "the registry does not answer for \(kind.rawValue) \(id)")
        }
        #expect(LewishamProvenance.of(.delegation, "lew-icb-delegation")?.isAssumption == true)
        #expect(LewishamProvenance.of(.seat, "lew-lcp-seat-dph")?.isAssumption == false)
    }
}
