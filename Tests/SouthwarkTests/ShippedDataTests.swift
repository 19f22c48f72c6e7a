import PlaceworksDomain
import PlaceworksTestSupport
import Southwark
import Testing

@Suite("Southwark shipped data")
struct ShippedDataTests {
    let data = DatasetIndex(SouthwarkWorld.shipped)

    @Test("Registers together with the national and South East London extensions, every reference resolving")
    func registers() throws {
        let registry = try Registry(SouthwarkWorld.extensions)
        #expect(registry.dataset.problems().isEmpty)
        #expect(SouthwarkData.dataset.count == SouthwarkData.parts.map(\.count).reduce(0, +))
    }

    @Test("The PSSB is the place committee in shadow from November 2021 and established from April 2022")
    func strategicBoard() throws {
        let pssb = try #require(data.bodies[SouthwarkData.strategicBoard])
        #expect(pssb.placeCommittee)
        #expect(pssb.stage(on: "2021-10-31") == .proposed)
        #expect(pssb.stage(on: "2021-11-01") == .shadow)
        #expect(pssb.stage(on: "2022-04-01") == .established)
        #expect(data.placeCommittee(of: SouthwarkData.place, on: "2021-10-31") == nil)
        #expect(data.placeCommittee(of: SouthwarkData.place, on: "2022-01-15")?.id == SouthwarkData.strategicBoard)
        let relations = Set((pssb.terms(on: "2022-04-01")?.reportsTo ?? []).map { "\($0.relation.rawValue) \($0.to)" })
        #expect(relations == ["committee-of sel-icb-board", "sub-committee-of swk-hwb"])
        #expect(pssb.terms(on: "2022-04-01")?.form == .committeeOfStatutoryBody)
        #expect(pssb.replaces == [SouthwarkData.boroughBasedBoard, SouthwarkData.strategicBoard2020])
        #expect(data.seats(of: pssb.id, on: "2022-04-01").allSatisfy { data.membership(of: $0.id, on: "2022-04-01") == nil })
    }

