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
        #expect(LCPBoardSeats.requirements.missing(from: members.map(\.seat), in: data, on: "2022-04-01").isEmpty)
    }

    @Test("The predecessor boards operate until 30 March 2022 and are dissolved from 31 March 2022")
    func predecessors() throws {
        for id in [LewishamData.lhcpExecutiveBoard, LewishamData.boroughBasedBoard] {
            let body = try #require(data.bodies[id])
            #expect(body.isOperating(on: "2022-03-30"))
            #expect(body.stage(on: "2022-03-31") == .dissolved)
            #expect(!body.isOperating(on: "2022-04-01"))
        }
        let operating = data.operatingBodies(in: LewishamData.place, on: "2022-04-01").map(\.id)
        #expect(Set(operating) == [LewishamData.lcpBoard, LewishamData.healthAndWellbeingBoard,
                                   LewishamData.leadershipTeam])
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
        let delegations = data.delegations(in: LewishamData.place, on: "2022-04-01")
        #expect(delegations.count == 3)
        #expect(delegations.allSatisfy {
            $0.delegator == "lewisham-council" && $0.toBody == LewishamData.lcpBoard && $0.instrument == .section75
        })
        #expect(Set(delegations.flatMap(\.functions)) == Set(Section75Delegations.functions))
        #expect(data.delegations(in: LewishamData.place, on: "2022-03-31").isEmpty)
    }

    @Test("Each §9.1 action is a milestone due 31 March 2022")
    func nextSteps() {
        let milestones = data.milestones(in: LewishamData.place)
        #expect(milestones.map(\.id) == NextSteps.actions.map(\.milestone))
        #expect(milestones.count == 8)
        #expect(milestones.allSatisfy { $0.due == "2022-03-31" && $0.status == .planned })
    }

    @Test("Checked on 1 April 2022 the shipped data breach no LEW rule, and LEW-PLAN-1 flags the eight next steps")
    func shippedFindings() throws {
        let registry = try Registry(LewishamWorld.extensions)
        let findings = registry.check(registry.dataset, asOf: "2022-04-01").findings
            .filter { $0.rule.rawValue.hasPrefix("LEW-") }
        #expect(findings.allSatisfy { $0.rule == "LEW-PLAN-1" && $0.severity == .warning })
        #expect(Set(findings.map(\.subject.id)) == Set(NextSteps.actions.map(\.milestone.rawValue)))
        let earlier = registry.check(registry.dataset, asOf: "2022-03-15").findings
            .filter { $0.rule.rawValue.hasPrefix("LEW-") }
        #expect(earlier.isEmpty, "\(earlier.map(\.message))")
    }

    @Test("A seat is recognised by the organisation its holder represents when it records none itself")
    func seatRecognisedByRepresentedOrganisation() throws {
        let lgt = try #require(LCPBoardSeats.requirements.first { $0.key == "lgt" })
        let seat = Seat(id: "lew-test-seat", body: LewishamData.lcpBoard, title: "LGT executive")
        let index = DatasetIndex(LewishamWorld.shipped.with {
            $0.seats.append(seat)
            $0.people.append(LewishamWorld.person("lew-test-lgt-exec"))
            $0.memberships.append(Membership(id: "lew-test-m-lgt", seat: seat.id, person: "lew-test-lgt-exec",
                                             onBehalfOf: "RJ2"))
        })
        #expect(lgt.isMet(by: seat, in: index, on: "2022-04-01"))
        #expect(!lgt.isMet(by: seat, in: DatasetIndex(LewishamWorld.shipped), on: "2022-04-01"))
    }
}
