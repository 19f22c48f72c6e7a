import PlaceworksDomain
import Foundation
import Testing

@Suite("Financial years and dates with precision")
struct FinancialYearTests {
    @Test("“2020/21” and the almost-right forms read as the year 1 April 2020 to 31 March 2021",
          arguments: ["2020/21", "2020-21", "2020/2021", "2020-2021", " 2020/21 "])
    func reads(_ text: String) throws {
        let year = try #require(FinancialYear(text))
        #expect(year.description == "2020/21")
        #expect(year.start == "2020-04-01")
        #expect(year.end == "2021-03-31")
    }

    @Test("Only “2020/21” is the standard form")
    func canonical() {
        #expect(FinancialYear.isCanonical("2020/21"))
        #expect(!FinancialYear.isCanonical("2020-21"))
    }

    @Test("Text that is not a financial year is refused", arguments: ["2020/22", "20/21", "last year", "", "1999/00x"])
    func refuses(_ text: String) {
        #expect(FinancialYear(text) == nil)
    }

    @Test("The turn of the century and the year containing a day")
    func edges() {
        let turn = "1999/00"
        #expect(FinancialYear(turn)?.description == "1999/00")
        #expect(FinancialYear(containing: "2022-03-31").description == "2021/22")
        #expect(FinancialYear(containing: "2022-04-01").description == "2022/23")
    }

    @Test("A financial year in a data file is read leniently and written the standard way; nonsense names the form")
    func coding() throws {
        let decoded = try JSONDecoder().decode([FinancialYear].self, from: Data(#"["2020-21"]"#.utf8))
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["2020\/21"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([FinancialYear].self, from: Data(#"["soon"]"#.utf8)) }
    }

    @Test("A budget's financial year is typed: written the standard way, read leniently, nonsense refused with the form")
    func budgetYear() throws {
        let json = #"{"id":"b","place":"E09000999","financialYear":"2020-21","lines":[]}"#
        let budget = try JSONDecoder().decode(Budget.self, from: Data(json.utf8))
        #expect(budget.financialYear == "2020/21")
        #expect(String(decoding: try JSONEncoder().encode(budget), as: UTF8.self).contains(#""financialYear":"2020\/21""#))
        let bad = #"{"id":"b","place":"E09000999","financialYear":"last year","lines":[]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Budget.self, from: Data(bad.utf8)) }
    }

    @Test("A milestone dated by month falls due at the month's end")
    func monthMilestone() {
        let milestone = Milestone(id: "m", title: "Plan agreed", due: "2020-08-01", precision: .month)
        #expect(milestone.deadline == "2020-08-31")
        #expect(!milestone.isOverdue(on: "2020-08-02"))
        #expect(!milestone.isOverdue(on: "2020-08-31"))
        #expect(milestone.isOverdue(on: "2020-09-01"))
        #expect(milestone.dueSpelledOut == "August 2020")
        let daily = Milestone(id: "d", title: "Board meets", due: "2020-08-01")
        #expect(daily.isOverdue(on: "2020-08-02"))
    }

    @Test("Quarters and years end where a reader expects")
    func precisionEnds() {
        let day: Day = "2024-02-10"
        #expect(day.end(of: .quarter) == "2024-03-31")
        #expect(day.end(of: .year) == "2024-12-31")
        #expect(day.end(of: .month) == "2024-02-29")
        #expect(day.spelledOut == "10 February 2024")
    }

    @Test("A milestone file written before precision existed still reads, due to the day")
    func oldMilestoneReads() throws {
        let json = #"{"id":"m","title":"Plan","due":"2020-08-01","status":"planned"}"#
        let milestone = try JSONDecoder().decode(Milestone.self, from: Data(json.utf8))
        #expect(milestone.precision == nil)
        #expect(milestone.deadline == "2020-08-01")
    }
}
