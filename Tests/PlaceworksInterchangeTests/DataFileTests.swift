import Foundation
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksTestSupport
import Testing

/// Writes `text` to a fresh temporary file with the given extension and returns its path.
func temporaryFile(_ text: String, extension ext: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("placeworks-interchange-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("data.\(ext)").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Suite("Reading data files")
struct DataFileTests {
    @Test("A dataset written as JSON reads back identical")
    func jsonRoundTrip() throws {
        let world = TestWorld.dataset
        let path = try temporaryFile(try DataFile.encode(world, format: .json), extension: "json")
        #expect(try DataFile.read(Dataset.self, from: path) == world)
    }

    @Test("A dataset written as YAML reads back identical")
    func yamlRoundTrip() throws {
        let world = TestWorld.dataset
        let path = try temporaryFile(try DataFile.encode(world, format: .yaml), extension: "yaml")
        #expect(try DataFile.read(Dataset.self, from: path) == world)
    }

    @Test("Lists and yes/no fields may be left out")
    func defaults() throws {
        let path = try temporaryFile("""
            people:
              - id: p1
                name: Alex Example
            """, extension: "yml")
        let data = try DataFile.read(Dataset.self, from: path)
        #expect(data.people.count == 1)
        #expect(data.people[0].fictional == false)
        #expect(data.people[0].posts.isEmpty)
        #expect(data.bodies.isEmpty)
    }

    @Test("A missing file is named with the reason")
    func missingFile() {
        #expect(throws: InterchangeError.unreadable(file: "/nonexistent/x.json", reason: "there is no such file")) {
            try DataFile.read(Dataset.self, from: "/nonexistent/x.json")
        }
    }

    @Test("A file that is neither JSON nor YAML by name is refused")
    func unsupported() throws {
        let path = try temporaryFile("a,b\n", extension: "csv")
        #expect(throws: InterchangeError.unsupportedFormat(file: path)) {
            try DataFile.read(Dataset.self, from: path)
        }
    }

    @Test("Broken JSON is reported as malformed, with where it broke")
    func malformedJSON() throws {
        let path = try temporaryFile("{\"people\": [ {\"id\": \"p1\", ]}", extension: "json")
        do {
            _ = try DataFile.read(Dataset.self, from: path)
            Issue.record("expected an error")
        } catch {
            guard case let .malformed(file, reason) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == path)
            #expect(!reason.isEmpty)
        }
    }

    @Test("A missing required field names its location")
    func missingField() throws {
        let path = try temporaryFile("""
            seats:
              - id: s1
                body: b1
            """, extension: "yaml")
        #expect(throws: InterchangeError.invalid(file: path, location: "seats[0]",
                                                 reason: "the required field “title” is missing")) {
            try DataFile.read(Dataset.self, from: path)
        }
    }

    @Test("A value of the wrong type names its location and what was expected")
    func wrongType() throws {
        let path = try temporaryFile(#"{"risks": [{"id": "r1", "title": "T", "likelihood": "high"}]}"#, extension: "json")
        #expect(throws: InterchangeError.invalid(file: path, location: "risks[0].likelihood",
                                                 reason: "expected a whole number here")) {
            try DataFile.read(Dataset.self, from: path)
        }
    }

    @Test("A bad date names its location")
    func badDate() throws {
        let path = try temporaryFile(#"{"milestones": [{"id": "m1", "title": "T", "due": "31/03/2022"}]}"#, extension: "json")
        do {
            _ = try DataFile.read(Dataset.self, from: path)
            Issue.record("expected an error")
        } catch {
            guard case let .invalid(_, location, reason) = error else { Issue.record("wrong error \(error)"); return }
            #expect(location == "milestones[0].due")
            #expect(reason.contains("YYYY-MM-DD"))
        }
    }

    @Test("A misspelt field is refused, not silently dropped")
    func unknownField() throws {
        let path = try temporaryFile("""
            people:
              - id: p1
                name: Alex Example
                fictionl: true
            """, extension: "yaml")
        #expect(throws: InterchangeError.unknownField(file: path, location: "people[0].fictionl")) {
            try DataFile.read(Dataset.self, from: path)
        }
    }
}

