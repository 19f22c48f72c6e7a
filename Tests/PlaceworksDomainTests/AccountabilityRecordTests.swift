import PlaceworksDomain
import PlaceworksTestSupport
import Testing

/// The kinds added for funds, accountability, approvals, publications, engagement, recruitment,
/// agreements and commitments: their references and ranges are checked like every other kind's.
@Suite("Funds, accountability, engagement and recruitment records")
struct AccountabilityRecordTests {
    static let place = TestWorld.place

    @Test("A reference from a new kind to a missing record is reported with the record and field", arguments: [
        ("funds", "organisation", "there is no organisation with the identifier nobody"),
        ("accountabilities", "body", "there is no body with the identifier nowhere"),
        ("approvals", "subject", "there is no body nowhere"),
        ("publications", "engagement", "there is no engagement with the identifier nothing"),
        ("engagements", "informs", "there is no publication with the identifier nothing"),
        ("recruitments", "seat", "there is no seat with the identifier nowhere"),
        ("agreements", "signatures.organisation", "there is no organisation with the identifier nobody"),
        ("commitments", "workstream", "there is no workstream with the identifier nowhere"),
        ("delegations", "agreedBy.meeting", "there is no meeting with the identifier nowhere"),
        ("bodies", "terms.leadMemberSeat", "there is no seat with the identifier nowhere"),
        ("indicators", "framework", "there is no publication with the identifier nothing"),
        ("organisations", "succeeds.predecessor", "there is no organisation with the identifier nobody"),
    ])
    func danglingReference(_ key: String, _ field: String, _ reason: String) throws {
        let data = TestWorld.dataset.with { data in
            switch key {
            case "funds":
                data.funds.append(Fund(id: "f", place: Self.place, name: "Fund",
                                       hosts: [FundHost(organisation: "nobody")]))
            case "accountabilities":
                data.accountabilities.append(AccountabilityArrangement(id: "a", place: Self.place,
                                                                       type: .healthScrutiny, body: "nowhere"))
            case "approvals":
                data.approvals.append(Approval(id: "ap", subject: RecordReference(kind: .body, id: "nowhere"),
                                               date: "2022-04-01"))
            case "publications":
                data.publications.append(Publication(id: "p", type: .feedback, title: "Feedback", engagement: "nothing"))
            case "engagements":
                data.engagements.append(Engagement(id: "e", title: "Listening", informs: "nothing", started: "2022-01-01"))
            case "recruitments":
                data.recruitments.append(Recruitment(id: "r", title: "VCSE member", seat: "nowhere"))
            case "agreements":
                data.agreements.append(Agreement(id: "mou", title: "MoU",
                                                 signatures: [Signature(organisation: "nobody", signed: "2021-01-01")]))
            case "commitments":
                data.commitments.append(Commitment(id: "c", title: "Hubs", workstream: "nowhere"))
            case "delegations":
                data.update(\.delegations, "tb-icb-delegation") {
                    $0.agreedBy = DelegationDecision(meeting: "nowhere", date: "2022-03-10")
                }
            case "bodies":
                data.update(\.bodies, TestWorld.committee) { $0.terms[0].leadMemberSeat = "nowhere" }
            case "indicators":
                data.update(\.indicators, "tb-ind-1") { $0.framework = "nothing" }
            default:
                data.update(\.organisations, TestWorld.icb) {
                    $0.succeeds = Succession(predecessor: "nobody", date: "2022-07-01")
                }
            }
        }
        let problems = data.problems()
        let problem = try #require(problems.first)
        #expect(problems.count == 1, "\(problems)")
        #expect(problem.record.hasPrefix("\(key)["))
        #expect(problem.field == field)
        #expect(problem.reason == reason)
    }

    @Test("A reference to a decision taken at a recorded meeting resolves")
    func decisionReference() {
        let data = TestWorld.dataset.with { data in
            data.approvals.append(Approval(id: "ap", subject: RecordReference(kind: .decision, id: "tb-d-1"),
                                           date: "2022-03-10"))
        }
        #expect(data.problems().isEmpty)
    }

    @Test("Negative amounts and spans that end before they start are reported", arguments: [
        ("funds", "contributions.amount"),
        ("engagements", "ended"),
        ("recruitments", "stages.closes"),
        ("agreements", "signatures.withdrawn"),
        ("commitments", "costs"),
    ])
    func outOfRange(_ key: String, _ field: String) throws {
        let data = TestWorld.dataset.with { data in
            switch key {
            case "funds":
                data.funds.append(Fund(id: "f", name: "Fund", contributions: [
                    Contribution(organisation: TestWorld.icb, financialYear: "2022/23", amount: -5)]))
            case "engagements":
                data.engagements.append(Engagement(id: "e", title: "Listening", started: "2022-03-01", ended: "2022-02-01"))
            case "recruitments":
                data.recruitments.append(Recruitment(id: "r", title: "Lead", stages: [
                    RecruitmentStage(scope: .internal, opens: "2021-10-01", closes: "2021-09-01")]))
            case "agreements":
                data.agreements.append(Agreement(id: "mou", title: "MoU", signatures: [
                    Signature(organisation: TestWorld.council, signed: "2021-06-01", withdrawn: "2021-05-01")]))
            default:
                data.commitments.append(Commitment(id: "c", title: "Hubs", costs: [
                    CommitmentCost(financialYear: "2022/23", gross: 100, offsets: -1)]))
            }
        }
        let problems = data.problems()
        let problem = try #require(problems.first)
        #expect(problems.count == 1, "\(problems)")
        #expect(problem.record.hasPrefix("\(key)["))
        #expect(problem.field == field)
    }

    @Test("A record of a new kind belongs to its own place")
    func subjectPlace() {
        let data = TestWorld.dataset.with { data in
            data.funds.append(Fund(id: "f", place: Self.place, name: "Fund"))
        }
        let index = DatasetIndex(data)
        #expect(index.place(of: data.funds[0].subject) == Self.place)
        #expect(index.funds(in: Self.place).map(\.id) == ["f"])
    }

    @Test("A fund's host and contributions are read by day and financial year")
    func fundQueries() {
        let fund = Fund(id: "f", name: "Transformation fund", arrangement: .pooled,
                        hosts: [FundHost(organisation: "ccg", period: Period(from: "2020-04-01", to: "2022-06-30")),
                                FundHost(organisation: "icb", period: Period(from: "2022-07-01"))],
                        contributions: [Contribution(organisation: "ccg", financialYear: "2020/21", amount: 10),
                                        Contribution(organisation: "council", financialYear: "2020/21", amount: 5),
                                        Contribution(organisation: "icb", financialYear: "2022/23", amount: 7)])
        #expect(fund.host(on: "2021-03-31")?.organisation == "ccg")
        #expect(fund.host(on: "2022-07-01")?.organisation == "icb")
        #expect(fund.contributions(in: "2020/21").count == 2)
    }
}
