/// What an extension covers, and so where its rules apply: every place, one ICS, or one place.
public enum Coverage: Sendable, Hashable, CustomStringConvertible {
    case national
    case system(ID<ICS>)
    case place(ID<Place>)

    /// Whether the coverage includes `place`.
    public func includes(_ place: Place) -> Bool {
        switch self {
        case .national: true
        case let .system(id): place.ics == id
        case let .place(id): place.id == id
        }
    }

    /// Whether rules of this coverage apply to the ICS-level bodies of `system`.
    public func includes(_ system: ICS) -> Bool {
        switch self {
        case .national: true
        case let .system(id): system.id == id
        case .place: false
        }
    }

    /// The place, when the coverage is one place.
    public var place: ID<Place>? {
        if case let .place(id) = self { id } else { nil }
    }

    /// How broad the coverage is: national (2) > ICS (1) > place (0).
    public var breadth: Int {
        switch self {
        case .national: 2
        case .system: 1
        case .place: 0
        }
    }

    public var description: String {
        switch self {
        case .national: "national"
        case let .system(id): "ICS \(id)"
        case let .place(id): "place \(id)"
        }
    }
}