@Suite("Laying a dataset file over registered data")
struct DatasetFileTests {
    @Test("A record restated by identifier replaces the registered one; new records are added")
    func overlay() throws {
        let path = try temporaryFile("""
            risks:
              - id: tb-risk-1
                title: Workforce shortages (restated)
                place: E09000999
            people:
              - id: new-person
                name: New Person
                fictional: true
            """, extension: "yaml")
        let merged = try DatasetFile.load(path, over: TestWorld.dataset)
        #expect(merged.risks.first { $0.id == "tb-risk-1" }?.title == "Workforce shortages (restated)")
        #expect(merged.risks.count == TestWorld.dataset.risks.count)
        #expect(merged.people.count == TestWorld.dataset.people.count + 1)
    }

    @Test("A reference to a record that exists nowhere is refused with the record and field")
    func danglingReference() throws {
        let path = try temporaryFile("""
            memberships:
              - id: m-new
                seat: no-such-seat
                person: tb-person-dph
            """, extension: "yaml")
        do {
            _ = try DatasetFile.load(path, over: TestWorld.dataset)
            Issue.record("expected an error")
        } catch {
            guard case let .inconsistent(file, problems) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == path)
            #expect(problems.contains { $0.contains("m-new") && $0.contains("seat") && $0.contains("no-such-seat") })
        }
    }

    @Test("The same identifier twice in one file is refused")
    func duplicateInFile() throws {
        let path = try temporaryFile("""
            people:
              - {id: p1, name: One}
              - {id: p1, name: Two}
            """, extension: "yaml")
        #expect(throws: InterchangeError.self) { try DatasetFile.load(path, over: Dataset()) }
    }
}

@Suite("Reading the records added in schema version 8")
struct AddedRecordFileTests {
    @Test("New kinds read from a file; fields left out mean not recorded, an empty list is recorded as empty")
    func newKinds() throws {
        let path = try temporaryFile("""
            bodies:
              - id: b1
                name: Committee
                kind: committee
                decisionMaking: true
                terms:
                  - version: "1"
                    adopted: 2022-04-01
                    disagreementProcedure: Referred to the chairs of the partner boards
                    seatsWithoutDecisionRights: []
              - id: b2
                name: Other committee
                kind: committee
                decisionMaking: true
                terms:
                  - version: "1"
                    adopted: 2022-04-01
            funds:
              - id: f1
                name: Better Care Fund
                arrangement: pooled
                purpose: better-care-fund
                contributions:
                  - {organisation: icb, financialYear: "2022/23", amount: 1000}
                totals:
                  - {financialYear: "2022/23", amount: 1000, minimumNHSContribution: 900}
                riskShare: {noneAgreed: true}
            approvals:
              - id: a1
                subject: {kind: body, id: b1}
                version: "1"
                matter: terms-of-reference
                date: 2022-04-20
            """, extension: "yaml")
        let data = try DataFile.read(Dataset.self, from: path)
        #expect(data.bodies[0].terms[0].seatsWithoutDecisionRights == [])
        #expect(data.bodies[1].terms[0].seatsWithoutDecisionRights == nil)
        #expect(data.bodies[1].terms[0].disagreementProcedure == nil)
        #expect(data.funds[0].total(in: "2022/23")?.minimumNHSContribution == 900)
        #expect(data.funds[0].riskShare?.noneAgreed == true)
        #expect(data.funds[0].gainShare == nil)
        #expect(data.approvals[0].subject == RecordReference(kind: .body, id: "b1"))
        #expect(data.approvals[0].action == nil)
    }

    @Test("A file written before the new kinds and fields reads with them empty or not recorded")
    func olderFile() throws {
        let path = try temporaryFile("""
            memberships:
              - id: m1
                seat: s1
                person: p1
            """, extension: "yaml")
        let data = try DataFile.read(Dataset.self, from: path)
        #expect(data.memberships[0].authorityToDecide == nil)
        #expect(data.funds.isEmpty && data.approvals.isEmpty && data.recruitments.isEmpty)
    }
}
