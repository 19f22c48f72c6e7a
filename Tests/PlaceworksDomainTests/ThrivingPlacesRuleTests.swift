import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Thriving places (NAT) rules: fixtures")
struct ThrivingPlacesRuleTests {
    let extensions: [any PlaceworksExtension] = [NationalGuidance()]

    @Test("Each NAT rule: passing fixture silent; failing one at the guidance's severity, kept by --place; silent before 2 September 2021",
          arguments: ThrivingPlacesFixtures.all)
    func fixture(_ fixture: RuleFixture) throws {
        let harness = try RuleHarness(extensions)
        harness.expectAll(fixture)
        let failing = harness.findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf)
        #expect(failing.allSatisfy { $0.citations.allSatisfy { $0.document == .thrivingPlaces } })
    }

    @Test("Every NAT rule has a fixture, and takes effect on the guidance's date")
    func everyRuleHasAFixture() {
        #expect(Set(NationalRules.thrivingPlaces.map(\.id)) == Set(ThrivingPlacesFixtures.all.map(\.rule)))
        for rule in NationalRules.thrivingPlaces {
            #expect(rule.effective.start == "2021-09-02", "\(rule.id)")
        }
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
