import Foundation
import PlaceworksDomain
@testable import PlaceworksImport
import Testing

@Suite("JSON and YAML lists of rows, encodings through the importer, progress")
struct StructuredReaderTests {
    @Test("A JSON list of rows imports like a CSV; numbers and booleans read as text")
    func json() throws {
        let scratch = try Scratch()
        let path = try scratch.write("risks.json", """
            [{"Risk ID": "j1", "Title": "Workforce gaps", "Place": "Southwark", "Likelihood": 3, "Impact": 4.0},
             {"Risk ID": "j2", "Title": "Estates backlog", "Place": "E09000023", "Likelihood": "seven"}]
            """)
        let importer = importing([path], into: try registered())
        #expect(importer.files.first?.kind == .risks)
        #expect(importer.batch.dataset.risks.first?.score == 12)
        let problem = try #require(importer.problems.sorted.first)
        #expect(problem.row == 3)
        #expect(problem.column == "Likelihood")
        #expect(problem.value == "seven")
    }

    @Test("A YAML list of rows imports; a YAML mapping that is not a list is refused")
    func yaml() throws {
        let scratch = try Scratch()
        let path = try scratch.write("plan.yaml", """
            - Place: Southwark
              Title: Open three family hubs
              Due: 2025-09-30
              Status: in progress
            """)
        let importer = importing([path], into: try registered())
        #expect(importer.problems.isEmpty, "\(importer.problems.sorted)")
        #expect(importer.batch.dataset.milestones.first?.status == .inProgress)
        #expect(importer.batch.dataset.milestones.first?.due == "2025-09-30")
        let notList = try scratch.write("bad.yaml", "Title: one risk\n")
        let refused = importing([notList], into: try registered())
        #expect(refused.problems.sorted.first?.reason.contains("list of rows") == true)
        let broken = try scratch.write("bad.json", "[{\"Title\": ")
        #expect(importing([broken], into: try registered()).problems.sorted.first?.reason.contains("not well-formed") == true)
    }

    @Test("A Windows-1252 file is refused by default, naming the column by its header, and imports when converted")
    func encodingThroughImporter() throws {
        let scratch = try Scratch()
        let bytes = Data("Place,Financial year,Category,Amount\nSouthwark,2025/26,Caf".utf8) + Data([0xE9])
            + Data(" services,1000\n".utf8)
        let path = try scratch.write("budget.csv", bytes)
        let refused = importing([path], into: try registered())
        let problem = try #require(refused.problems.sorted.first)
        #expect(problem.row == 2)
        #expect(problem.column == "Category")
        #expect(problem.reason.contains("Windows-1252"))
        let converted = importing([path], into: try registered(), options: ImportOptions(encoding: .windows1252))
        #expect(converted.problems.isEmpty)
        #expect(converted.batch.dataset.budgets.first?.lines.first?.category == "Café services")
    }

    @Test("The importer reports its progress through a file, and finishes each file")
    func progress() throws {
        final class Updates: @unchecked Sendable {
            let lock = NSLock()
            var list: [ImportProgress] = []
            func add(_ update: ImportProgress) { lock.lock(); list.append(update); lock.unlock() }
        }
        let updates = Updates()
        var importer = Importer(into: try registered())
        importer.progress = { updates.add($0) }
        importer.read(realFile("fingertips-export-county-ua.csv"))
        #expect(updates.list.last?.finished == true)
        #expect(updates.list.last?.rows == 852)
        let position = try #require(updates.list.last?.position)
        #expect(position.done == position.total)
        #expect(ProgressBar(enabled: false).enabled == false)
    }

    @Test("Problems beyond the cap are counted, not listed")
    func cap() throws {
        let scratch = try Scratch()
        let rows = (1...30).map { "Risk \($0),Atlantis" }.joined(separator: "\n")
        let path = try scratch.write("risks.csv", "Title,Place\n" + rows + "\n")
        let importer = importing([path], into: try registered(), options: ImportOptions(problemCap: 10))
        #expect(importer.problems.count == 30)
        #expect(importer.problems.kept.count == 10)
        #expect(importer.problems.omitted == 20)
        let report = ImportReport(outcome: .refused, files: importer.files, plan: nil, problems: importer.problems)
        #expect(report.text.contains("… and 20 more."))
        #expect(report.text.contains("30 problems"))
    }
}
