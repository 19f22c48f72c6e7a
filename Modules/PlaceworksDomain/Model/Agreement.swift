/// An agreement among partners, such as a memorandum of understanding: its versions, who signed
/// (and when, and any withdrawal), and who counts as a constituent partner when.
public struct Agreement: Entity {
    public var id: ID<Agreement>
    public var place: ID<Place>?
    public var title: String
    /// A memorandum of understanding, a partnership agreement… (nil: not recorded).
    public var type: AgreementType?
    @Listed public var versions: [AgreementVersion]
    @Listed public var signatures: [Signature]
    /// The organisations that are constituent partners under it, each for a period.
    @Listed public var constituents: [Constituent]

    public init(id: ID<Agreement>, place: ID<Place>? = nil, title: String, type: AgreementType? = .memorandum,
                versions: [AgreementVersion] = [], signatures: [Signature] = [], constituents: [Constituent] = []) {
        self.id = id
        self.place = place
        self.title = title
        self.type = type
        self.versions = versions
        self.signatures = signatures
        self.constituents = constituents
    }

    /// The signatures in force on `day`.
    public func signatures(on day: Day) -> [Signature] { signatures.filter { $0.inForce(on: day) } }

    /// The constituent partners on `day`.
    public func constituents(on day: Day) -> [ID<Organisation>] {
        constituents.filter { $0.period.contains(day) }.map(\.organisation)
    }

    public var displayName: String { title }
    public static var subjectKind: SubjectKind { .agreement }
}

public enum AgreementType: String, Codable, Sendable, CaseIterable, Hashable {
    case memorandum = "memorandum-of-understanding", partnership = "partnership-agreement", other
}

/// One version of an agreement.
public struct AgreementVersion: Codable, Sendable, Hashable {
    public var version: String
    public var date: Day
    /// Its principles, in its words.
    @Listed public var principles: [String]

    public init(version: String, date: Day, principles: [String] = []) {
        self.version = version
        self.date = date
        self.principles = principles
    }
}

/// An organisation's signature of an agreement, or a recorded transfer of its predecessor's.
public struct Signature: Codable, Sendable, Hashable {
    public var organisation: ID<Organisation>
    /// Who signed for it.
    public var person: ID<Person>?
    /// The version signed.
    public var version: String?
    public var signed: Day
    public var withdrawn: Day?
    /// For a successor organisation: the predecessor whose signature passed to it.
    public var transferredFrom: ID<Organisation>?

    public init(organisation: ID<Organisation>, person: ID<Person>? = nil, version: String? = nil, signed: Day,
                withdrawn: Day? = nil, transferredFrom: ID<Organisation>? = nil) {
        self.organisation = organisation
        self.person = person
        self.version = version
        self.signed = signed
        self.withdrawn = withdrawn
        self.transferredFrom = transferredFrom
    }

    /// Signed on or before `day` and not withdrawn by it.
    public func inForce(on day: Day) -> Bool { signed <= day && (withdrawn.map { day < $0 } ?? true) }
}

/// An organisation that is a constituent partner for a period.
public struct Constituent: Codable, Sendable, Hashable {
    public var organisation: ID<Organisation>
    @Always public var period: Period

    public init(organisation: ID<Organisation>, period: Period = .always) {
        self.organisation = organisation
        self.period = period
    }
}
