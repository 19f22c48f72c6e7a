/// A typed identifier: `ID<Body>` and `ID<Seat>` cannot be mixed up. Written as a plain string.
///
/// Places use their ONS code (`E09000028`), organisations their ODS code where they have one
/// (`RJ1`), everything else a readable slug (`swk-pssb`).
public struct ID<Entity>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard !text.isEmpty else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "an identifier cannot be empty")
        }
        rawValue = text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An entity of the domain: it has a typed identifier and a name a person reads.
public protocol Entity: Sendable, Codable, Hashable {
    var id: ID<Self> { get }
    /// How the entity is named to a reader (a board secretary), e.g. "Partnership Southwark Strategic Board".
    var displayName: String { get }
    /// Which kind of subject this entity is when a finding is about it.
    static var subjectKind: SubjectKind { get }
}

extension Entity {
    /// This entity as the subject of a finding.
    public var subject: Subject { Subject(kind: Self.subjectKind, id: id.rawValue, name: displayName) }
}
