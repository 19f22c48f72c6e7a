/// A time of day on the 24-hour clock, to the minute, in local (London) time: when a meeting
/// starts or ends. Written and read as `HH:MM`.
///
/// ```swift
/// let start: TimeOfDay = "14:00"
/// start.minutes   // 840
/// ```
public struct TimeOfDay: Hashable, Comparable, Sendable, WrittenAsText, ExpressibleByStringLiteral {
    public let hour: Int
    public let minute: Int

    /// Creates a time, or returns nil outside 00:00–23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM`; nil for anything else.
    public init?(text: String) {
        guard let (hour, minute, _) = FixedWidthText.numbers(text, pattern: "99:99") else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public init?(parsing text: String) { self.init(text: text) }
    public static var writtenForm: String { "a time in the form HH:MM (24-hour clock)" }

    /// Minutes since midnight.
    public var minutes: Int { hour * 60 + minute }

    public var description: String {
        FixedWidthText.text([(hour, 2), (minute, 2)], separator: UInt8(ascii: ":"))
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
