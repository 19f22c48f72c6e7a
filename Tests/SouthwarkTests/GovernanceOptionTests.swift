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
            commitments: [SouthwarkCommitment.directorPortfolioInPartner, SouthwarkCommitment.outcomesFramework,
                          SouthwarkCommitment.embeddedCommissioningTeam])
    }

    /// Exactly what option 1 describes: the Director an individual ICB appointment, the PSSB a
    /// committee of the ICB, a leadership team, and only the ICB's delegations.
    var asOptionOneDescribes: ProposedArrangement {
        ProposedArrangement(
            name: "Option 1 as described", place: SouthwarkData.place,
            placeLeadAppointedBy: [SouthwarkData.icb],
            committee: .init(form: .committeeOfStatutoryBody, convenedBy: [SouthwarkData.icb]),
            delegations: [.init(from: SouthwarkData.icb, functions: [.primaryCare, .prescribing], budget: 80_000_000)],
            leadershipTeam: true)
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

    @Test("An arrangement exactly as option 1 describes meets option 1, and not option 2b until the first gateways are met")
    func meetsOption1() throws {
        let one = try option("1").assess(asOptionOneDescribes, organisations: organisations)
        #expect(one.allMet, "\(one.results.filter { !$0.met }.map(\.text))")
        let twoB = try option("2b").assess(asOptionOneDescribes, organisations: organisations)
        #expect(twoB.results.filter { !$0.met }.map(\.requirement) == [
            "2b-appointment", "2b-portfolio", "gateway-1-partner-delegations", "gateway-1-outcomes-framework",
            "gateway-1-commissioning-team",
        ])
    }

    @Test("The first gateway list stands between options 1 and 2, the second between options 2 and 3, in the paper's words")
    func gatewaysBetweenTheRightOptions() throws {
        let first = [
            "Delegated responsibilities from statutory partner (LA or Trust) are defined over and above ICS Board delegations",
            "Ability to maximise resources and budgets in line with delegated responsibilities",
            "Agreed outcomes framework with regular reporting to the PSSB and collaborative solutions to ensure outcome delivery",
            "PS Commissioning team are embedded into the Partnership to support planning, delivery and transformation of integrated care",
        ]
        let second = [
            "Extended delegated responsibilities and budgets are defined across more than one statutory partner",
            "A shared vision across Southwark has been developed and agreed – underpinned by a single plan and budget",
            "A single and unified approach to LCP functions with mixed-employment or hosted PS team working in an integrated way to deliver these functions",
            "PSSB making strategic decisions informed by individual sovereign organisations with PSSB ToR enabling decision making on specific functions/services/populations",
        ]
        let gateways = { (label: String) in
            try self.option(label).requirements.filter { $0.id.hasPrefix("gateway-") }.map(\.text)
        }
        #expect(try gateways("1").isEmpty)
        #expect(try gateways("2a") == first)
        #expect(try gateways("2b") == first)
        #expect(try gateways("3") == first + second)
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
        #expect(try unmet("3") == ["3-appointment", "3-partner-delegations", "3-committee", "3-delegation-to-committee",
                                   "gateway-2-shared-vision", "gateway-2-unified-team", "gateway-2-pssb-decisions"])
        #expect(try unmet("1") == ["1-appointment"])
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
            leadershipTeam: true,
            commitments: SouthwarkCommitment.all)
        let assessment = try option("3").assess(arrangement, organisations: organisations)
        #expect(assessment.allMet, "\(assessment.results.filter { !$0.met }.map(\.text))")
    }
}
