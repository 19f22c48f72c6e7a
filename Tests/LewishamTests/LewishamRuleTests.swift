import Lewisham
import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("LEW rules")
struct LewishamRuleTests {
    @Test("The passing fixture raises no finding of its rule", arguments: LewishamFixtures.all)
    func passing(_ fixture: RuleFixture) throws {
        let findings = try Fixtures.findings(of: fixture.rule, in: fixture.passing, asOf: fixture.asOf,
                                             extensions: LewishamWorld.extensions)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("The failing fixture is reported about its subject at the rule's severity", arguments: LewishamFixtures.all)
    func failing(_ fixture: RuleFixture) throws {
        let findings = try Fixtures.findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf,
                                             extensions: LewishamWorld.extensions)
        let severity = try #require(try Fixtures.severity(of: fixture.rule, extensions: LewishamWorld.extensions))
        #expect(findings.contains { $0.subject.id == fixture.subject },
                "expected a finding about \(fixture.subject); got \(findings.map(\.subject.id))")
        #expect(!findings.isEmpty && findings.allSatisfy { $0.severity == severity })
        #expect(findings.allSatisfy { $0.place == LewishamData.place })
    }

    @Test("Every fixture dataset is consistent", arguments: LewishamFixtures.all)
    func consistent(_ fixture: RuleFixture) {
        #expect(fixture.passing.problems().isEmpty, "\(fixture.passing.problems())")
        #expect(fixture.failing.problems().isEmpty, "\(fixture.failing.problems())")
    }

    @Test("Every rule the Lewisham extension registers has a fixture, and every fixture a rule")
    func everyRuleHasAFixture() throws {
        let registry = try Registry(LewishamWorld.extensions)
        let registered = Set(registry.rules.filter { $0.owner == LewishamExtension().name }.map(\.rule.id))
        let covered = Set(LewishamFixtures.all.map(\.rule))
        #expect(registered.count == 8)
        #expect(registered.subtracting(covered).isEmpty, "no fixture for \(registered.subtracting(covered).sorted())")
        #expect(covered.subtracting(registered).isEmpty, "fixtures for unregistered \(covered.subtracting(registered).sorted())")
    }

    @Test("The compliant Lewisham raises no LEW finding on 1 April 2022")
    func compliantWorld() throws {
        let registry = try Registry(LewishamWorld.extensions)
        let findings = registry.check(LewishamWorld.compliant, asOf: "2022-04-01").findings
            .filter { $0.rule.rawValue.hasPrefix("LEW-") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("LEW-MEM-1 reports each missing seat of a two-seat line")
    func eachMissingSeat() throws {
        let data = LewishamFixtures.world.with {
            $0.remove(\.seats, "lew-lcp-seat-vcse-1", "lew-lcp-seat-vcse-2")
            $0.remove(\.memberships, "lew-test-m-lew-lcp-seat-vcse-1", "lew-test-m-lew-lcp-seat-vcse-2")
        }
        let findings = try Fixtures.findings(of: "LEW-MEM-1", in: data, extensions: LewishamWorld.extensions)
        #expect(findings.count == 2)
        #expect(findings.contains { $0.message.contains("(1 of 2)") })
        #expect(findings.contains { $0.message.contains("(2 of 2)") })
    }

    @Test("LEW-GOV-1 and LEW-GOV-3 apply only from 1 April 2022")
    func fromApril2022() throws {
        let data = LewishamFixtures.world.with {
            $0.update(\.bodies, LewishamData.boroughBasedBoard) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
            $0.remove(\.delegations, "lew-s75-better-care-fund")
        }
        for rule: RuleID in ["LEW-GOV-1", "LEW-GOV-3"] {
            let before = try Fixtures.findings(of: rule, in: data, asOf: "2022-03-31", extensions: LewishamWorld.extensions)
            let after = try Fixtures.findings(of: rule, in: data, asOf: "2022-04-01", extensions: LewishamWorld.extensions)
            #expect(before.isEmpty, "\(rule) before April: \(before.map(\.message))")
            #expect(!after.isEmpty, "\(rule) from April")
        }
    }

    @Test("LEW-ICP-1 ignores a vacant seat")
    func vacantICPSeat() throws {
        let data = LewishamFixtures.world.with { $0.remove(\.memberships, "lew-test-m-icp") }
        let findings = try Fixtures.findings(of: "LEW-ICP-1", in: data, extensions: LewishamWorld.extensions)
        #expect(findings.isEmpty)
    }
}
