import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksTestSupport
import Testing

/// The example dataset yields exactly the findings `examples/README.md` documents, with the extensions
/// it was written for (``ExampleScope``): a further extension leaves the table as it is.
@Suite("The example dataset")
struct ExampleDatasetTests {
    static let examples = repositoryRoot.appendingPathComponent("examples")

    /// A finding reduced to what the README's table records.
    struct Row: Hashable, Comparable, CustomStringConvertible {
        let asOf: String, rule: String, severity: String, kind: String, id: String
        static func < (l: Row, r: Row) -> Bool {
            (l.asOf, l.rule, l.kind, l.id, l.severity) < (r.asOf, r.rule, r.kind, r.id, r.severity)
        }
        var description: String { "\(asOf) \(rule) \(severity) \(kind) \(id)" }
    }

    /// The rows of the README's "Every finding" table.
    static func documentedRows() throws -> [Row] {
        let text = try String(contentsOf: examples.appendingPathComponent("README.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> Row? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, Day(iso: cells[0]) != nil else { return nil }
            let subject = cells[3].split(separator: " ", maxSplits: 1)
            guard subject.count == 2 else { return nil }
            return Row(asOf: cells[0], rule: cells[1], severity: cells[2], kind: String(subject[0]),
                       id: subject[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")))
        }
    }

    static func actualRows(asOf: Day) throws -> [Row] {
        let registry = try ExampleScope.registry(of: placeworksExtensions)
        let dataset = try DatasetFile.load(examples.appendingPathComponent("sel-2022.yaml").path, over: registry.dataset)
        return registry.check(dataset, asOf: asOf).findings.map {
            Row(asOf: asOf.description, rule: $0.rule.rawValue, severity: $0.severity.rawValue,
                kind: $0.subject.kind.rawValue, id: $0.subject.id)
        }
    }

    @Test("As of 2022-04-01, 2022-02-01 and 2021-12-01 the check finds exactly the documented findings", arguments: [
        Day("2022-04-01"), Day("2022-02-01"), Day("2021-12-01"),
    ])
    func documentedFindings(asOf: Day) throws {
        let documented = try Self.documentedRows().filter { $0.asOf == asOf.description }
        #expect(!documented.isEmpty, "examples/README.md documents no findings as of \(asOf)")
        let actual = try Self.actualRows(asOf: asOf)
        #expect(actual.sorted() == documented.sorted())
    }

    /// The README's explanations after the table: one entry per bullet, its continuation lines joined.
    static func explanations() throws -> [String] {
        let text = try String(contentsOf: examples.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = text.range(of: "Why the Southwark and Lewisham rows are right") else { return [] }
        var bullets: [String] = []
        for line in text[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { break }
            if line.hasPrefix("- ") {
                bullets.append(String(line))
            } else if line.hasPrefix("  "), !bullets.isEmpty {
                bullets[bullets.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return bullets
    }

    @Test("Every rule in the findings table is explained with the words of the paper that make it right")
    func everyFindingExplained() throws {
        let bullets = try Self.explanations()
        let quoting = bullets.filter { $0.contains("\"") || $0.contains("“") }
        for rule in Set(try Self.documentedRows().map(\.rule)).sorted() {
            #expect(quoting.contains { $0.contains(rule) }, "examples/README.md quotes no paper for \(rule)'s findings")
        }
    }

    @Test("Every deliberate breach the README describes is found")
    func deliberateBreaches() throws {
        let rules = Set(try Self.actualRows(asOf: "2022-04-01").map(\.rule))
        for rule in ["GOV-RISK-1", "GOV-COI-1", "NAT-ENG-1", "SWK-WS-3", "LEW-LEAD-2", "LEW-PLAN-1", "GOV-FIN-1",
                     "NAT-FIN-2", "LEW-MEM-2", "SWK-TRN-1", "SWK-GOV-8", "SWK-MOU-1", "SWK-FIN-2", "SWK-FIN-3",
                     "SWK-OUT-2", "SWK-ENG-1"] {
            #expect(rules.contains(rule), "\(rule) should find the deliberate breach")
        }
        let february = Set(try Self.actualRows(asOf: "2022-02-01").map(\.rule))
        #expect(february.contains("SEL-LCP-9"), "SEL-LCP-9 should find the place lead agreed after December 2021")
        #expect(february.contains("SWK-WS-4"), "SWK-WS-4 should find Care Well's missing progress updates")
    }

    @Test("Everyone in the example dataset is marked fictional")
    func fictionalPeople() throws {
        let file = try DataFile.read(Dataset.self, from: Self.examples.appendingPathComponent("sel-2022.yaml").path)
        #expect(!file.people.isEmpty)
        #expect(file.people.allSatisfy { $0.fictional })
    }

    @Test("The example arrangement meets every gateway requirement of Southwark's option 2b and not of 2a or 3")
    func exampleArrangement() throws {
        let registry = try Registry.standard()
        let arrangement = try DataFile.read(ProposedArrangement.self,
                                            from: Self.examples.appendingPathComponent("southwark-joint-appointment.yaml").path)
        let organisations = Dictionary(registry.dataset.organisations.map { ($0.id, $0) }) { first, _ in first }
        let verdicts = Dictionary(registry.dataset.options.filter { $0.place == arrangement.place }.map {
            ($0.label, $0.assess(arrangement, organisations: organisations).allMet)
        }) { first, _ in first }
        #expect(verdicts == ["1": false, "2a": false, "2b": true, "3": false])
    }
}
