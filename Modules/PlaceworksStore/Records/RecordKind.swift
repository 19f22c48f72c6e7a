import PlaceworksDomain

/// The kind of a stored record: one for each list of a ``PlaceworksDomain/Dataset``.
///
/// The raw values are the core's ``PlaceworksDomain/SubjectKind`` names (`body`, `leadership-role`…),
/// and they are what the `kind` column of the store holds. The cases are in the order of the
/// dataset's lists.
public enum RecordKind: String, CaseIterable, Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case ics, place, organisation, person, body, seat, membership
    case leadershipRole = "leadership-role"
    case delegation, budget, workstream, milestone, risk, indicator, meeting, option
    // From schema version 8 (see docs/storage.md).
    case fund, accountability, approval, publication, engagement, recruitment, agreement, commitment

    /// The kind of records of the entity type `E`.
    public init<E: Entity>(_ type: E.Type) {
        // Every entity's subject kind but `decision` (not a record of its own) names a record kind.
        guard let kind = RecordKind(rawValue: E.subjectKind.rawValue) else {
            preconditionFailure("\(E.self) is not stored as a record of its own")
        }
        self = kind
    }

    /// How a reader names a record of this kind, e.g. "leadership role".
    public var noun: String {
        switch self {
        case .ics: "ICS"
        case .leadershipRole: "leadership role"
        case .option: "governance option"
        case .accountability: "accountability arrangement"
        default: rawValue
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
