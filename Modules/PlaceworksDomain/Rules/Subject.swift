/// What a finding is about: an entity, by kind, identifier and name.
public struct Subject: Codable, Sendable, Hashable, CustomStringConvertible {
    public var kind: SubjectKind
    public var id: String
    public var name: String

    public init(kind: SubjectKind, id: String, name: String) {
        self.kind = kind
        self.id = id
        self.name = name
    }

    public var description: String { "\(kind.rawValue) \(name)" }
}

public enum SubjectKind: String, Codable, Sendable, CaseIterable, Hashable {
    case ics, place, organisation, person, body, seat, membership, leadershipRole = "leadership-role",
         delegation, budget, workstream, milestone, risk, indicator, meeting, decision, option,
         fund, accountability, approval, publication, engagement, recruitment, agreement, commitment
}
