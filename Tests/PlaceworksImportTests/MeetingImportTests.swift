import Foundation
import PlaceworksDomain
import PlaceworksImport
import PlaceworksStore
import Testing

@Suite("Meetings: attendance, declarations of interest and decisions")
struct MeetingImportTests {
    static let roster = """
        Body,Seat,Person,Organisation,Role,Start,Deputy
        swk-pssb,Director of Public Health,Ada Example,southwark-council,Director of Public Health,2025-04-01,Ben Example
        """

    static let minutes = """
        Body,Date,Session,Person,Attendance,Standing in for,Item,Item title,Decision,Interest,Withdrew
        swk-pssb,14/05/2025,public,Ada Example,member,,,,,,
        swk-pssb,14/05/2025,,Ben Example,apologies,,,,,,
        swk-pssb,14/05/2025,,,,,5,Community diagnostics hub,Approved the business case,,
        swk-pssb,14/05/2025,,Ada Example,,,5,,,Trustee of a charity bidding for the hub,yes
        """

    @Test("Minutes import as one meeting with its attendance, declarations and decisions; twice changes nothing")
    func minutes() async throws {
        let scratch = try Scratch()
        let store = try await scratch.seededStore()
        let roster = try scratch.write("roster.csv", Self.roster)
        let minutes = try scratch.write("minutes.csv", Self.minutes)
        #expect(await ImportCommand.run([roster, "--store", store]) == 0)
        let read = importing([minutes], into: try await scratch.dataset())
        #expect(read.files.first?.kind == .meetings, "the kind is told from the headers")
        #expect(await ImportCommand.run([minutes, "--store", store]) == 0)
        let data = try await scratch.dataset()
        let meeting = try #require(data.meetings.first { $0.id == "swk-pssb-2025-05-14" })
        #expect(meeting.body == "swk-pssb" && meeting.date == "2025-05-14" && meeting.session == .public)
        #expect(meeting.attendance.map(\.capacity) == [.member, .apologies])
        #expect(meeting.declarations.count == 1 && meeting.declarations.first?.item == "5")
        let item = try #require(meeting.items.first)
        #expect(item.title == "Community diagnostics hub")
        #expect(item.decision?.summary == "Approved the business case")
        #expect(item.decision?.public == true)
        #expect(item.decision?.excluded == meeting.declarations.map(\.person), "the declarer withdrew from the decision")
        #expect(data.problems().isEmpty)

        let once = try await scratch.storeState()
        #expect(await ImportCommand.run([minutes, "--store", store]) == 0)
        let twice = try await scratch.storeState()
        #expect(twice.records == once.records && twice.audit == once.audit)
    }

    @Test("Bad minutes: every problem by row and column, and nothing written")
    func badMinutes() async throws {
        let scratch = try Scratch()
        let store = try await scratch.seededStore()
        let roster = try scratch.write("roster.csv", Self.roster)
        #expect(await ImportCommand.run([roster, "--store", store]) == 0)
        let bad = try scratch.write("minutes.csv", """
            Body,Date,Person,Attendance,Item,Interest
            swk-pssb,2025-05-14,Nobody Known,member,,
            swk-pssb,2025-05-14,Ada Example,,,A declared interest
            swk-pssb,2025-05-14,Ada Example,late,,
            swk-pssb,2025-13-14,,,5,
            swk-pssb,2025-05-14,,,,
            """)
        let before = try await scratch.storeState()
        #expect(await ImportCommand.run([bad, "--store", store]) == 2)
        let after = try await scratch.storeState()
        #expect(after.records == before.records && after.audit == before.audit)
        let problems = importing([bad], into: try await scratch.dataset()).problems.sorted
        #expect(problems.map(\.row) == [2, 3, 4, 5, 6])
        #expect(problems.map(\.column) == ["Person", "Item", "Attendance", "Date", nil])
        #expect(problems[0].value == "Nobody Known")
    }

    @Test("The meetings template imports into a store made by place init")
    func template() async throws {
        let scratch = try Scratch()
        let store = try await scratch.seededStore()
        let path = try scratch.write("meetings.csv", ImportTemplate.csv(.meetings))
        #expect(await ImportCommand.run([path, "--store", store]) == 0)
        #expect(try await scratch.dataset().meetings.contains { $0.body == "swk-pssb" && $0.date == "2025-05-14" })
    }
}
