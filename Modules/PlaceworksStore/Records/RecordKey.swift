import PlaceworksDomain

/// Which record: its kind and its identifier. The primary key of the store's records.
public struct RecordKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var kind: RecordKind
    public var id: String

    public init(kind: RecordKind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// The key of the entity with identifier `id`.
    public init<E: Entity>(_ id: ID<E>) {
        self.init(kind: RecordKind(E.self), id: id.rawValue)
    }

    /// "risk swk-r-3".
    public var description: String { "\(kind.noun) \(id)" }

    public static func < (lhs: RecordKey, rhs: RecordKey) -> Bool {
        (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
    }
}
