/// How precisely a source dates something: "1 August 2020" is a day, "Aug 2020" a month,
/// "Q3 2020/21" a quarter, "2021" a year. A date known only to a month falls due at the month's end.
public enum DatePrecision: String, Codable, Sendable, CaseIterable, Hashable {
    case day, month, quarter, year
}

extension Day {
    /// The last day of the period of `precision` that contains this day: itself for a day, the
    /// month's last day for a month, the calendar quarter's last day for a quarter (a
    /// financial-year quarter ends on the same days), 31 December for a year.
    public func end(of precision: DatePrecision) -> Day {
        switch precision {
        case .day:
            return self
        case .month:
            return Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) ?? self
        case .quarter:
            let last = ((month - 1) / 3 + 1) * 3
            return Day(year: year, month: last, day: Day.daysIn(month: last, year: year)) ?? self
        case .year:
            return Day(year: year, month: 12, day: 31) ?? self
        }
    }

    /// The day as a board secretary writes it in a message, e.g. "1 April 2022": the one date
    /// style of every finding.
    public var spelledOut: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }

    /// The day as the source dates it: "August 2020" for a month, "1 April 2022" for a day.
    public func spelledOut(_ precision: DatePrecision) -> String {
        switch precision {
        case .day: spelledOut
        case .month: "\(Day.monthNames[month - 1]) \(year)"
        case .quarter: "the quarter ending \(end(of: .quarter).spelledOut)"
        case .year: String(year)
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
}
