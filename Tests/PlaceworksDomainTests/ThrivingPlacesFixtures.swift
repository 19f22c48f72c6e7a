import PlaceworksDomain
import PlaceworksTestSupport

/// A passing and a failing dataset for every NAT rule, each derived from ``TestWorld``.
enum ThrivingPlacesFixtures {
    static let world = TestWorld.dataset

    /// The test world with the partnership committee's terms of reference in force changed.
    static func committeeTerms(_ change: @escaping (inout TermsOfReference) -> Void) -> (inout Dataset) -> Void {
        { data in data.update(\.bodies, TestWorld.committee) { change(&$0.terms[0]) } }
    }

    /// The test world with its committee constituted in another form, convened by `convenors`.
    static func constituted(as form: GovernanceForm, convenedBy convenors: [ID<Organisation>] = [TestWorld.icb],
                            decisionRule: DecisionRule? = .consensus) -> Dataset {
        world.with(committeeTerms { terms in
            terms.form = form
            terms.convenedBy = convenors
            terms.decisionRule = decisionRule
        })
    }

    static var leadProviderContract: Delegation {
        Delegation(id: "tb-lead-provider-contract", delegator: TestWorld.icb, toBody: TestWorld.committee,
                   place: TestWorld.place, functions: [.communityPhysicalHealth], instrument: .contract,
                   assurance: "Contract management board", period: Period(from: "2022-04-01"))
    }

    static let all: [RuleFixture] = [
        RuleFixture("NAT-MEM-1", passing: world,
                    failing: world.with { $0.remove(\.seats, "tb-seat-dph") },
                    subject: TestWorld.committee.rawValue),
        RuleFixture("NAT-GOV-1", passing: world,
                    failing: world.with(committeeTerms { $0.form = nil }),
                    subject: TestWorld.committee.rawValue),
        RuleFixture("NAT-GOV-2", passing: world,
                    failing: world.with(committeeTerms { $0.nonStatutoryParticipationApproved = nil }),
                    subject: TestWorld.committee.rawValue),
        RuleFixture("NAT-GOV-3", passing: constituted(as: .jointCommittee, convenedBy: [TestWorld.icb, TestWorld.council]),
                    failing: constituted(as: .jointCommittee, convenedBy: [TestWorld.icb]),
                    subject: TestWorld.committee.rawValue),
        RuleFixture("NAT-GOV-4", passing: constituted(as: .individualExecutive, decisionRule: .individualExecutive),
                    failing: constituted(as: .individualExecutive, decisionRule: .consensus),
                    subject: TestWorld.committee.rawValue),
        RuleFixture("NAT-GOV-5",
                    passing: constituted(as: .leadProvider).with { $0.delegations.append(leadProviderContract) },
                    failing: constituted(as: .leadProvider),
                    subject: TestWorld.committee.rawValue),
        RuleFixture("NAT-ACC-1", passing: world,
                    failing: world.with { $0.update(\.delegations, "tb-icb-delegation") { $0.assurance = nil } },
                    subject: "tb-icb-delegation"),
        RuleFixture("NAT-FIN-1", passing: world,
                    failing: world.with { $0.update(\.budgets, "tb-budget-2022") { $0.publishedAt = nil } },
                    subject: "tb-budget-2022"),
        RuleFixture("NAT-LEAD-1", passing: world,
                    failing: world.with { $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.employer = TestWorld.council } },
                    subject: TestWorld.placeLead.rawValue),
        RuleFixture("NAT-LEAD-2", passing: world,
                    failing: world.with(committeeTerms { $0.conflictsOfInterestPolicy = nil }),
                    subject: TestWorld.committee.rawValue),
        RuleFixture("NAT-GEO-1", passing: world,
                    failing: world.with { $0.update(\.places, TestWorld.place) { $0.alsoWithin = ["QYY"] } },
                    subject: TestWorld.place.rawValue),
        RuleFixture("NAT-ENG-1", passing: world,
                    failing: world.with { $0.meetings[0].items[0].decision?.engagement = nil },
                    subject: "tb-d-1"),
        RuleFixture("NAT-ICS-1", passing: world,
                    failing: world.with { $0.remove(\.seats, TestWorld.icbBoardPlaceSeat) },
                    subject: TestWorld.place.rawValue),
    ]
}
