import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon
import Testing

@Suite("SEL rules against their fixtures")
struct RuleFixtureTests {
    typealias World = SouthEastLondonTestWorld

    static func harness() throws -> RuleHarness { try RuleHarness(World.extensions) }

    @Test("The passing fixture has no finding of the rule", arguments: SouthEastLondonRuleFixtures.all)
    func passing(_ fixture: RuleFixture) throws {
        try Self.harness().expectPasses(fixture)
    }

    @Test("The failing fixture is reported about its subject, at the severity the source's words give, kept by --place",
          arguments: SouthEastLondonRuleFixtures.all)
    func failing(_ fixture: RuleFixture) throws {
        try Self.harness().expectFails(fixture)
    }

    @Test("Nothing is reported the day before the SEL arrangements took effect (1 April 2022)",
          arguments: SouthEastLondonRuleFixtures.all)
    func dayBefore(_ fixture: RuleFixture) throws {
        try Self.harness().expectSilentBeforeEffective(fixture)
    }

    @Test("Every rule the extension registers has a fixture")
    func everyRuleHasAFixture() throws {
        try Self.harness().expectEveryRuleCovered(by: SouthEastLondonRuleFixtures.all, owner: "South East London")
    }

    @Test("Every SEL rule takes effect on 1 April 2022, the date the papers set for the new ICS arrangements")
    func effectiveDates() throws {
        for registered in try Registry(World.extensions).rules where registered.owner == "South East London" {
            #expect(registered.rule.effective.start == "2022-04-01", "\(registered.rule.id)")
        }
    }

    @Test("The compliant test place has no SEL finding at all")
    func compliantPlace() throws {
        let report = try Registry(World.extensions).check(World.place, asOf: Fixtures.asOf)
        let findings = report.findings.filter { $0.rule.rawValue.hasPrefix("SEL-") }
        #expect(findings.isEmpty, "\(findings.map { "\($0.rule): \($0.message)" })")
    }

    @Test("Place rules skip a place that has no LCP committee; SEL-LCP-3 reports it once")
    func placeWithoutCommittee() throws {
        let world = World.place.with { $0.update(\.bodies, TestWorld.committee) { $0.placeCommittee = false } }
        let report = try Registry(World.extensions).check(world, asOf: Fixtures.asOf)
        #expect(report.findings.map(\.rule).filter { $0.rawValue.hasPrefix("SEL-") } == ["SEL-LCP-3"])
    }

    @Test("Before the ICB takes over there is no delegation or Executive Place Lead to check")
    func beforeTheICB() throws {
        let world = World.place.with { data in
            data.delegations = []
            data.budgets = []
            data.leadershipRoles.removeAll { $0.role == .executivePlaceLead }
        }
        for rule: RuleID in ["SEL-LCP-1", "SEL-LCP-2"] {
            let before = try Fixtures.findings(of: rule, in: world, asOf: "2022-03-31", extensions: World.extensions)
            let after = try Fixtures.findings(of: rule, in: world, asOf: "2022-04-01", extensions: World.extensions)
            #expect(before.isEmpty)
            #expect(!after.isEmpty)
        }
    }

    @Test("A missing lead is named in the finding, one finding per missing lead")
    func leadershipTeamMessages() throws {
        let world = World.place.with { $0.remove(\.seats, "tb-lt-acute", "tb-lt-social-care") }
        let findings = try Fixtures.findings(of: "SEL-LCP-8", in: world, extensions: World.extensions)
        #expect(findings.count == 2)
        #expect(findings.contains { $0.message.contains("acute services") })
        #expect(findings.contains { $0.message.contains("social care") })
    }

    @Test("A missing delegated function is named in the finding")
    func delegationMessage() throws {
        let world = World.place.with { data in
            data.update(\.delegations, "tb-icb-delegation") { $0.functions = [.primaryCare, .prescribing] }
        }
        let findings = try Fixtures.findings(of: "SEL-LCP-1", in: world, extensions: World.extensions)
        let message = try #require(findings.first?.message)
        #expect(findings.count == 1)
        #expect(message.contains("community physical health services"))
        #expect(message.contains("client groups"))
        #expect(!message.contains("prescribing,"))
    }

    @Test("The Health and Wellbeing Board is recognised by the council convening it, whatever its name")
    func healthAndWellbeingBoardByConvenor() throws {
        let world = World.place.with { $0.update(\.bodies, TestWorld.hwb) { $0.name = "Testborough Health Partnership" } }
        #expect(try Fixtures.findings(of: "SEL-LCP-7", in: world, extensions: World.extensions).isEmpty)
        let unconvened = world.with { data in
            data.update(\.bodies, TestWorld.hwb) { body in
                for index in body.terms.indices { body.terms[index].convenedBy = [TestWorld.icb] }
            }
        }
        #expect(try !Fixtures.findings(of: "SEL-LCP-7", in: unconvened, extensions: World.extensions).isEmpty)
    }
}
