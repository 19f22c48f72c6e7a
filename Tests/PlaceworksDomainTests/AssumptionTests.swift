import PlaceworksDomain
import PlaceworksTestSupport
import Testing

/// An extension shipping the test world, whose place committee's record is partly assumed.
private struct AssumingExtension: PlaceworksExtension {
    let name = "Testborough"
    let coverage = Coverage.place(TestWorld.place)
    let alsoReport: Bool
    static let assumption = "Convened from April 2021: the paper gives no date."

    func register(into registrar: inout Registrar) {
        registrar.add(document: .thrivingPlaces, title: "Thriving places", issued: nil)
        registrar.add(TestWorld.dataset)
        registrar.add(Rule(id: "TB-A-1", severity: .error, requirement: "The committee is convened.",
                           citations: [Citation(.thrivingPlaces, "§1")]) { [alsoReport] context in
            context.places.flatMap { place -> [Concern] in
                guard let committee = context.data.bodies[TestWorld.committee] else { return [] }
                // The note is offered either way; the engine keeps it only where nothing else is reported.
                let other = alsoReport ? [Concern(about: committee, "Something else is wrong.")] : []
                return other + context.passesOnAssumptions([committee], about: committee)
            }
        })
        registrar.add(Rule(id: "TB-A-2", severity: .warning, requirement: "The committee meets monthly.",
                           citations: [Citation(.thrivingPlaces, "§1")]) { context in
            guard let committee = context.data.bodies[TestWorld.committee] else { return [] }
            // A finding about a record whose dates the extension assumed: it says so.
            return [context.restingOnAssumptions(Concern(about: committee, "It has not met since it was convened."),
                                                 on: [committee])]
        })
    }

    func provenance(of kind: SubjectKind, _ id: String) -> Provenance? {
        kind == .body && id == TestWorld.committee.rawValue
            ? Provenance([Citation(.thrivingPlaces, "§1")], assuming: [Self.assumption]) : nil
    }
}

@Suite("A rule that passes only on an assumption says so")
struct AssumptionTests {
    func findings(alsoReport: Bool = false, editing edit: (inout Dataset) -> Void = { _ in }) throws -> [Finding] {
        let registry = try Registry([AssumingExtension(alsoReport: alsoReport)])
        var data = registry.dataset
        edit(&data)
        return registry.check(data, asOf: Fixtures.asOf).findings.filter { $0.rule == "TB-A-1" }
    }

    @Test("A pass resting on a shipped record's assumption is an info finding naming the assumption")
    func noted() throws {
        let notes = try findings()
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .info)
        #expect(notes.first?.place == TestWorld.place)
        #expect(notes.first?.message.contains(AssumingExtension.assumption) == true)
    }

    @Test("Once the user records the fact themselves (the record differs from the shipped one), the pass is theirs")
    func userRecorded() throws {
        let notes = try findings { data in
            if let index = data.bodies.firstIndex(where: { $0.id == TestWorld.committee }) {
                data.bodies[index].name = "Testborough Place Committee (as constituted)"
            }
        }
        #expect(notes.isEmpty)
    }

    @Test("A rule that reports anything else about the body does not pass, so no note is added")
    func notPassing() throws {
        let found = try findings(alsoReport: true)
        #expect(found.map(\.severity) == [.error])
        #expect(found.allSatisfy { !$0.message.contains(AssumingExtension.assumption) })
    }

    @Test("A finding that turns on a shipped record's assumption says so, and stays a finding at the rule's severity")
    func findingSaysSo() throws {
        let registry = try Registry([AssumingExtension(alsoReport: false)])
        let found = registry.check(registry.dataset, asOf: Fixtures.asOf).findings.filter { $0.rule == "TB-A-2" }
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.severity == .warning && !$0.restsOnAssumptions && $0.assumptions == nil })
        #expect(found.first?.message.contains("This finding turns on what the platform assumed where the papers are "
            + "silent — Testborough Partnership Committee: \(AssumingExtension.assumption.dropLast())") == true)
        // Once the user records the committee themselves, the finding is theirs: it says nothing of assumptions.
        var edited = registry.dataset
        if let index = edited.bodies.firstIndex(where: { $0.id == TestWorld.committee }) {
            edited.bodies[index].name = "Testborough Partnership Committee (as constituted)"
        }
        let theirs = registry.check(edited, asOf: Fixtures.asOf).findings.filter { $0.rule == "TB-A-2" }
        #expect(theirs.count == 1 && theirs.allSatisfy { !$0.message.contains("assumed") })
    }

    @Test("Outside a registry a rule has no assumptions to name")
    func none() {
        #expect(Assumptions.none.of(TestWorld.dataset.bodies[0]).isEmpty)
    }
}
