import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Thriving places (NAT) rules: fixtures")
struct ThrivingPlacesRuleTests {
    let extensions: [any PlaceworksExtension] = [NationalGuidance()]

    @Test("Each NAT rule is silent on its passing fixture and reports its failing one", arguments: ThrivingPlacesFixtures.all)
    func fixture(_ fixture: RuleFixture) throws {
        let severity = try #require(try Fixtures.severity(of: fixture.rule, extensions: extensions))
        let passing = try Fixtures.findings(of: fixture.rule, in: fixture.passing, asOf: fixture.asOf, extensions: extensions)
        #expect(passing.isEmpty, "\(passing.map(\.message))")
        let failing = try Fixtures.findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf, extensions: extensions)
        #expect(!failing.isEmpty)
        #expect(failing.allSatisfy { $0.severity == severity })
        #expect(failing.contains { $0.subject.id == fixture.subject })
        #expect(failing.allSatisfy { $0.citations.allSatisfy { $0.document == .thrivingPlaces } })
    }

    @Test("Every NAT rule has exactly one fixture")
    func everyRuleHasAFixture() {
        let ruleIDs = NationalRules.thrivingPlaces.map(\.id)
        let fixtureIDs = ThrivingPlacesFixtures.all.map(\.rule)
        #expect(Set(ruleIDs) == Set(fixtureIDs))
        #expect(fixtureIDs.count == Set(fixtureIDs).count)
    }

    @Test("The NAT rules are the catalogue's thirteen, registered once each by the national extension")
    func catalogue() throws {
        let expected: Set<RuleID> = ["NAT-MEM-1", "NAT-GOV-1", "NAT-GOV-2", "NAT-GOV-3", "NAT-GOV-4", "NAT-GOV-5",
                                     "NAT-ACC-1", "NAT-FIN-1", "NAT-LEAD-1", "NAT-LEAD-2", "NAT-GEO-1", "NAT-ENG-1",
                                     "NAT-ICS-1"]
        let ids = NationalRules.thrivingPlaces.map(\.id)
        #expect(Set(ids) == expected)
        #expect(ids.count == expected.count)
        let registry = try Registry(extensions)
        for id in expected { #expect(registry.rule(id) != nil, "\(id) is not registered") }
    }
}