    /// LCP paper B.III: "From November 2021, we will run the PSSB in shadow form operating in tandem with
    /// the borough based board given the current SEL CCG constitution." The ICB does not exist until
    /// April 2022, so the shadow terms are SEL CCG's, and the form they give it is the extension's reading.
    @Test("In shadow form the PSSB is convened by SEL CCG, not the ICB, and its provenance marks the shadow form as assumed")
    func shadowUnderTheCCG() throws {
        let pssb = try #require(data.bodies[SouthwarkData.strategicBoard])
        let shadow = try #require(pssb.terms(on: "2021-12-01"))
        #expect(shadow.convenedBy == [SouthwarkData.ccg])
        #expect(shadow.reportsTo == [ReportingLine(to: SouthwarkData.healthAndWellbeingBoard, .subCommitteeOf)])
        #expect(pssb.terms(on: "2022-03-31")?.convenedBy == [SouthwarkData.ccg])
        #expect(pssb.terms(on: "2022-04-01")?.convenedBy == [SouthwarkData.icb])
        let provenance = try #require(SouthwarkProvenance.of(.body, SouthwarkData.strategicBoard.rawValue))
        #expect(provenance.assumptions.contains { $0.contains("SEL CCG constitution") && $0.contains("shadow") },
                "\(provenance.assumptions)")
    }

    @Test("The Borough Based Board runs until 31 March 2022 and is dissolved on 1 April")
    func boroughBasedBoard() throws {
        let bbb = try #require(data.bodies[SouthwarkData.boroughBasedBoard])
        #expect(bbb.isOperating(on: "2022-03-31"))
        #expect(!bbb.isOperating(on: "2022-04-01"))
        #expect(!bbb.placeCommittee)
    }

    @Test("The 2020/21 delegated budget is in whole pounds and sums to £132,935,000")
    func budget() throws {
        let budget = try #require(data.budgets(in: SouthwarkData.place).first { $0.financialYear == "2020/21" })
        #expect(budget.lines.count == 9)
        #expect(budget.total == 132_935_000)
        #expect(budget.statedTotal == 132_935_000)
        // The paper's table, "2020/21 Month 12 Budget", £'000, written out here from the paper.
        let paper: [String: Int] = [
            "Other Acute Services": 714, "Other Community Health Services": 5_329, "Mental Health Services": 5_520,
            "Continuing Care Services": 17_540, "Prescribing": 30_417, "Other Primary Care Services": 1_053,
            "Other Programme Services": 18_877, "Delegated Primary Care Services": 49_772, "Corporate Budgets": 3_713,
        ]
        #expect(Dictionary(uniqueKeysWithValues: budget.lines.map { ($0.category, $0.amount) }) == paper.mapValues { $0 * 1000 })
        #expect(budget.excludes?.contains("Acute contracts") == true)
    }

    @Test("The recovery-plan and transition milestones are recorded with the papers' due dates")
    func milestones() {
        let due = Dictionary(uniqueKeysWithValues: data.milestones(in: SouthwarkData.place).map { ($0.id.rawValue, $0.due) })
        #expect(due == [
            "swk-ms-initial-draft": "2020-07-17", "swk-ms-second-wave-plan": "2020-07-01",
            "swk-ms-engagement-plan": "2020-07-01", "swk-ms-plan-sign-off": "2020-08-01",
            "swk-ms-leadership-cells": "2020-08-01", "swk-ms-community-hub-review": "2020-09-01",
            "swk-ms-implementation-plans": "2020-09-01", "swk-ms-commence-programmes": "2020-09-01",
            "swk-ms-outcome-metrics": "2020-09-01", "swk-ms-review-and-refresh": "2021-01-01",
            // The LCP paper's transition milestones, due by the end of October and November 2021.
            "swk-trn-response": "2021-10-01", "swk-trn-pssb-terms": "2021-10-01", "swk-trn-roadmap": "2021-11-01",
        ])
    }

    @Test("The recovery-plan risks carry no owner, score or mitigation the documents do not give")
    func risks() {
        let risks = SouthwarkWorld.shipped.risks.filter { $0.place == SouthwarkData.place }
        #expect(risks.count == 9)
        #expect(risks.allSatisfy { $0.owner == nil && $0.score == nil && $0.mitigation == nil })
    }

    @Test("The four workstreams each have a leadership cell, an SRO role and quadruple-aim mappings")
    func workstreams() throws {
        let streams = data.workstreams(in: SouthwarkData.place, on: "2021-01-01")
        #expect(streams.map(\.name).sorted() == ["Age Well", "Care Well", "Live Well", "Start Well"])
        for stream in streams {
            let cell = try #require(stream.leadershipCell.flatMap { data.bodies[$0] })
            #expect(cell.kind == .leadershipCell)
            #expect(!stream.aims.isEmpty)
            #expect(data.leadershipRoles(in: SouthwarkData.place, on: "2021-01-01")
                .contains { $0.role == .seniorResponsibleOfficer && $0.body == cell.id })
        }
        #expect(Set(streams.flatMap(\.aims)) == Set(QuadrupleAim.allCases))
    }

    @Test("No lived experience assembly is recorded: the documents only recommend one")
    func noAssembly() {
        #expect(!SouthwarkWorld.shipped.bodies.contains { $0.place == SouthwarkData.place && $0.kind == .assembly })
    }

    @Test("The Southwark Alliance operates from December 2009 until Partnership Southwark in May 2019")
    func alliance() {
        let alliance = SouthwarkWorld.shipped.bodies.filter { $0.generation == SouthwarkData.allianceGeneration }
        #expect(alliance.count == 9)
        #expect(alliance.allSatisfy { !$0.placeCommittee })
        #expect(alliance.allSatisfy { $0.isOperating(on: "2009-12-01") && $0.isOperating(on: "2019-04-30") })
        #expect(alliance.allSatisfy { !$0.isOperating(on: "2009-11-30") && !$0.isOperating(on: "2019-05-01") })
        #expect(alliance.filter { $0.kind == .partnership }.count == 6)
    }

    @Test("Council seats are fewer than half of the Alliance Board")
    func allianceBalance() {
        let seats = data.seats(of: SouthwarkAlliance.board, on: SouthwarkWorld.allianceEra)
        let council = seats.filter { data.sectors(of: $0, on: SouthwarkWorld.allianceEra).contains(.localAuthority) }
        #expect(seats.count == 12)
        #expect(council.count * 2 < seats.count)
    }

    @Test("Every shipped record cites the paragraph it comes from, and says what it assumes")
    func provenance() {
        let registry = try? Registry(SouthwarkWorld.extensions)
        let data = SouthwarkData.dataset
        func subjects<E: Entity>(_ records: [E]) -> [(SubjectKind, String)] { records.map { (E.subjectKind, $0.id.rawValue) } }
        let all = subjects(data.organisations) + subjects(data.bodies) + subjects(data.seats)
            + subjects(data.leadershipRoles) + subjects(data.delegations) + subjects(data.budgets)
            + subjects(data.workstreams) + subjects(data.milestones) + subjects(data.risks) + subjects(data.options)
            + subjects(data.funds) + subjects(data.publications) + subjects(data.recruitments) + subjects(data.agreements)
        #expect(all.count == data.count)
        for (kind, id) in all {
            let source = SouthwarkProvenance.of(kind, id)
            #expect(source != nil, "\(kind.rawValue) \(id) has no provenance")
            #expect(source?.citations.isEmpty == false, "\(kind.rawValue) \(id) cites no paragraph")
            #expect(registry?.provenance(of: kind, id)?.extension == "Southwark", "the registry does not answer for \(kind.rawValue) \(id)")
        }
        #expect(SouthwarkProvenance.of(.body, "swk-bbb")?.isAssumption == true)
        #expect(SouthwarkProvenance.of(.milestone, "swk-ms-plan-sign-off")?.isAssumption == false)
    }

    @Test("The Borough Based Board is convened by SEL CCG, the 2020 Strategic Board is chaired by the Strategic Chair")
    func recoveryPlanGovernance() throws {
        let bbb = try #require(data.bodies[SouthwarkData.boroughBasedBoard])
        #expect(bbb.terms(on: "2021-12-01")?.convenedBy == ["72Q"])
        let board2020 = try #require(data.bodies[SouthwarkData.strategicBoard2020])
        #expect(board2020.isOperating(on: "2020-08-01") && board2020.isOperating(on: "2021-10-31"))
        #expect(!board2020.isOperating(on: "2021-11-01"))
        #expect(board2020.terms(on: "2021-01-01")?.reportsTo == [ReportingLine(to: SouthwarkData.healthAndWellbeingBoard, .subCommitteeOf)])
        let chair = try #require(data.leadershipRolesByID[SouthwarkData.strategicChair])
        #expect(chair.body == SouthwarkData.strategicBoard2020)
        let pssb = try #require(data.bodies[SouthwarkData.strategicBoard])
        #expect(pssb.stage(on: "2021-01-01") == nil)
        #expect(Set(pssb.replaces) == [SouthwarkData.boroughBasedBoard, SouthwarkData.strategicBoard2020])
    }

    @Test("The Alliance's decision-making bodies record no consultative-forum form; the thematic partnerships take decisions")
    func allianceTyping() {
        let alliance = SouthwarkData.dataset.bodies.filter { $0.generation == SouthwarkData.allianceGeneration }
        #expect(alliance.allSatisfy { body in body.terms.allSatisfy { $0.form != .consultativeForum } || !body.decisionMaking })
        #expect(alliance.filter { $0.kind == .partnership }.allSatisfy { $0.decisionMaking })
    }
}
