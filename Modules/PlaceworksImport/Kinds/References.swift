import PlaceworksDomain

/// What a file's rows may refer to — places, bodies, seats, people, organisations, workstreams —
/// looked up in the data being imported into, by identifier or by name (ignoring case,
/// spaces and punctuation).
public struct References: Sendable {
    /// The data being imported into.
    public let dataset: Dataset
    private let places: [String: ID<Place>]
    private let bodies: [String: ID<Body>]
    private let seats: [String: ID<Seat>]
    private let seatsByBody: [String: ID<Seat>]
    private let people: [String: ID<Person>]
    private let organisations: [String: ID<Organisation>]
    private let workstreams: [String: ID<Workstream>]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        func index<E: Entity>(_ list: [E], names: (E) -> [String]) -> [String: ID<E>] {
            var map: [String: ID<E>] = [:]
            for record in list { for name in names(record) where map[HeaderName.normalise(name)] == nil {
                map[HeaderName.normalise(name)] = record.id
            } }
            for record in list { map[HeaderName.normalise(record.id.rawValue)] = record.id }
            return map
        }
        places = index(dataset.places) { [$0.name] }
        bodies = index(dataset.bodies) { [$0.name] }
        seats = index(dataset.seats) { _ in [] }
        var byBody: [String: ID<Seat>] = [:]
        for seat in dataset.seats {
            let key = seat.body.rawValue + "\u{1}" + HeaderName.normalise(seat.title)
            if byBody[key] == nil { byBody[key] = seat.id }
        }
        seatsByBody = byBody
        people = index(dataset.people) { [$0.name] }
        organisations = index(dataset.organisations) { [$0.name] + ($0.odsCode.map { [$0] } ?? []) }
        workstreams = index(dataset.workstreams) { [$0.name] }
    }

    public func place(_ text: String) -> ID<Place>? { places[HeaderName.normalise(text)] }
    public func body(_ text: String) -> ID<Body>? { bodies[HeaderName.normalise(text)] }
    public func person(_ text: String) -> ID<Person>? { people[HeaderName.normalise(text)] }
    public func organisation(_ text: String) -> ID<Organisation>? { organisations[HeaderName.normalise(text)] }
    public func workstream(_ text: String) -> ID<Workstream>? { workstreams[HeaderName.normalise(text)] }

    /// A seat by identifier, or by its title on `body`.
    public func seat(_ text: String, on body: ID<Body>?) -> ID<Seat>? {
        if let body, let seat = seatsByBody[body.rawValue + "\u{1}" + HeaderName.normalise(text)] { return seat }
        return seats[HeaderName.normalise(text)]
    }
}

extension RowValues {
    /// Looks up a reference column; an unknown value is a problem that says what the store holds.
    mutating func reference<T>(_ column: Column, kind: String, example: String, _ lookup: (String) -> T?) -> T? {
        guard let value = text(column) else { return nil }
        if let found = lookup(value) { return found }
        problem(column.name, value, "there is no \(kind) “\(value)” in the store. Give its identifier (e.g. \(example)) "
                    + "or its name exactly as the store holds it, or add the \(kind) first.")
        return nil
    }
}

/// Readable identifiers made from names: lower case, words joined by hyphens.
enum Slug {
    static func make(_ text: String, limit: Int = 48) -> String {
        var out = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            if CharacterSetASCII.isAlphanumeric(scalar) && scalar.value < 0x80 {
                if dash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
            if out.count >= limit { break }
        }
        return out.isEmpty ? "x" : out
    }
}
