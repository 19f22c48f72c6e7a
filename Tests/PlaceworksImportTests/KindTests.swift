import Foundation
import PlaceworksDomain
@testable import PlaceworksImport
import Testing

@Suite("Kinds: headers, aliases, mapping and the records each kind makes")
struct KindTests {
    @Test("Headers match ignoring case, spaces and punctuation")
    func normalising() {
        #expect(HeaderName.normalise("Risk owner") == HeaderName.normalise("RISK_OWNER"))
        #expect(HeaderName.normalise(" risk-owner ") == "riskowner")
        #expect(HeaderName.normalise("Lower CI 95.0 limit") == "lowerci950limit")
    }

    @Test("A risks file is told from its headers, with aliases; its rows become risks")
    func risks() throws {
        let scratch = try Scratch()
        let path = try scratch.write("register.csv", """
            Ref,Borough,Risk description,OWNER,L,I,Next review date,Date raised
            R1,Southwark,Workforce gaps in community nursing,,3,5,30/06/2025,2025-01-15
            R2,E09000023,Estates backlog,,2,2,,
            """)
        let importer = importing([path], into: try registered())
        #expect(importer.problems.isEmpty, "\(importer.problems.sorted)")
        #expect(importer.files.first?.kind == .risks)
        let risks = importer.batch.dataset.risks
        #expect(risks.map(\.id.rawValue) == ["R1", "R2"])
        #expect(risks[0].place == "E09000028")
        #expect(risks[0].score == 15)
        #expect(risks[0].reviewBy == "2025-06-30")
        #expect(risks[0].opened == "2025-01-15")
        #expect(risks[1].place == "E09000023")
    }

    @Test("Every bad value is reported with its row, column, value and reason")
    func badValues() throws {
        let scratch = try Scratch()
        let path = try scratch.write("register.csv", """
            Risk ID,Place,Title,Risk owner,Likelihood,Impact,Review by
            R1,Southwark,Fine,,3,3,2025-06-30
            R2,Atlantis,Unknown place,,3,3,
            R3,Southwark,Bad likelihood,,seven,3,
            R4,Southwark,Bad date,,3,3,31/02/2025
            R5,Southwark,Unknown owner,Nobody Known,3,9,
            R1,Southwark,Fine,,3,3,2025-06-30
            R6,Southwark,,,3,3,
            """)
        let importer = importing([path], into: try registered())
        let problems = importer.problems.sorted
        func at(_ row: Int) -> [ImportProblem] { problems.filter { $0.row == row } }
        #expect(at(2).isEmpty)
        #expect(at(3).first?.column == "Place")
        #expect(at(3).first?.value == "Atlantis")
        #expect(at(4).first?.column == "Likelihood")
        #expect(at(4).first?.reason.contains("whole number") == true)
        #expect(at(5).first?.column == "Review by")
        #expect(at(5).first?.value == "31/02/2025")
        #expect(at(5).first?.reason.contains("no such day") == true)
        #expect(Set(at(6).compactMap(\.column)) == ["Risk owner", "Impact"])
        #expect(at(7).first?.reason.contains("repeats row 2") == true)
        #expect(at(8).first?.column == "Title")
        #expect(problems.map { $0.row ?? 0 } == problems.map { $0.row ?? 0 }.sorted())
        #expect(problems.allSatisfy { $0.file == path })
    }

    @Test("A required column missing, or a file of the wrong kind, is reported")
    func wrongKind() throws {
        let scratch = try Scratch()
        let risks = try scratch.write("risks.csv", "Risk ID,Place,Likelihood\nR1,Southwark,3\n")
        var importer = importing([risks], into: try registered(), options: ImportOptions(kind: .risks))
        #expect(importer.problems.sorted.first?.column == "Title")
        #expect(importer.problems.sorted.first?.row == 1)
        let fingertips = realFile("fingertips-export-county-ua.csv")
        importer = importing([fingertips], into: try registered(), options: ImportOptions(kind: .milestones))
        #expect(importer.problems.sorted.first?.reason.contains("milestones file needs") == true)
        let unknown = try scratch.write("other.csv", "Colour,Shape\nred,round\n")
        importer = importing([unknown], into: try registered())
        #expect(importer.problems.sorted.first?.reason.contains("cannot tell what this file holds") == true)
        let etr = realFile("etr.csv")
        importer = importing([etr], into: try registered(), options: ImportOptions(kind: .risks))
        #expect(importer.problems.count == 1)
    }

