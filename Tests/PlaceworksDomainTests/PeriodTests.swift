import Foundation
import PlaceworksDomain
import Testing

@Suite("Period")
struct PeriodTests {
    @Test("Contains its start and end days and everything between, and nothing outside")
    func closedPeriod() {
        let period = Period(from: "2021-10-01", to: "2022-03-31")
        #expect(period.contains("2021-10-01"))
        #expect(period.contains("2022-01-15"))
        #expect(period.contains("2022-03-31"))
        #expect(!period.contains("2021-09-30"))
        #expect(!period.contains("2022-04-01"))
    }

    @Test("An open start or end holds for ever in that direction")
    func openPeriods() {
        #expect(Period(from: "2022-04-01").contains("2099-01-01"))
        #expect(!Period(from: "2022-04-01").contains("2022-03-31"))
        #expect(Period(to: "2022-03-31").contains("1900-01-01"))
        #expect(!Period(to: "2022-03-31").contains("2022-04-01"))
        #expect(Period.always.contains("0001-01-01") && Period.always.contains("9999-12-31"))
    }

    @Test("Dated facts hold on the days of their period")
    func dated() {
        let seat = Seat(id: "s", body: "b", title: "Seat", period: Period(from: "2022-04-01"))
        #expect(seat.holds(on: "2022-04-01"))
        #expect(!seat.holds(on: "2022-03-31"))
    }

    @Test("Reads from and to from a data file, and refuses a period that ends before it starts")
    func coding() throws {
        let period = try JSONDecoder().decode(Period.self, from: Data(#"{"from":"2021-10-01","to":"2022-03-31"}"#.utf8))
        #expect(period == Period(from: "2021-10-01", to: "2022-03-31"))
        #expect(try JSONDecoder().decode(Period.self, from: Data("{}".utf8)) == .always)
        #expect {
            try JSONDecoder().decode(Period.self, from: Data(#"{"from":"2022-04-01","to":"2022-03-31"}"#.utf8))
        } throws: { error in
            "\(error)".contains("the period ends (2022-03-31) before it starts (2022-04-01)")
        }
    }
}
