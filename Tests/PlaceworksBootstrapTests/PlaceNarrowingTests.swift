import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import Testing

/// `place check --place X` reports every finding the whole check reports about X, for every rule of
/// every extension, on the example dataset; and every rule is silent before it took effect.
@Suite("Checks narrowed to a place, and rules' effective dates, across every extension")
struct PlaceNarrowingTests {
    static func example() throws -> (Registry, Dataset) {
        let registry = try Registry.standard()
        let dataset = try DatasetFile.load(repositoryRoot.appendingPathComponent("examples/sel-2022.yaml").path,
                                           over: registry.dataset)
        return (registry, dataset)
    }

    @Test("Narrowing to a place keeps every finding about that place", arguments: [
        Day("2021-12-01"), Day("2022-04-01"), Day("2023-04-01"),
    ])
    func narrowingKeepsFindings(asOf: Day) throws {
        let (registry, dataset) = try Self.example()
        let all = registry.check(dataset, asOf: asOf).findings
        for place in dataset.places {
            let narrowed = Set(registry.check(dataset, asOf: asOf, place: place.id).findings)
            let expected = all.filter { $0.place == place.id }
            let dropped = expected.filter { !narrowed.contains($0) }
            #expect(dropped.isEmpty, "--place \(place.name) drops \(dropped.map { "\($0.rule): \($0.message)" })")
        }
    }

    @Test("A finding about a body of a place carries that place")
    func bodyFindingsCarryTheirPlace() throws {
        let (registry, dataset) = try Self.example()
        let bodies = Dictionary(dataset.bodies.map { ($0.id, $0) }) { first, _ in first }
        for finding in registry.check(dataset, asOf: "2022-04-01").findings {
            guard let body = finding.body.flatMap({ bodies[$0] }), let place = body.place else { continue }
            #expect(finding.place == place, "\(finding.rule) about \(body.name) has place \(finding.place?.rawValue ?? "none")")
        }
    }

    @Test("Every rule has an effective date, and no rule reports anything on the day before it")
    func silentBeforeEffective() throws {
        let (registry, dataset) = try Self.example()
        for registered in registry.rules {
            let start = try #require(registered.rule.effective.start, "\(registered.rule.id) has no effective date")
            let before = registry.check(dataset, asOf: start.adding(days: -1)).findings
                .filter { $0.rule == registered.rule.id }
            #expect(before.isEmpty, "\(registered.rule.id) reports before \(start.spelledOut)")
        }
    }
}
