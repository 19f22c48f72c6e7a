/// An outcome indicator, with its observations over time.
public struct Indicator: Entity {
    public var id: ID<Indicator>
    public var place: ID<Place>?
    public var workstream: ID<Workstream>?
    public var name: String
    public var aim: QuadrupleAim?
    public var unit: String?
    /// The OHID Fingertips indicator ID, where it is a Fingertips indicator.
    public var fingertipsID: Int?
    @Listed public var observations: [Observation]

    public init(id: ID<Indicator>, place: ID<Place>? = nil, workstream: ID<Workstream>? = nil, name: String,
                aim: QuadrupleAim? = nil, unit: String? = nil, fingertipsID: Int? = nil,
                observations: [Observation] = []) {
        self.id = id
        self.place = place
        self.workstream = workstream
        self.name = name
        self.aim = aim
        self.unit = unit
        self.fingertipsID = fingertipsID
        self.observations = observations
    }

    /// The latest observation recorded on or before `day`.
    public func latest(on day: Day) -> Observation? {
        observations.filter { $0.date <= day }.max { $0.date < $1.date }
    }

    public var displayName: String { name }
    public static var subjectKind: SubjectKind { .indicator }
}

/// One value of an indicator for a time period.
public struct Observation: Codable, Sendable, Hashable {
    /// The period as its source labels it, e.g. "2019/20".
    public var period: String
    /// The day the value became known (used for "as of").
    public var date: Day
    public var value: Double
    public var lowerConfidence: Double?
    public var upperConfidence: Double?

    public init(period: String, date: Day, value: Double, lowerConfidence: Double? = nil,
                upperConfidence: Double? = nil) {
        self.period = period
        self.date = date
        self.value = value
        self.lowerConfidence = lowerConfidence
        self.upperConfidence = upperConfidence
    }
}
