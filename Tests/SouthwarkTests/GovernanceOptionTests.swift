import PlaceworksDomain
import PlaceworksTestSupport
import Southwark
import Testing

@Suite("Southwark governance options")
struct GovernanceOptionTests {
    let dataset = SouthwarkWorld.shipped
    var organisations: [ID<Organisation>: Organisation] { DatasetIndex(dataset).organisations }

    func option(_ label: String) throws -> GovernanceOption {
        try #require(dataset.options.first { $0.place == SouthwarkData.place && $0.label == label })
    }

    /// The safe landing point of April 2022 made stronger: a joint appointment with the council,
    /// the PSSB a committee of the ICB, budgets delegated by both, and the option 2b commitments.
    var jointWithCouncil: ProposedArrangement {
        ProposedArrangement(
            name: "Joint Director with the council", place: SouthwarkData.place,
            placeLeadAppointedBy: [SouthwarkData.icb, SouthwarkData.council],
            committee: .init(form: .committeeOfStatutoryBody, convenedBy: [SouthwarkData.icb]),
            delegations: [.init(from: SouthwarkData.icb, functions: [.primaryCare, .prescribing], budget: 80_000_000),
                          .init(from: SouthwarkData.council, functions: [.adultSocialCare], budget: 20_000_000)],
            leadershipTeam: true,
            commitments: [SouthwarkCommitment.directorPortfolioInPartner, SouthwarkCommitment.sharedVisionSinglePlanAndBudget,
                          SouthwarkCommitment.unifiedPartnershipTeam, SouthwarkCommitment.strategicBoardDecisionMaking])
    }

    @Test("Options 1, 2a, 2b and 3 are recorded; only option 1 is discounted")
    func recorded() throws {
        #expect(dataset.options.filter { $0.place == SouthwarkData.place }.map(\.label).sorted() == ["1", "2a", "2b", "3"])
        #expect(try option("1").discountedBecause == "It could undermine the voice of other partners.")
        for label in ["2a", "2b", "3"] { #expect(try option(label).discountedBecause == nil) }
        for label in ["1", "2a", "2b", "3"] { #expect(try !option(label).requirements.isEmpty) }
    }

    @Test("Every commitment key the options use is a documented SouthwarkCommitment, and every key is used")
    func commitmentKeys() {
        let used = Set(dataset.options.flatMap(\.requirements).compactMap { requirement -> String? in
            if case let .commitment(key) = requirement.criterion { return key }
            return nil
        })
        #expect(used == Set(SouthwarkCommitment.all))
    }

    @Test("A joint appointment with the council and a committee of the ICB meets option 2b")
    func meetsOption2b() throws {
        let assessment = try option("2b").assess(jointWithCouncil, organisations: organisations)
        #expect(assessment.allMet, "\(assessment.results.filter { !$0.met }.map(\.text))")
    }

    @Test("The same arrangement fails option 2a (joint committee), option 3 (several partners) and option 1 (sole ICB appointment)")
    func failsOtherOptions() throws {
        let unmet = { (label: String) in
            try option(label).assess(jointWithCouncil, organisations: organisations).results.filter { !$0.met }.map(\.requirement)
        }
        #expect(try unmet("2a") == ["2a-committee"])
        #expect(try unmet("3") == ["3-appointment", "3-partner-delegations", "3-committee", "3-delegation-to-committee"])
        #expect(try unmet("1") == ["1-appointment", "1-outcomes-framework", "1-commissioning-team"])
    }

    @Test("Option 3 is met when several partners appoint jointly and delegate to a joint committee")
    func meetsOption3() throws {
        let trust: ID<Organisation> = "RJ1"
        let arrangement = ProposedArrangement(
            name: "Joint Director and joint committee", place: SouthwarkData.place,
            placeLeadAppointedBy: [SouthwarkData.icb, SouthwarkData.council, trust],
            committee: .init(form: .jointCommittee, convenedBy: [SouthwarkData.icb, SouthwarkData.council, trust]),
            delegations: [.init(from: SouthwarkData.icb, functions: [.primaryCare], budget: 50_000_000, toCommittee: true),
                          .init(from: SouthwarkData.council, functions: [.adultSocialCare], budget: 20_000_000, toCommittee: true),
                          .init(from: trust, functions: [.communityPhysicalHealth], budget: 10_000_000, toCommittee: true)],
            leadershipTeam: true)
        let assessment = try option("3").assess(arrangement, organisations: organisations)
        #expect(assessment.allMet, "\(assessment.results.filter { !$0.met }.map(\.text))")
    }
}
