import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksImport
import PlaceworksStore
import Testing

@Suite("Importing into the store: dry run, idempotence, nothing written on bad input")
struct StoreImportTests {
    static let risks = """
        Risk ID,Place,Title,Likelihood,Impact
        imp-r1,Southwark,Workforce gaps in community nursing,3,5
        imp-r2,Lewisham,Estates backlog,2,2
        """

    @Test("A dry run reports what would be added and writes nothing")
    func dryRun() async throws {
        let scratch = try Scratch()
        let store = try await scratch.seededStore()
        let path = try scratch.write("risks.csv", Self.risks)
        let before = try await scratch.storeState()
        #expect(await ImportCommand.run([path, "--store", store, "--dry-run"]) == 0)
        let after = try await scratch.storeState()
        #expect(after.records == before.records)
        #expect(after.audit == before.audit)
    }

    @Test("Importing the same file twice changes nothing the second time")
    func idempotent() async throws {
        let scratch = try Scratch()
        let store = try await scratch.seededStore()
        let path = try scratch.write("risks.csv", Self.risks)
        #expect(await ImportCommand.run([path, "--store", store, "--actor", "tester"]) == 0)
        let first = try await scratch.storeState()
        let risk = try #require(try await scratch.dataset().risks.first { $0.id == "imp-r1" })
        #expect(risk.score == 15)
        #expect(await ImportCommand.run([path, "--store", store]) == 0)
        let second = try await scratch.storeState()
        #expect(second.records == first.records)
        #expect(second.audit == first.audit)
    }

    @Test("The plan counts added, changed and unchanged records")
    func counts() async throws {
        let scratch = try Scratch()
        let store = try await scratch.seededStore()
        let path = try scratch.write("risks.csv", Self.risks)
        #expect(await ImportCommand.run([path, "--store", store]) == 0)
        let changed = try scratch.write("risks2.csv", """
            Risk ID,Place,Title,Likelihood,Impact
            imp-r1,Southwark,Workforce gaps in community nursing,2,5
            imp-r2,Lewisham,Estates backlog,2,2
            imp-r3,Bexley,Digital records,4,4
            """)
        let opened = try await StoreLocation.sqlite(path: store).open()
        let report = try await opened.closing { store in
            try await ImportRun(destination: StoreDestination(Engine(store: store, registry: try Registry.standard())),
                                options: ImportOptions(), actor: "tester")
                .run(files: [changed], dryRun: true)
        }
        #expect(report.outcome == .dryRun)
        #expect(report.added == 1)
        #expect(report.changed == 1)
        #expect(report.unchanged == 1)
        #expect(report.changes.map(\.id) == ["imp-r3", "imp-r1"])
    }

    @Test("Real files twice: trusts, commissioners and Fingertips values import, then change nothing")
    func realFilesTwice() async throws {
        let scratch = try Scratch()
        let store = try await scratch.seededStore()
        let files = ["etr.csv", "eccg.csv", "fingertips-export-county-ua.csv"].map(realFile)
        #expect(await ImportCommand.run(files + ["--store", store]) == 0)
        let first = try await scratch.storeState()
        let data = try await scratch.dataset()
        #expect(data.organisations.contains { $0.id == "R0A" })
        #expect(data.indicators.contains { $0.id == "ft-93356-e09000028" })
        #expect(data.problems().isEmpty)
        #expect(await ImportCommand.run(files + ["--store", store]) == 0)
        let second = try await scratch.storeState()
        #expect(second.audit == first.audit)
    }

    @Test("Bad input of every kind: exit status 2 and the store unchanged", arguments: BadInput.allCases)
    func badInput(_ input: BadInput) async throws {
        let scratch = try Scratch()
        let store = try await scratch.seededStore()
        let path = try input.write(in: scratch)
        let before = try await scratch.storeState()
        let good = try scratch.write("good.csv", Self.risks)
        #expect(await ImportCommand.run([good, path, "--store", store] + input.options) == 2)
        let after = try await scratch.storeState()
        #expect(after.records == before.records)
        #expect(after.audit == before.audit)

        var importer = Importer(into: try registered(), options: ImportOptions(kind: input.kind))
        importer.read(path)
        let problem = try #require(importer.problems.sorted.first)
        #expect(problem.file == path)
        #expect(problem.row == input.row)
        #expect(problem.column == input.column)
    }