    @Test("A mapping file names a team's own headers")
    func mapping() throws {
        let scratch = try Scratch()
        let path = try scratch.write("ours.csv", "Thing that could go wrong,Where\nFlooding of the hub,Southwark\n")
        let mappingPath = try scratch.write("mapping.yaml", "Thing that could go wrong: Title\nWhere: Place\n")
        let importer = importing([path], into: try registered(),
                                 options: ImportOptions(kind: .risks, mapping: try HeaderMapping.load(mappingPath)))
        #expect(importer.problems.isEmpty)
        #expect(importer.batch.dataset.risks.first?.title == "Flooding of the hub")
        #expect(importer.batch.dataset.risks.first?.place == "E09000028")
        #expect(throws: ImportProblem.self) { try HeaderMapping.load(scratch.write("bad.yaml", "- not\n- a mapping\n")) }
    }

    @Test("The real ODS trust extract: headerless, told by its shape; registered trusts keep their names")
    func odsTrusts() throws {
        let dataset = try registered()
        let importer = importing([realFile("etr.csv")], into: dataset)
        #expect(importer.problems.isEmpty, "\(importer.problems.sorted.prefix(3))")
        #expect(importer.files.first?.kind == .ods)
        #expect(importer.files.first?.rows == 273)
        let organisations = importer.batch.dataset.organisations
        #expect(organisations.count == 273)
        let guys = try #require(organisations.first { $0.id == "RJ1" })
        #expect(guys.name == dataset.organisations.first { $0.id == "RJ1" }?.name)
        #expect(guys.odsCode == "RJ1")
        let manchester = try #require(organisations.first { $0.id == "R0A" })
        #expect(manchester.name == "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST")
        #expect(manchester.period.start == "2017-10-01")
        #expect(manchester.statutory)
        #expect(manchester.ics == nil, "the extract's health geography is not taken as ICS membership")
    }

    @Test("The real ODS commissioner extract: ICBs and sub-ICB locations with their open and close dates")
    func odsCommissioners() throws {
        let importer = importing([realFile("eccg.csv")], into: try registered())
        #expect(importer.problems.isEmpty)
        #expect(importer.batch.dataset.organisations.count == 320)
        let southwarkCCG = try #require(importer.batch.dataset.organisations.first { $0.id == "08Q" })
        #expect(southwarkCCG.period.end == "2020-03-31")
        #expect(southwarkCCG.sectors == [.icb])
        let subICB = try #require(importer.batch.dataset.organisations.first { $0.id == "D7Z1O" })
        #expect(subICB.period.start == "2024-04-01")
    }

    @Test("A GP practice extract (epraccur layout) is placed by its commissioner")
    func odsPractices() throws {
        var dataset = try registered()
        dataset.organisations.append(Organisation(id: "D7Z1O", name: "Southwark sub-ICB", sectors: [.icb], statutory: true,
                                                  odsCode: "D7Z1O", place: "E09000028"))
        let scratch = try Scratch()
        var fields = Array(repeating: "", count: 27)
        fields[0] = "G85001"; fields[1] = "EXAMPLE SURGERY"; fields[3] = "QKK"; fields[10] = "19740401"
        fields[12] = "A"; fields[14] = "D7Z1O"; fields[25] = "4"
        let path = try scratch.write("epraccur.csv", fields.map { "\"\($0)\"" }.joined(separator: ",") + "\n")
        let importer = importing([path], into: dataset)
        #expect(importer.problems.isEmpty)
        let practice = try #require(importer.batch.dataset.organisations.first)
        #expect(practice.sectors == [.primaryCare])
        #expect(practice.place == "E09000028")
        #expect(!practice.statutory)
    }

    @Test("The real Fingertips export: SEL places' values become indicators; other areas and breakdowns are left out")
    func fingertips() throws {
        let path = realFile("fingertips-export-county-ua.csv")
        let importer = importing([path], into: try registered())
        #expect(importer.problems.isEmpty, "\(importer.problems.sorted.prefix(3))")
        #expect(importer.files.first?.kind == .indicators)
        let indicators = importer.batch.dataset.indicators
        let southwark = try #require(indicators.first { $0.id == "ft-93356-e09000028" })
        #expect(southwark.place == "E09000028")
        #expect(southwark.fingertipsID == 93356)
        #expect(southwark.name == "Campylobacter incidence rate/100,000")
        #expect(southwark.observations.isEmpty, "observations are not part of the indicator record")
        let observations = try spooled(importer, path)
        #expect(observations.count == importer.files.first?.observations)
        let first = try #require(observations.first { $0.indicator == "ft-93356-e09000028" && $0.period == "2015" })
        #expect(first.day == "2015-12-31")
        #expect(abs(first.value - 44.3507790521882) < 1e-9)
        #expect(first.lower != nil)
        #expect(first.row > 1)
        #expect(observations.map(\.row) == observations.map(\.row).sorted(), "in file-row order")
        #expect(Set(indicators.compactMap(\.place)).count == 6)
        #expect(importer.files.first?.notes.contains { $0.contains("not places in the store") } == true)
    }

