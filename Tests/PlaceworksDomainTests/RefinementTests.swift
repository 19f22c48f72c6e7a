import PlaceworksDomain
import PlaceworksTestSupport
import Testing

/// A rule that reports every place it is given, optionally refining others.
private func placeRule(_ id: RuleID, _ severity: Severity, refines: [RuleID] = []) -> Rule {
    Rule(id: id, severity: severity, requirement: "Reports every place.", citations: [Citation(.thrivingPlaces, "§1")],
         refines: refines) { context in
        context.places.map { Concern(about: $0, "\($0.name) was checked by \(id).") }
    }
}

@Suite("Rules that refine broader rules")
struct RefinementTests {
    func rules(_ broad: Severity, _ narrow: Severity, refines: [RuleID] = ["NAT-X-1"]) throws -> [RuleID] {
        let registry = try Registry([
            TestExtension("National", .national, documents: [.thrivingPlaces]) { $0.add(placeRule("NAT-X-1", broad)) },
            TestExtension("Testborough", .place(TestWorld.place)) {
                $0.add(placeRule("TB-X-1", narrow, refines: refines))
            },
        ])
        return registry.check(TestWorld.dataset, asOf: Fixtures.asOf).findings.map(\.rule)
    }

    @Test("When both find the same subject, only the refining rule's finding is reported")
    func refinedOnce() throws {
        #expect(try rules(.warning, .error) == ["TB-X-1"])
        #expect(try rules(.error, .error) == ["TB-X-1"])
    }

    @Test("A broader finding more severe than the refining one is kept")
    func moreSevereKept() throws {
        #expect(Set(try rules(.error, .warning)) == ["NAT-X-1", "TB-X-1"])
    }

    @Test("Without a refinement both are reported")
    func unrelated() throws {
        #expect(Set(try rules(.warning, .error, refines: [])) == ["NAT-X-1", "TB-X-1"])
    }

    @Test("A rule that refines a rule no extension registers is refused, naming both")
    func unknownRefinement() {
        #expect(throws: RegistryError.unknownRefinement("NAT-NOPE-1", refinedBy: "TB-X-1", by: "Testborough")) {
            _ = try rules(.warning, .error, refines: ["NAT-NOPE-1"])
        }
    }
}
