/// A place: a borough (local authority district) within an ICS, identified by its ONS code.
public struct Place: Entity {
    /// The ONS local authority district code, e.g. `E09000028` for Southwark.
    public var id: ID<Place>
    public var name: String
    /// The ICS the place lies in. A place lies wholly within one ICS (NAT-GEO-1).
    public var ics: ID<ICS>?
    /// How the place's boundary is defined, e.g. "London Borough of Southwark (LAD E09000028)".
    public var boundary: String?
    /// The ICSs whose area the place's boundary crosses into, other than `ics` (normally none).
    @Listed public var alsoWithin: [ID<ICS>]

    public init(id: ID<Place>, name: String, ics: ID<ICS>?, boundary: String? = nil, alsoWithin: [ID<ICS>] = []) {
        self.id = id
        self.name = name
        self.ics = ics
        self.boundary = boundary
        self.alsoWithin = alsoWithin
    }

    public var displayName: String { name }
    public static var subjectKind: SubjectKind { .place }
}
