/// A reference to a record of any kind, by kind and identifier (e.g. the body whose terms of
/// reference an approval is about).
public struct RecordReference: Codable, Sendable, Hashable, CustomStringConvertible {
    public var kind: SubjectKind
    public var id: String

    public init(kind: SubjectKind, id: String) {
        self.kind = kind
        self.id = id
    }

    public init<E: Entity>(_ id: ID<E>) {
        self.init(kind: E.subjectKind, id: id.rawValue)
    }

    /// Whether it refers to the record `id` of kind `E`.
    public func refers<E: Entity>(to id: ID<E>) -> Bool { kind == E.subjectKind && self.id == id.rawValue }

    public var description: String { "\(kind.rawValue) \(id)" }
}