    @Test("The 27-column Fingertips layout (with Time period range) reads the same")
    func fingertips27() throws {
        let scratch = try Scratch()
        let header = FingertipsReader.columns.map(\.name).joined(separator: ",")
        var row = Array(repeating: "", count: 27)
        row[0] = "90366"; row[1] = "Life expectancy at birth"; row[4] = "E09000023"; row[6] = "County & UA"
        row[7] = "Male"; row[8] = "All ages"; row[11] = "2019 - 21"; row[12] = "78.4"; row[26] = "3y"
        let path = try scratch.write("ft27.csv", header + "\n" + row.joined(separator: ",") + "\n")
        let importer = importing([path], into: try registered())
        #expect(importer.problems.isEmpty)
        let indicator = try #require(importer.batch.dataset.indicators.first)
        #expect(indicator.id == "ft-90366-e09000023-male")
        #expect(try spooled(importer, path).first?.day == "2021-12-31")
    }

    @Test("Financial years and time periods are read in their common forms")
    func periods() {
        #expect(BudgetLineReader.financialYear("2025-26") == "2025/26")
        #expect(BudgetLineReader.financialYear("2025/2026") == "2025/26")
        #expect(BudgetLineReader.financialYear("2025/27") == nil)
        #expect(FingertipsReader.date(period: "2019/20", sortable: nil) == "2020-03-31")
        #expect(FingertipsReader.date(period: "2016/17 - 18/19", sortable: nil) == "2019-03-31")
        #expect(FingertipsReader.date(period: "2099/00", sortable: nil) == "2100-03-31")
        #expect(DayParser.parse("01/04/2024") == "2024-04-01")
        #expect(DayParser.parse("20240401") == "2024-04-01")
        #expect(DayParser.parse("45383") == "2024-04-01")
        #expect(DayParser.parse("2024-13-01") == nil)
    }

    @Test("Budget lines group into one budget per place and year; milestones and a roster read their columns")
    func otherKinds() throws {
        let scratch = try Scratch()
        let budget = try scratch.write("budget.csv", """
            Place,FY,Service area,Amount (£)
            Southwark,2025-26,Community health,"£1,250,000"
            Southwark,2025/26,Prescribing,(5000)
            Lewisham,2025/26,Community health,900000
            Lewisham,2025/26,Pence,12.50
            """)
        var importer = importing([budget], into: try registered())
        #expect(importer.problems.sorted.map(\.row) == [5])
        #expect(importer.problems.sorted.first?.column == "Amount (£)")

        let milestones = try scratch.write("plan.csv", """
            Place,Milestone,Due date,RAG
            Southwark,Open three family hubs,2025-09-30,amber
            Southwark,Publish the plan,2025-05-01,purple
            """)
        importer = importing([milestones], into: try registered())
        #expect(importer.files.first?.kind == .milestones)
        #expect(importer.batch.dataset.milestones.first?.status == .atRisk)
        #expect(importer.problems.sorted.first?.row == 3)
        #expect(importer.problems.sorted.first?.column == "RAG")

        let roster = try scratch.write("roster.csv", """
            Board,Seat,Name,Representing,Job title,From,To
            swk-pssb,Director of Public Health,Ada Example,southwark-council,Director of Public Health,2025-04-01,
            swk-pssb,No such seat,Ben Example,,,2025-04-01,
            Nowhere Board,Chair,Cy Example,,,,
            swk-pssb,VCSE sector,Di Example,No Such Org,,2025-04-01,2025-03-01
            """)
        importer = importing([roster], into: try registered())
        #expect(importer.files.first?.kind == .roster)
        let problems = importer.problems.sorted
        #expect(problems.first { $0.row == 3 }?.column == "Seat")
        #expect(problems.first { $0.row == 4 }?.column == "Board")
        #expect(Set(problems.filter { $0.row == 5 }.compactMap(\.column)) == ["Representing", "To"])
        let membership = try #require(importer.batch.dataset.memberships.first)
        #expect(membership.seat == "swk-pssb-seat-dph")
        #expect(membership.period.start == "2025-04-01")
        #expect(importer.batch.dataset.people.first?.posts.first?.organisation == "southwark-council")
    }
}

@Suite("docs/import.md")
struct ImportDocumentationTests {
    @Test("The page's table of kinds and columns is what `place-import kinds` prints (regenerate it from there)")
    func catalogueIsCurrent() throws {
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/import.md"), encoding: .utf8)
        #expect(page.contains(KindCatalogue.markdown()))
    }
}
