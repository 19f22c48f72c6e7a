import PlaceworksDomain
import PlaceworksTestSupport
import Southwark
import Testing

@Suite("Southwark rules")
struct SouthwarkRuleTests {
    static let fixtures = SouthwarkRuleFixtures.all + AllianceRuleFixtures.all

    @Test("Each rule finds nothing on its passing data and the expected subject on its failing data",
          arguments: fixtures)
    func fixture(_ fixture: RuleFixture) throws {
        let extensions = SouthwarkWorld.extensions
        let severity = try #require(try Fixtures.severity(of: fixture.rule, extensions: extensions))

        let passing = try Fixtures.findings(of: fixture.rule, in: fixture.passing, asOf: fixture.asOf, extensions: extensions)
        #expect(passing.isEmpty, "\(fixture.rule) on passing data: \(passing.map(\.message))")

        let failing = try Fixtures.findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf, extensions: extensions)
        #expect(!failing.isEmpty)
        #expect(failing.allSatisfy { $0.severity == severity })
        #expect(failing.contains { $0.subject.id == fixture.subject },
                "\(fixture.rule) findings are about \(failing.map(\.subject.id)), not \(fixture.subject)")
        #expect(failing.allSatisfy { !$0.citations.isEmpty && $0.place == SouthwarkData.place })
    }

    @Test("Every rule the Southwark extension registers has a fixture")
    func everyRuleHasAFixture() throws {
        var registrar = Registrar(extensionName: "Southwark", coverage: SouthwarkExtension().coverage)
        SouthwarkExtension().register(into: &registrar)
        let registered = Set(registrar.rules.map(\.id))
        let covered = Set(Self.fixtures.map(\.rule))
        #expect(registered.subtracting(covered).isEmpty, "Rules without fixtures: \(registered.subtracting(covered).sorted())")
        #expect(covered.subtracting(registered).isEmpty, "Fixtures for unregistered rules: \(covered.subtracting(registered).sorted())")
    }

    @Test("The extension registers exactly the SWK and ALL rules of the catalogue, with their severities")
    func registeredRules() throws {
        let registry = try Registry(SouthwarkWorld.extensions)
        let southwark = registry.rules.filter { $0.owner == "Southwark" }
        let severities = Dictionary(uniqueKeysWithValues: southwark.map { ($0.rule.id.rawValue, $0.rule.severity) })
        let expected: [String: Severity] = [
            "SWK-GOV-1": .error, "SWK-GOV-2": .error, "SWK-GOV-3": .error, "SWK-GOV-4": .error,
            "SWK-GOV-5": .warning, "SWK-GOV-6": .error, "SWK-GOV-7": .error,
            "SWK-WS-1": .error, "SWK-WS-2": .error, "SWK-WS-3": .warning, "SWK-OUT-1": .error,
            "SWK-FIN-1": .error, "SWK-RISK-1": .error,
            "ALL-MEM-1": .error, "ALL-MEM-2": .error, "ALL-MTG-1": .error, "ALL-WS-1": .error,
            "ALL-STR-1": .error, "ALL-STR-2": .error, "ALL-PMO-1": .error,
        ]
        #expect(severities == expected)
        #expect(southwark.allSatisfy { $0.coverage == .place(SouthwarkData.place) })
        #expect(southwark.allSatisfy { rule in
            rule.rule.citations.allSatisfy { [.southwarkLCP, .recoveryPlan, .allianceReview].contains($0.document) }
        })
    }

    @Test("Alliance rules find nothing before the Alliance existed or after it ended",
          arguments: ["2009-11-30", "2019-05-01", "2022-06-01"] as [Day])
    func allianceOutsideItsLifetime(_ day: Day) throws {
        for fixture in AllianceRuleFixtures.all {
            let findings = try Fixtures.findings(of: fixture.rule, in: fixture.failing, asOf: day,
                                                 extensions: SouthwarkWorld.extensions)
            #expect(findings.isEmpty, "\(fixture.rule) as of \(day): \(findings.map(\.message))")
        }
    }

    @Test("Recovery-plan and PSSB rules find nothing before their arrangements existed")
    func southwarkRulesBeforeTheirTime() throws {
        let registry = try Registry(SouthwarkWorld.extensions)
        let report = registry.check(SouthwarkWorld.shipped, asOf: "2015-06-01", place: SouthwarkData.place)
        let southwark = report.findings.filter { $0.rule.rawValue.hasPrefix("SWK-") }
        #expect(southwark.isEmpty, "\(southwark.map(\.message))")
    }

    @Test("Findings name what is wrong in words a board secretary reads")
    func messages() throws {
        let findings = try Fixtures.findings(of: "SWK-FIN-1", in: SouthwarkRuleFixtures.resources[0].failing,
                                             asOf: SouthwarkWorld.pssbEra, extensions: SouthwarkWorld.extensions)
        #expect(findings.map(\.message) == [
            "The Southwark 2020/21 delegated budget lines sum to £132,936,000, not its stated total of £132,935,000 (a difference of £1,000); correct the lines or the total.",
        ])
    }
}
