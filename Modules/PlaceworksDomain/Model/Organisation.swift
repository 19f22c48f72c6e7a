/// An organisation that is a partner in, or is represented on, a partnership.
public struct Organisation: Entity {
    /// The ODS code where the organisation has one (e.g. `RJ1`), otherwise a slug.
    public var id: ID<Organisation>
    public var name: String
    /// Every sector the organisation works in (an acute trust that also runs community services has both).
    public var sectors: [Sector]
    /// Whether it is a statutory body (ICB, local authority, statutory NHS provider, NHS England).
    public var statutory: Bool
    /// The NHS ODS code, where one exists.
    public var odsCode: String?
    /// The place it belongs to, for place-level organisations (a council, a PCN, a local Healthwatch).
    public var place: ID<Place>?
    /// The ICS it is a partner of.
    public var ics: ID<ICS>?
    @Always public var period: Period
    /// The organisation it succeeded, and the day it took over (e.g. the ICB after the CCG).
    public var succeeds: Succession?

    public init(id: ID<Organisation>, name: String, sectors: [Sector], statutory: Bool, odsCode: String? = nil,
                place: ID<Place>? = nil, ics: ID<ICS>? = nil, period: Period = .always, succeeds: Succession? = nil) {
        self.succeeds = succeeds
        self.id = id
        self.name = name
        self.sectors = sectors
        self.statutory = statutory
        self.odsCode = odsCode
        self.place = place
        self.ics = ics
        self.period = period
    }

    public func isIn(_ sector: Sector) -> Bool { sectors.contains(sector) }
    public var displayName: String { name }
    public static var subjectKind: SubjectKind { .organisation }
}

extension Organisation: Dated {}

/// An organisation's predecessor and the day the successor took over.
public struct Succession: Codable, Sendable, Hashable {
    public var predecessor: ID<Organisation>
    public var date: Day

    public init(predecessor: ID<Organisation>, date: Day) {
        self.predecessor = predecessor
        self.date = date
    }
}
