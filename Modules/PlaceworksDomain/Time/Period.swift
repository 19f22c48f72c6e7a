/// The days on which a fact holds: from `start` (inclusive) to `end` (inclusive); either may be open.
public struct Period: Hashable, Sendable, Codable {
    public var start: Day?
    public var end: Day?

    public init(from start: Day? = nil, to end: Day? = nil) {
        self.start = start
        self.end = end
    }

    /// Holds on every day.
    public static let always = Period()

    public func contains(_ day: Day) -> Bool {
        if let start, day < start { return false }
        if let end, day > end { return false }
        return true
    }

    enum CodingKeys: String, CodingKey { case start = "from", end = "to" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decodeIfPresent(Day.self, forKey: .start)
        end = try c.decodeIfPresent(Day.self, forKey: .end)
        if let start, let end, end < start {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: c, debugDescription: "the period ends (\(end)) before it starts (\(start))")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
    }
}

/// Anything that holds only for a period.
public protocol Dated {
    var period: Period { get }
}

extension Dated {
    /// Whether the fact holds on `day`.
    public func holds(on day: Day) -> Bool { period.contains(day) }
}
