/// An English public-sector financial year, 1 April to 31 March, written "2020/21".
///
/// Read from "2020/21"; the almost-right forms "2020-21", "2020/2021" and "2020-2021" are
/// recognised too (``isCanonical(_:)`` tells them apart so a check can name the form as the problem).
///
/// ```swift
/// let text = "2020-21"
/// let year = FinancialYear(text)        // 2020/21 (a literal, `let y: FinancialYear = "2020/21"`, must be well formed)
/// year?.start                           // 2020-04-01
/// year?.end                             // 2021-03-31
/// ```
public struct FinancialYear: Hashable, Comparable, Sendable, WrittenAsText, ExpressibleByStringLiteral {
    /// The calendar year it starts in (2020 for 2020/21).
    public let startYear: Int

    public init(startingIn year: Int) { startYear = year }

    /// Parses "2020/21" (or "2020-21", "2020/2021", "2020-2021"); nil for anything else, or when the
    /// second year does not follow the first.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace
        guard let separator = trimmed.firstIndex(where: { $0 == "/" || $0 == "-" || $0 == "–" }) else { return nil }
        let first = trimmed[..<separator], second = trimmed[trimmed.index(after: separator)...]
        guard first.count == 4, second.count == 2 || second.count == 4,
              first.allSatisfy(\.isASCIIDigit), second.allSatisfy(\.isASCIIDigit),
              let start = Int(first), let next = Int(second) else { return nil }
        let expected = second.count == 2 ? (start + 1) % 100 : start + 1
        guard next == expected else { return nil }
        startYear = start
    }

    /// The financial year that contains `day`.
    public init(containing day: Day) { startYear = day.month >= 4 ? day.year : day.year - 1 }

    /// Whether `text` is written the standard way ("2020/21").
    public static func isCanonical(_ text: String) -> Bool {
        FinancialYear(text).map { $0.description == text } ?? false
    }

    /// 1 April of its first year.
    public var start: Day { Day(year: startYear, month: 4, day: 1)! }
    /// 31 March of its second year.
    public var end: Day { Day(year: startYear + 1, month: 3, day: 31)! }
    public var period: Period { Period(from: start, to: end) }

    /// "2020/21".
    public var description: String {
        let next = (startYear + 1) % 100
        return "\(startYear)/\(next < 10 ? "0" : "")\(next)"
    }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }

    public init?(parsing text: String) { self.init(text) }
    public static var writtenForm: String { "a financial year written like 2020/21" }
}

extension Budget {
    /// The budget's financial year (kept optional for callers written when the year was text).
    public var year: FinancialYear? { financialYear }
}

extension StringProtocol {
    fileprivate var trimmingWhitespace: Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
