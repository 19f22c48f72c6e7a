import Foundation
@testable import PlaceworksCommands
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksTestSupport
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let exampleData = repositoryRoot.appendingPathComponent("examples/sel-2022.yaml").path

@Suite("place check")
struct CheckOutputTests {
    /// The example's report, with the extensions it was written for (``ExampleScope``).
    func exampleReport() throws -> (Report, Dataset) {
        let registry = try ExampleScope.registry(of: placeworksExtensions)
        let dataset = try DatasetFile.load(exampleData, over: registry.dataset)
        return (registry.check(dataset, asOf: "2022-04-01"), dataset)
    }

    /// Bexley has only a warning before 1 April 2022; from then the SEL rules report its missing LCP (errors).
    @Test("Error-level findings exit with status 1; warnings only with status 0")
    func exitStatus() async {
        #expect(await PlaceCommand.run(["check", "--data", exampleData, "--as-of", "2022-04-01", "--format", "json"]) == 1)
        #expect(await PlaceCommand.run(["check", "--data", exampleData, "--as-of", "2021-12-01", "--place", "Bexley"]) == 0)
    }

    @Test("Plain text fits 80 columns, groups by place then body, and ends with a summary")
    func textLayout() async throws {
        let (report, dataset) = try exampleReport()
        let text = TextReport(report: report, dataset: dataset, style: .plain).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "a line is wider than 80 columns")
        #expect(!text.contains("\u{1B}["), "plain output must carry no colour codes")
        let southwark = try #require(lines.firstIndex(of: "Southwark (E09000028)"))
        let lewisham = try #require(lines.firstIndex(of: "Lewisham (E09000023)"))
        #expect(lewisham < southwark, "places are ordered by ONS code")
        #expect(lines.contains("  Partnership Southwark Strategic Board"))
        #expect(lines.contains { $0.contains("GOV-COI-1") })
        // The counts are those of the example's documented findings (examples/README.md), not copied output.
        let documented = try documentedSeverities(asOf: "2022-04-01")
        let errors = documented.filter { $0 == "error" }.count, warnings = documented.filter { $0 == "warning" }.count
        let notes = documented.filter { $0 == "info" }.count
        #expect(errors > 0 && warnings > 0)
        #expect(text.hasSuffix("Summary: \(errors) errors, \(warnings) warnings, \(notes) notes from \(report.rulesChecked) rules, "
            + "in 6 places.\n"))
    }

    /// The severities of the rows of the "Every finding" table of examples/README.md as of `asOf`.
    func documentedSeverities(asOf: String) throws -> [String] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("examples/README.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> String? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, cells[0] == asOf else { return nil }
            return cells[2]
        }
    }

    @Test("On a terminal the severity is coloured")
    func colour() async throws {
        let (report, dataset) = try exampleReport()
        let text = TextReport(report: report, dataset: dataset, style: TextStyle(colour: true)).render()
        #expect(text.contains("\u{1B}[31merror"))
    }

    @Test("JSON output is the report: every finding with rule, severity, message, subject and citation")
    func json() async throws {
        let (report, _) = try exampleReport()
        let decoded = try JSONDecoder().decode(Report.self, from: Data(try DataFile.encode(report, format: .json).utf8))
        #expect(decoded == report)
        #expect(decoded.findings.allSatisfy { !$0.citations.isEmpty && !$0.message.isEmpty })
    }

    @Test("Long text wraps at word boundaries within the width")
    func wrapping() async {
        let lines = wrap(String(repeating: "governance ", count: 20), width: 40, indent: 4)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 40 && $0.hasPrefix("    ") })
    }
}

@Suite("place list and place assess")
struct ListAndAssessTests {
    @Test("Every kind lists with text and JSON output")
    func everyKind() async {
        for kind in Listing.Kind.allCases {
            for format in ["text", "json"] {
                #expect(await PlaceCommand.run(["list", kind.rawValue, "--data", exampleData, "--as-of", "2022-04-01",
                                          "--format", format]) == 0, "list \(kind.rawValue) --format \(format)")
            }
        }
    }

    @Test("Listed seats show who holds them, and vacancies")
    func seats() async throws {
        let registry = try Registry.standard()
        let dataset = try DatasetFile.load(exampleData, over: registry.dataset)
        let before = Listing(kind: .seats, index: DatasetIndex(registry.dataset), place: "E09000023", asOf: "2022-04-01").table()
        let after = Listing(kind: .seats, index: DatasetIndex(dataset), place: "E09000023", asOf: "2022-04-01").table()
        let dph = { (table: Table) in table.rows.first { $0[0] == "Director of Public Health" }?[2] }
        #expect(dph(before) == "vacant")
        #expect(dph(after) == "Dr Imogen Pell (fictional)")
    }

    @Test("An arrangement naming an unknown organisation is refused with status 2")
    func unknownOrganisation() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("arrangement-\(UUID()).yaml").path
        try """
            name: Test
            place: E09000028
            placeLeadAppointedBy: [QKK, no-such-council]
            committee: {form: joint-committee, convenedBy: [QKK]}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(await PlaceCommand.run(["assess", path]) == 2)
        #expect(await PlaceCommand.run(["assess", repositoryRoot.appendingPathComponent("examples/southwark-joint-appointment.yaml").path]) == 0)
    }
}

@Suite("Tables: the terminal's width, names never cut")
struct TableTests {
    static let table = Table(headers: ["Member", "Seat", "Body"], optionalColumns: ["Body"], rows: [
        ["Morgan Ashdown-Featherstonehaugh (fictional)", "Director of Adult Social Services", "Lewisham Local Care Partnership Board"],
        ["Fenella Ruiz", "Place lead", "Lewisham Local Care Partnership Board"],
    ])

    @Test("piped output keeps every cell whole, one row a line")
    func piped() {
        let lines = Self.table.render(width: nil, style: .plain).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("Morgan Ashdown-Featherstonehaugh (fictional)"))
        #expect(!lines.joined().contains("…"))
    }

    @Test("a narrow terminal wraps cells at word boundaries within its width, without cutting a word")
    func wraps() {
        let text = Self.table.render(width: 70, style: .plain)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 70 }, "\(text)")
        #expect(!text.contains("…"))
        for word in ["Ashdown-Featherstonehaugh", "(fictional)", "Director", "Services", "Lewisham", "Partnership"] {
            #expect(text.contains(word), "\(word) is cut in\n\(text)")
        }
    }

    @Test("when even wrapping cannot fit, the least useful column goes first")
    func dropsOptionalColumns() {
        let text = Self.table.render(width: 40, style: .plain)
        #expect(!text.contains("Body"), "\(text)")
        #expect(text.contains("Ashdown-Featherstonehaugh") && text.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }
}
