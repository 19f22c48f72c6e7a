import Foundation
import PlaceworksDomain
import PlaceworksTestSupport

/// The data the conformance suite writes: the test world with one record of every kind.
public enum StoreSamples {
    /// The test world plus a governance option and one record of each kind added in schema version 8:
    /// a consistent dataset with records of every kind.
    public static var world: Dataset {
        var world = TestWorld.dataset
        world.options.append(GovernanceOption(
            id: "tb-option-1", place: TestWorld.place, label: "1", summary: "A committee of the ICB",
            requirements: [], citation: Citation("southwark-lcp-leadership-and-governance-2021.txt", "Governance options")))
        let place = TestWorld.place
        world.funds.append(Fund(
            id: "tb-transformation-fund", place: place, name: "Testborough transformation fund", arrangement: .pooled,
            purpose: .transformation, instrument: FundInstrument(type: .section75, parties: [TestWorld.icb, TestWorld.council]),
            hosts: [FundHost(organisation: TestWorld.icb, period: Period(from: "2022-07-01"))],
            contributions: [Contribution(organisation: TestWorld.icb, financialYear: "2022/23", amount: 500_000),
                            Contribution(organisation: TestWorld.council, financialYear: "2022/23", amount: 250_000)],
            totals: [FundTotal(financialYear: "2022/23", amount: 750_000)],
            riskShare: ShareTerms(terms: "In proportion to contributions"), gainShare: ShareTerms(noneAgreed: true),
            allocations: [Allocation(amount: 100_000, date: "2022-09-01", decidedBy: TestWorld.committee,
                                     workstream: "tb-ws-start-well")],
            period: Period(from: "2022-07-01")))
        world.accountabilities.append(AccountabilityArrangement(
            id: "tb-acc-scrutiny", place: place, type: .healthScrutiny, organisation: TestWorld.council,
            mechanism: "Annual report to the health scrutiny committee", cadence: .annually, agreed: "2022-06-01",
            period: Period(from: "2022-06-01")))
        world.publications.append(Publication(
            id: "tb-plan-2022", place: place, type: .plan, title: "Testborough plan 2022–24", public: true,
            address: "https://example.org/plan", published: "2022-07-15", agreed: "2022-07-10", agreedBy: TestWorld.committee,
            resourceAvailable: [YearAmount(financialYear: "2022/23", amount: 1_000_000)]))
        world.approvals.append(Approval(
            id: "tb-approval-plan", place: place, subject: RecordReference(ID<Publication>("tb-plan-2022")),
            approvedBy: TestWorld.committee, action: .agreed, date: "2022-07-10"))
        world.engagements.append(Engagement(
            id: "tb-plan-engagement", place: place, title: "Listening on the plan", informs: "tb-plan-2022",
            workstream: "tb-ws-start-well", started: "2022-03-01", ended: "2022-05-31",
            audiences: [.residents, .serviceUsersOrCarers]))
        world.recruitments.append(Recruitment(
            id: "tb-recruit-place-lead", place: place, title: "Executive Place Lead", role: TestWorld.placeLead,
            stages: [RecruitmentStage(scope: .internal, eligibility: "Executive-level staff of the partners",
                                      basis: .secondment, opens: "2021-06-01", closes: "2021-07-15", outcome: .appointed)],
            panel: [PanelMember(organisation: "tb-healthwatch", stakeholder: .healthwatch)],
            target: "2021-09-01", closed: "2021-07-15", outcome: .appointed, appointee: "tb-person-place-lead"))
        world.agreements.append(Agreement(
            id: "tb-partnership-mou", place: place, title: "Testborough memorandum of understanding",
            versions: [AgreementVersion(version: "1", date: "2021-06-01", principles: ["Subsidiarity"])],
            signatures: [Signature(organisation: TestWorld.council, signed: "2021-06-15")],
            constituents: [Constituent(organisation: TestWorld.council, period: Period(from: "2021-06-01"))]))
        world.commitments.append(Commitment(
            id: "tb-commitment-hubs", place: place, title: "Family hubs", plan: "tb-plan-2022", workstream: "tb-ws-start-well",
            owner: TestWorld.council, costs: [CommitmentCost(financialYear: "2022/23", gross: 400_000, offsets: 100_000)]))
        return world
    }

    /// A fixed instant for writes ("now" is always passed in).
    public static let now = Date(timeIntervalSince1970: 1_777_627_800.25)

    /// A later instant.
    public static func later(_ seconds: Double) -> Date { now.addingTimeInterval(seconds) }
}
