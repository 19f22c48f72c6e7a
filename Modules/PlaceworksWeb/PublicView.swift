import PlaceworksDomain

/// What a resident may see of a place, and nothing else: who sits on its bodies (with deputies
/// and vacancies), its meetings held in public with the decisions taken in public, its spending
/// lines, and the interests its members declared at public meetings.
///
/// Private meetings, decisions not taken in public, agenda items decided in private, and every
/// risk are left out here, once, so no public page or feed can show them.
public struct PublicView: Sendable {
    public struct Member: Sendable, Hashable {
        public var seat: String
        public var person: String?
        public var organisation: String?
        public var deputy: String?
        public var voting: Bool
    }

    public struct BodyMembers: Sendable, Hashable {
        public var id: ID<Body>
        public var name: String
        public var members: [Member]
        public var vacancies: Int { members.filter { $0.person == nil }.count }
    }

    public struct PublicDecision: Sendable, Hashable {
        public var item: String
        public var summary: String
    }

    public struct PublicMeeting: Sendable, Hashable {
        public var meeting: Meeting
        public var bodyName: String
        /// Agenda items not decided in private, in order.
        public var items: [AgendaItem]
        public var decisions: [PublicDecision]
    }

    public struct Interest: Sendable, Hashable {
        public var date: Day
        public var body: String
        public var person: String
        public var item: String
        public var interest: String
    }

    public let place: Place
    public let asOf: Day
    public let bodies: [BodyMembers]
    /// Meetings held (or to be held) in public, oldest first, with future ones too.
    public let meetings: [PublicMeeting]
    public let budgets: [Budget]
    public let interests: [Interest]

    public init(index: DatasetIndex, place: Place, asOf: Day) {
        self.place = place
        self.asOf = asOf
        let data = index.dataset
        func name(_ person: ID<Person>?) -> String? { person.map { index.people[$0]?.name ?? $0.rawValue } }
        let placeBodies = index.bodies(in: place.id).filter { $0.exists(on: asOf) }
            .sorted { ($0.placeCommittee ? 0 : 1, $0.name) < ($1.placeCommittee ? 0 : 1, $1.name) }
        bodies = placeBodies.map { body in
            BodyMembers(id: body.id, name: body.name, members: index.members(of: body.id, on: asOf).map { seat, membership in
                Member(seat: seat.title, person: name(membership?.person),
                       organisation: membership?.onBehalfOf.flatMap { index.organisations[$0]?.name }
                           ?? index.organisation(for: seat, on: asOf)?.name,
                       deputy: name(membership?.deputy), voting: seat.voting)
            })
        }
        meetings = Self.publicMeetings(index: index, bodies: index.bodies(in: place.id))
        budgets = data.budgets.filter { $0.place == place.id }.sorted { $0.financialYear > $1.financialYear }
        interests = meetings.flatMap { held -> [Interest] in
            let members = index.memberPeople(of: held.meeting.body, on: held.meeting.date)
            let items = Dictionary(held.items.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            return held.meeting.declarations.compactMap { declaration in
                guard members.contains(declaration.person), let item = items[declaration.item] else { return nil }
                return Interest(date: held.meeting.date, body: held.bodyName, person: name(declaration.person) ?? "",
                                item: item, interest: declaration.interest)
            }
        }
    }

    /// The public meetings of `bodies`, oldest first: never a private meeting, never an agenda
    /// item whose decision was taken in private.
    public static func publicMeetings(index: DatasetIndex, bodies: [Body]) -> [PublicMeeting] {
        let names = Dictionary(bodies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return index.dataset.meetings
            .filter { names[$0.body] != nil && $0.session != .private }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            .map { meeting in
                let items = meeting.items.filter { $0.decision?.public ?? true }
                return PublicMeeting(meeting: meeting, bodyName: names[meeting.body] ?? meeting.body.rawValue, items: items,
                                     decisions: items.compactMap { item in
                                         item.decision.map { PublicDecision(item: item.title, summary: $0.summary) }
                                     })
            }
    }
}