    @Test("The store's own objections are reported against the file and row that made the record")
    func storeObjection() throws {
        let scratch = try Scratch()
        let path = try scratch.write("risks.csv", Self.risks)
        let importer = importing([path], into: try registered())
        let problems = importer.problems(from: [DatasetProblem(record: "risks[0] (imp-r2)", field: "owner",
                                                                reason: "there is no person with the identifier x")])
        #expect(problems.first?.file == path)
        #expect(problems.first?.row == 3)
        #expect(problems.first?.reason.contains("there is no person") == true)
    }

    @Test("Usage errors: no store, no such file, an unreadable mapping — exit status 2")
    func usage() async throws {
        let scratch = try Scratch()
        let path = try scratch.write("risks.csv", Self.risks)
        #expect(await ImportCommand.run([path, "--store", scratch.storePath]) == 2, "no store yet")
        let store = try await scratch.seededStore()
        #expect(await ImportCommand.run([scratch.folder.appendingPathComponent("missing.csv").path, "--store", store]) == 2)
        #expect(await ImportCommand.run([path, "--store", store, "--mapping", "/nonexistent.yaml"]) == 2)
        #expect(await ImportCommand.run([path, "--store", store, "--kind", "nonsense"]) == 2)
    }
}

/// Every bad-input case the importer must report: where, and with nothing written.
enum BadInput: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case wrongType, badDate, unknownBody, unknownSeat, unknownOrganisation, unknownPlace, duplicateRow,
         missingColumn, invalidUTF8, truncatedXLSX, notXLSX, emptyFile, wrongKind

    var testDescription: String { rawValue }

    var kind: ImportKind? { self == .wrongKind ? .budgetLines : nil }
    var options: [String] { kind.map { ["--kind", $0.rawValue] } ?? [] }

    /// The row and column the first problem names.
    var row: Int? {
        switch self {
        case .missingColumn, .wrongKind: 1
        case .truncatedXLSX, .notXLSX, .emptyFile: nil
        case .duplicateRow: 3
        default: 2
        }
    }

    var column: String? {
        switch self {
        case .wrongType: "Likelihood"
        case .badDate: "Review by"
        case .unknownBody: "Body"
        case .unknownSeat: "Seat"
        case .unknownOrganisation: "Organisation"
        case .unknownPlace: "Place"
        case .missingColumn: "Due"
        case .invalidUTF8: "Place"
        case .wrongKind: "Financial year"
        case .duplicateRow, .truncatedXLSX, .notXLSX, .emptyFile: nil
        }
    }

    func write(in scratch: Scratch) throws -> String {
        let roster = "Body,Seat,Person,Organisation,Start\n"
        switch self {
        case .wrongType: return try scratch.write("bad.csv", "Title,Place,Likelihood\nA risk,Southwark,high\n")
        case .badDate: return try scratch.write("bad.csv", "Title,Place,Review by\nA risk,Southwark,2025-02-30\n")
        case .unknownBody: return try scratch.write("bad.csv", roster + "no-such-board,Chair,Ada Example,,2025-04-01\n")
        case .unknownSeat: return try scratch.write("bad.csv", roster + "swk-pssb,Chair of Everything,Ada Example,,\n")
        case .unknownOrganisation:
            return try scratch.write("bad.csv", roster + "swk-pssb,VCSE sector,Ada Example,No Such Charity,\n")
        case .unknownPlace: return try scratch.write("bad.csv", "Title,Place\nA risk,Atlantis\n")
        case .duplicateRow: return try scratch.write("bad.csv", "Title,Place\nA risk,Southwark\nA risk,Southwark\n")
        case .missingColumn: return try scratch.write("bad.csv", "Milestone ID,Title,Status\nm1,Open the hub,planned\n")
        case .invalidUTF8:
            return try scratch.write("bad.csv", Data("Title,Place\nA risk,".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8))
        case .truncatedXLSX:
            let whole = try ImportTemplate.xlsx(.risks)
            return try scratch.write("bad.xlsx", whole.prefix(whole.count / 2))
        case .notXLSX: return try scratch.write("bad.xlsx", "Title,Place\nA risk,Southwark\n")
        case .emptyFile: return try scratch.write("bad.csv", "")
        case .wrongKind: return try scratch.write("bad.csv", "Title,Place\nA risk,Southwark\n")
        }
    }
}
