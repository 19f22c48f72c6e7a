/// A calendar day (no time of day, no time zone): the unit in which every governance fact is dated.
///
/// Written and read as ISO 8601 `YYYY-MM-DD`.
///
/// ```swift
/// let establishment: Day = "2022-04-01"
/// establishment.adding(days: -1)   // 2022-03-31
/// ```
public struct Day: Hashable, Comparable, Sendable, WrittenAsText, ExpressibleByStringLiteral {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or returns nil when the numbers do not name a real calendar day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: String) {
        guard let (year, month, day) = FixedWidthText.numbers(text, pattern: "9999-99-99") else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init?(parsing text: String) { self.init(iso: text) }
    public static var writtenForm: String { "a date in the form YYYY-MM-DD" }

    public var description: String {
        FixedWidthText.text([(year, 4), (month, 2), (day, 2)], separator: UInt8(ascii: "-"))
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar (for arithmetic).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    /// The day `ordinal` days after 0000-03-01.
    public init(ordinal: Int) {
        let era = ordinal / 146_097
        let doe = ordinal - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day `months` calendar months later (or earlier), on the month's last day where it
    /// is shorter: 30 November 2022 plus three months is 28 February 2023.
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let (y, m) = (index / 12, index % 12 + 1)
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
