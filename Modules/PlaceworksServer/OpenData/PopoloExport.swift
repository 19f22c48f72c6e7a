import PlaceworksDomain

/// The partnership as Popolo JSON (popoloproject.com): people as `persons`, bodies and the
/// organisations seats are held on behalf of as `organizations`, seats as `posts`, memberships
/// with `on_behalf_of_id` and dates, meetings as `events`, and decisions as `motions` with a
/// `vote_event` each — the shape civic-tech tools already load.
///
/// Identifiers are prefixed by kind (`body/…`, `organisation/…`) so bodies and organisations
/// cannot collide. Without `includePrivate`, private meetings and non-public decisions are left out.
struct PopoloExport: Encodable, Sendable {
    var persons: [[String: String]] = []
    var organizations: [[String: String]] = []
    var posts: [[String: String]] = []
    var memberships: [[String: String]] = []
    var events: [[String: String]] = []
    var motions: [[String: String]] = []
    var voteEvents: [[String: String]] = []

    enum CodingKeys: String, CodingKey {
        case persons, organizations, posts, memberships, events, motions
        case voteEvents = "vote_events"
    }

    init(_ dataset: Dataset, place: String?, asOf day: Day?, includePrivate: Bool) {
        let places = RecordPlaces(dataset)
        func inScope(_ recordPlace: ID<Place>?) -> Bool { place == nil || recordPlace?.rawValue == place }
        func dated(_ period: Period, into object: inout [String: String]) {
            if let start = period.start { object["start_date"] = "\(start)" }
            if let end = period.end { object["end_date"] = "\(end)" }
        }

        let bodies = dataset.bodies.filter { inScope(places.of($0)) }
        let bodyIDs = Set(bodies.map(\.id))
        let seats = dataset.seats.filter { bodyIDs.contains($0.body) && (day.map($0.holds(on:)) ?? true) }
        let seatIDs = Set(seats.map(\.id))
        let held = dataset.memberships.filter { seatIDs.contains($0.seat) && (day.map($0.holds(on:)) ?? true) }
        let seatBody = Dictionary(seats.map { ($0.id, $0.body) }, uniquingKeysWith: { first, _ in first })

        var onBehalf = Set(held.compactMap(\.onBehalfOf))
        onBehalf.formUnion(seats.compactMap(\.organisation))
        for body in bodies.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
            var object = ["id": "body/\(body.id)", "name": body.name, "classification": body.kind.rawValue]
            if let area = places.of(body) { object["area_id"] = "place/\(area)" }
            organizations.append(object)
        }
        for organisation in dataset.organisations where onBehalf.contains(organisation.id) {
            organizations.append(["id": "organisation/\(organisation.id)", "name": organisation.name,
                                  "classification": "organisation"])
        }
        for seat in seats.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
            var object = ["id": "seat/\(seat.id)", "label": seat.title, "organization_id": "body/\(seat.body)"]
            if let role = seat.role { object["role"] = "\(role)" }
            dated(seat.period, into: &object)
            posts.append(object)
        }
        let people = Set(held.map(\.person))
        for person in dataset.people where people.contains(person.id) {
            persons.append(["id": "person/\(person.id)", "name": person.name])
        }
        for membership in held.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
            var object = ["id": "membership/\(membership.id)", "person_id": "person/\(membership.person)",
                          "post_id": "seat/\(membership.seat)"]
            if let body = seatBody[membership.seat] { object["organization_id"] = "body/\(body)" }
            if let organisation = membership.onBehalfOf { object["on_behalf_of_id"] = "organisation/\(organisation)" }
            dated(membership.period, into: &object)
            memberships.append(object)
        }
        let bodyNames = Dictionary(bodies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for meeting in dataset.meetings.sorted(by: { $0.id.rawValue < $1.id.rawValue })
        where bodyIDs.contains(meeting.body) && (day.map { meeting.date <= $0 } ?? true)
            && (includePrivate || meeting.session != .private) {
            events.append(["id": "meeting/\(meeting.id)", "name": "Meeting of \(bodyNames[meeting.body] ?? "\(meeting.body)")",
                           "classification": "meeting", "start_date": "\(meeting.date)",
                           "organization_id": "body/\(meeting.body)"])
            for item in meeting.items {
                guard let decision = item.decision, includePrivate || decision.public else { continue }
                let id = "decision/\(meeting.id)/\(decision.id)"
                let time = "\(meeting.date)T00:00:00Z"
                motions.append(["id": id, "organization_id": "body/\(meeting.body)", "text": decision.summary,
                                "date": time, "result": "pass", "classification": item.title])
                voteEvents.append(["id": "vote/\(meeting.id)/\(decision.id)", "motion_id": id,
                                   "organization_id": "body/\(meeting.body)", "start_date": time, "result": "pass"])
            }
        }
    }
}
