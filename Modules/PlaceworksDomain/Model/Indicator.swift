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
    /// The outcomes framework it belongs to.
    public var framework: ID<Publication>?
    /// The value it aims for, and by when.
    public var target: IndicatorTarget?
    /// Who is accountable for it: a person, a seat or a body.
    public var owner: IndicatorOwner?
    /// For an indicator that measures a gap between population groups: the groups it compares.
    public var inequalityGap: InequalityGap?

    public init(id: ID<Indicator>, place: ID<Place>? = nil, workstream: ID<Workstream>? = nil, name: String,
                aim: QuadrupleAim? = nil, unit: String? = nil, fingertipsID: Int? = nil,
                observations: [Observation] = [], framework: ID<Publication>? = nil, target: IndicatorTarget? = nil,
                owner: IndicatorOwner? = nil, inequalityGap: InequalityGap? = nil) {
        self.framework = framework
        self.target = target
        self.owner = owner
        self.inequalityGap = inequalityGap
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

/// The value an indicator aims for, and by when.
public struct IndicatorTarget: Codable, Sendable, Hashable {
    public var value: Double?
    public var date: Day?

    public init(value: Double? = nil, date: Day? = nil) {
        self.value = value
        self.date = date
    }
}

/// Who is accountable for an indicator: a person (an SRO), a seat or a body.
public struct IndicatorOwner: Codable, Sendable, Hashable {
    public var person: ID<Person>?
    public var seat: ID<Seat>?
    public var body: ID<Body>?

    public init(person: ID<Person>? = nil, seat: ID<Seat>? = nil, body: ID<Body>? = nil) {
        self.person = person
        self.seat = seat
        self.body = body
    }

    /// Whether it names anyone.
    public var isRecorded: Bool { person != nil || seat != nil || body != nil }
}

/// The population groups an indicator's gap compares, e.g. ["most deprived quintile", "least deprived quintile"].
public struct InequalityGap: Codable, Sendable, Hashable {
    @Listed public var groups: [String]

    public init(groups: [String]) { self.groups = groups }
}
