import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Governance options and gateway requirements")
struct GovernanceOptionTests {
    static let icb = TestWorld.icb
    static let council = TestWorld.council
    static let trust: ID<Organisation> = "TST01"
    static let vcse: ID<Organisation> = "tb-vcse"
    static let organisations = DatasetIndex(TestWorld.dataset).organisations

    /// A joint committee of the ICB and the council, the place lead jointly appointed, budgeted
    /// delegations from both, one of them to the committee.
    static let joint = ProposedArrangement(
        name: "Joint committee", place: TestWorld.place, placeLeadAppointedBy: [icb, council],
        committee: .init(form: .jointCommittee, convenedBy: [icb, council]),
        delegations: [
            .init(from: icb, functions: [.primaryCare, .prescribing], budget: 130_000_000),
            .init(from: council, functions: [.adultSocialCare], budget: 20_000_000, toCommittee: true),
        ],
        leadershipTeam: true, commitments: ["outcomes-framework"])

    /// A committee of the ICB, the place lead an ICB appointment, one unbudgeted ICB delegation.
    static let icbOnly = ProposedArrangement(
        name: "ICB committee", place: TestWorld.place, placeLeadAppointedBy: [icb, vcse],
        committee: .init(form: .committeeOfStatutoryBody, convenedBy: [icb]),
        delegations: [.init(from: icb, functions: [.primaryCare]), .init(from: vcse, functions: [], budget: 5)])

    static func evaluate(_ criterion: ArrangementCriterion, _ arrangement: ProposedArrangement) -> (met: Bool, explanation: String) {
        criterion.evaluate(arrangement, organisations: organisations)
    }

    @Test("Each criterion is met by the joint arrangement and not by the ICB-only one", arguments: [
        ArrangementCriterion.placeLeadAppointedBy(minimum: 2, maximum: nil),
        .committeeForm([.jointCommittee]),
        .delegationsFromPartnersBesidesICB(minimum: 1),
        .budgetedDelegationsFrom(minimum: 2),
        .everyDelegationBudgeted,
        .partnersDelegateToCommittee,
        .leadershipTeam,
        .commitment("outcomes-framework"),
    ])
    func metAndUnmet(_ criterion: ArrangementCriterion) {
        #expect(Self.evaluate(criterion, Self.joint).met)
        #expect(!Self.evaluate(criterion, Self.icbOnly).met)
    }

    @Test("The place lead must be appointed by the ICB, counting statutory bodies only, within the bounds")
    func placeLeadAppointment() {
        let single = ArrangementCriterion.placeLeadAppointedBy(minimum: 1, maximum: 1)
        let icbOnly = Self.evaluate(single, Self.icbOnly)
        #expect(icbOnly.met, "the VCSE partner is not statutory and does not count")
        #expect(icbOnly.explanation == "place lead appointed by NHS Test ICB")
        #expect(!Self.evaluate(single, Self.joint).met, "two appointing bodies exceed the maximum of one")
        var councilOnly = Self.joint
        councilOnly.placeLeadAppointedBy = [Self.council]
        #expect(!Self.evaluate(.placeLeadAppointedBy(minimum: 1, maximum: nil), councilOnly).met)
    }

    @Test("Explanations name the organisations and what is missing")
    func explanations() {
        #expect(Self.evaluate(.everyDelegationBudgeted, Self.icbOnly).explanation
            == "delegations without a budget from NHS Test ICB")
        var none = Self.icbOnly
        none.delegations = []
        #expect(Self.evaluate(.everyDelegationBudgeted, none) == (false, "no delegations proposed"))
        #expect(Self.evaluate(.delegationsFromPartnersBesidesICB(minimum: 1), Self.joint).explanation
            == "delegations from partners besides the ICB: Testborough Council")
        #expect(Self.evaluate(.commitment("shared-vision"), Self.joint).explanation
            == "commitment “shared-vision” not recorded")
        #expect(Self.evaluate(.committeeForm([.jointCommittee]), Self.icbOnly).explanation
            == "committee is a committee of a statutory body")
    }

    @Test("A partner delegating to the committee needs the committee to be a joint committee")
    func delegateToCommittee() {
        var notJoint = Self.joint
        notJoint.committee.form = .committeeOfStatutoryBody
        #expect(!Self.evaluate(.partnersDelegateToCommittee, notJoint).met)
    }

    @Test("An option's assessment lists every gateway requirement, met or not, and is met only when all are")
    func assess() {
        let option = GovernanceOption(
            id: "tb-option-2b", place: TestWorld.place, label: "2b", summary: "Joint committee with pooled budgets",
            requirements: [
                GatewayRequirement(id: "2b-1", text: "Joint appointment of the place lead",
                                   criterion: .placeLeadAppointedBy(minimum: 2, maximum: nil)),
                GatewayRequirement(id: "2b-2", text: "A joint committee", criterion: .committeeForm([.jointCommittee])),
                GatewayRequirement(id: "2b-3", text: "Outcomes framework", criterion: .commitment("outcomes-framework")),
            ],
            citation: Citation("southwark-lcp-leadership-and-governance-2021.txt", "Potential options"))
        let joint = option.assess(Self.joint, organisations: Self.organisations)
        #expect(joint.allMet)
        #expect(joint.results.map(\.requirement) == ["2b-1", "2b-2", "2b-3"])
        #expect(joint.label == "2b" && joint.option == "tb-option-2b")

        let icbOnly = option.assess(Self.icbOnly, organisations: Self.organisations)
        #expect(!icbOnly.allMet)
        #expect(icbOnly.results.map(\.met) == [false, false, false])
        #expect(icbOnly.results[1].text == "A joint committee")
        #expect(option.displayName == "Option 2b")
    }
}
