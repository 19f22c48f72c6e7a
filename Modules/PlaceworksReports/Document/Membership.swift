/// One body's membership on the day: its seats, who fills them, their deputies and the vacancies.
public struct BodyMembership: Codable, Sendable, Hashable {
    public var id: String
    public var anchor: String
    public var name: String
    public var kind: String
    /// `shadow` or `established`.
    public var stage: String
    public var isPlaceCommittee: Bool
    public var seats: [SeatEntry]
    public var seatCount: Int
    public var filled: Int
    public var vacancies: Int
    public var hasVacancies: Bool
    public var hasSeats: Bool
}

/// A seat and its holder on the day.
public struct SeatEntry: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var voting: Bool
    /// `Voting` or `Non-voting`.
    public var votingText: String
    public var vacant: Bool
    public var holder: String?
    public var organisation: String?
    public var deputy: String?
    public var deputyBriefed: Bool
    /// "Briefed", "Not briefed" or "None nominated".
    public var deputyText: String
}
