import Foundation
import PlaceworksDomain
import Testing

@Suite("Day")
struct DayTests {
    @Test("Parses and prints ISO 8601 days", arguments: ["2022-04-01", "2020-02-29", "0001-01-01", "9999-12-31"])
    func roundTrip(_ text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.description == text)
    }

    @Test("Refuses text that is not a real YYYY-MM-DD day",
          arguments: ["", "2022-4-1", "2022/04/01", "22-04-01", "2022-13-01", "2022-00-10", "2022-04-31",
                      "2021-02-29", "1900-02-29", "2022-04-01T00:00", "2022-04-1a", "2022-+4-01", "+022-04-01",
                      "2022-04- 1", "0000-01-01"])
    func refusesInvalid(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("Knows leap years")
    func leapYears() {
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2100, month: 2, day: 29) == nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
    }

    @Test("Adds days across month, year and leap-day boundaries")
    func arithmetic() {
        let day: Day = "2022-04-01"
        #expect(day.adding(days: -1) == "2022-03-31")
        #expect(day.adding(days: 0) == day)
        #expect(Day("2021-12-31").adding(days: 1) == "2022-01-01")
        #expect(Day("2020-02-28").adding(days: 1) == "2020-02-29")
        #expect(Day("2020-02-29").adding(days: 1) == "2020-03-01")
        #expect(Day("2022-04-01").adding(days: 365) == "2023-04-01")
        #expect(Day("2020-01-01").days(until: "2021-01-01") == 366)
        #expect(Day("2022-04-01").days(until: "2022-03-01") == -31)
    }

    @Test("Ordinals round-trip for every day of a leap year and a century")
    func ordinals() {
        var day: Day = "1999-12-31"
        for _ in 0..<800 {
            let next = day.adding(days: 1)
            #expect(Day(ordinal: next.ordinal) == next)
            #expect(next > day && day.days(until: next) == 1)
            day = next
        }
        #expect(day == "2002-03-10")
    }

    @Test("Orders by year, then month, then day")
    func ordering() {
        #expect(Day("2021-12-31") < Day("2022-01-01"))
        #expect(Day("2022-01-31") < Day("2022-02-01"))
        #expect(!(Day("2022-02-01") < Day("2022-02-01")))
    }

    @Test("Decodes from a JSON string and refuses an impossible date with the reason")
    func coding() throws {
        let decoded = try JSONDecoder().decode([Day].self, from: Data(#"["2022-04-01"]"#.utf8))
        #expect(decoded == ["2022-04-01"])
        let encoded = try JSONEncoder().encode(decoded)
        #expect(String(decoding: encoded, as: UTF8.self) == #"["2022-04-01"]"#)
        #expect {
            try JSONDecoder().decode([Day].self, from: Data(#"["2022-02-30"]"#.utf8))
        } throws: { error in
            "\(error)".contains("“2022-02-30” is not a date in the form YYYY-MM-DD")
        }
    }
}
