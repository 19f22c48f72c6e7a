import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon

/// A passing and a failing dataset for every SEL rule (some rules have several failing cases).
enum SouthEastLondonRuleFixtures {
    typealias World = SouthEastLondonTestWorld

    static var all: [RuleFixture] { systemFixtures + delegationFixtures + membershipFixtures + governanceFixtures }

    static let place = TestWorld.place.rawValue
    static let committee = TestWorld.committee.rawValue

    // MARK: ICS-level bodies

    static var systemFixtures: [RuleFixture] {
        let system = World.system
        let icp = SouthEastLondonData.icp.rawValue
        let board = SouthEastLondonData.icbBoard.rawValue
        return [
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icp-leader-bexley") }, subject: icp),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icp-healthwatch", "sel-icp-khp") }, subject: icp),
            RuleFixture("SEL-ICP-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icp-chair-oxleas") }, subject: icp),
            RuleFixture("SEL-ICP-2", passing: system,
                        failing: World.systemWithPartnershipTerms { $0.decisionRule = .majority }, subject: icp),
            RuleFixture("SEL-ICP-2", passing: system,
                        failing: World.systemWithPartnershipTerms { $0.sessions = .private }, subject: icp),
            RuleFixture("SEL-ICP-2", passing: system,
                        failing: World.systemWithPartnershipTerms { $0.functions = ["Endorse significant service changes"] },
                        subject: icp),
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icb-place-lewisham") }, subject: board),
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icb-ned-2") }, subject: board),
            RuleFixture("SEL-ICB-1", passing: system,
                        failing: system.with { $0.remove(\.seats, "sel-icb-partner-community") }, subject: board),
            RuleFixture("SEL-PC-1", passing: system,
                        failing: system.with { $0.update(\.seats, "sel-apc-rj1") { $0.role = .medicalDirector } },
                        subject: "sel-apc-rj1"),
            RuleFixture("SEL-PC-1", passing: system,
                        failing: system.with { data in
                            data.delegations.append(Delegation(
                                id: "sel-community-delegation", delegator: SouthEastLondonData.icb,
                                toBody: SouthEastLondonData.communityServicesNetwork, functions: [.communityPhysicalHealth]))
                        }, subject: "sel-community-delegation"),
            RuleFixture("SEL-PC-1", passing: system,
                        failing: system.with { data in
                            data.remove(\.bodies, SouthEastLondonData.mentalHealthProviderCollaborative)
                            data.seats.removeAll { $0.body == SouthEastLondonData.mentalHealthProviderCollaborative }
                        }, subject: SouthEastLondonData.ics.rawValue),
        ]
    }

    // MARK: Places: delegation, Executive Place Lead, committee form

    static var delegationFixtures: [RuleFixture] {
        let world = World.place
        return [
            RuleFixture("SEL-LCP-1", passing: world,
                        failing: world.with { data in
                            data.update(\.delegations, "tb-icb-delegation") { $0.functions.removeAll { $0 == .prescribing } }
                        }, subject: "tb-icb-delegation"),
            RuleFixture("SEL-LCP-1", passing: world,
                        failing: world.with { data in
                            data.update(\.delegations, "tb-icb-delegation") { $0.toRole = nil; $0.toBody = TestWorld.committee }
                        }, subject: place),
            RuleFixture("SEL-LCP-2", passing: world,
                        failing: world.with { $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.employer = "tb-care" } },
                        subject: TestWorld.placeLead.rawValue),
            RuleFixture("SEL-LCP-2", passing: world,
                        failing: world.with { $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.holder = nil } },
                        subject: TestWorld.placeLead.rawValue),
            RuleFixture("SEL-LCP-2", passing: world,
                        failing: world.with { data in
                            data.leadershipRoles.append(LeadershipRole(
                                id: "tb-second-lead", title: "Local Care Partnership Director", role: .executivePlaceLead,
                                place: TestWorld.place, holder: "tb-person-dass", employer: TestWorld.council))
                        }, subject: place),
            RuleFixture("SEL-LCP-3", passing: world,
                        failing: World.placeWithCommitteeTerms { $0.form = .consultativeForum }, subject: committee),
            RuleFixture("SEL-LCP-3", passing: world,
                        failing: World.placeWithCommitteeTerms { $0.form = .leadProvider }, subject: committee),
            RuleFixture("SEL-LCP-3", passing: world,
                        failing: world.with { $0.update(\.bodies, TestWorld.committee) { $0.placeCommittee = false } },
                        subject: place),
        ]
    }

    // MARK: Places: membership and leadership team

    static var membershipFixtures: [RuleFixture] {
        let world = World.place
        return [
            RuleFixture("SEL-LCP-4", passing: world,
                        failing: world.with { $0.remove(\.seats, "tb-seat-healthwatch") }, subject: committee),
            RuleFixture("SEL-LCP-4", passing: world,
                        failing: world.with { $0.remove(\.seats, "tb-seat-dcs") }, subject: committee),
            RuleFixture("SEL-LCP-5", passing: world,
                        failing: world.with { $0.remove(\.seats, "tb-seat-dph") }, subject: committee),
            RuleFixture("SEL-LCP-8", passing: world,
                        failing: world.with { $0.remove(\.seats, "tb-lt-acute") },
                        subject: World.leadershipTeam.rawValue),
            RuleFixture("SEL-LCP-8", passing: world,
                        failing: world.with { $0.remove(\.bodies, World.leadershipTeam) }, subject: place),
        ]
    }

    // MARK: Places: Chair and reporting

    static var governanceFixtures: [RuleFixture] {
        let world = World.place
        return [
            RuleFixture("SEL-LCP-6", passing: world,
                        failing: world.with { $0.remove(\.leadershipRoles, TestWorld.chair) }, subject: committee),
            RuleFixture("SEL-LCP-6", passing: world,
                        failing: world.with { $0.update(\.leadershipRoles, TestWorld.chair) { $0.holder = nil } },
                        subject: committee),
            RuleFixture("SEL-LCP-7", passing: world,
                        failing: World.placeWithCommitteeTerms { $0.reportsTo.removeAll { $0.to == TestWorld.hwb } },
                        subject: committee),
            RuleFixture("SEL-LCP-7", passing: world,
                        failing: World.placeWithCommitteeTerms { $0.convenedBy = [TestWorld.council] },
                        subject: committee),
        ]
    }
}
