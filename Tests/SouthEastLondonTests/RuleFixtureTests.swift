import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon
import Testing

@Suite("SEL rules against their fixtures")
struct RuleFixtureTests {
    typealias World = SouthEastLondonTestWorld

    @Test("The passing fixture has no finding of the rule", arguments: SouthEastLondonRuleFixtures.all)
    func passing(_ fixture: RuleFixture) throws {
        let findings = try Fixtures.findings(of: fixture.rule, in: fixture.passing, asOf: fixture.asOf,
                                             extensions: World.extensions)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("The failing fixture is reported about its subject at the rule's severity",
          arguments: SouthEastLondonRuleFixtures.all)
    func failing(_ fixture: RuleFixture) throws {
        let findings = try Fixtures.findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf,
                                             extensions: World.extensions)
        let severity = try #require(try Fixtures.severity(of: fixture.rule, extensions: World.extensions))
        #expect(!findings.isEmpty)
        #expect(findings.contains { $0.subject.id == fixture.subject },
                "subjects: \(findings.map(\.subject.id))")
        #expect(findings.allSatisfy { $0.severity == severity })
    }

    @Test("Every rule the extension registers has a fixture")
    func everyRuleHasAFixture() throws {
        let registered = Set(try Registry(World.extensions).rules.map(\.rule.id))
        let covered = Set(SouthEastLondonRuleFixtures.all.map(\.rule))
        #expect(registered.subtracting(covered).isEmpty, "no fixture for \(registered.subtracting(covered).sorted())")
        #expect(covered.subtracting(registered).isEmpty, "fixtures for unregistered rules \(covered.subtracting(registered).sorted())")
    }

    @Test("The compliant test place has no SEL finding at all")
    func compliantPlace() throws {
        let report = try Registry(World.extensions).check(World.place, asOf: Fixtures.asOf)
        #expect(report.findings.isEmpty, "\(report.findings.map { "\($0.rule): \($0.message)" })")
    }

    @Test("Place rules skip a place that has no LCP committee; SEL-LCP-3 reports it once")
    func placeWithoutCommittee() throws {
        let world = World.place.with { $0.update(\.bodies, TestWorld.committee) { $0.placeCommittee = false } }
        let report = try Registry(World.extensions).check(world, asOf: Fixtures.asOf)
        #expect(report.findings.map(\.rule) == ["SEL-LCP-3"])
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
