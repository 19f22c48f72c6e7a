import PlaceworksDomain

extension RuleContext {
    /// The places checked, on or after `day` (nothing before it).
    func places(from day: Day) -> [Place] { asOf >= day ? places : [] }

    /// The place committee of each checked place on the day, with its place.
    func placeCommittees() -> [(place: Place, committee: Body)] {
        places.compactMap { place in data.placeCommittee(of: place.id, on: asOf).map { (place, $0) } }
    }

    /// The body with `id` if it belongs to `place` and operates on the day.
    func operatingBody(_ id: ID<Body>, in place: Place) -> Body? {
        guard let body = data.bodies[id], body.place == place.id, body.isOperating(on: asOf) else { return nil }
        return body
    }

    /// The Southwark Alliance boards of `place` operating on the day: none before the Alliance or after it.
    func allianceBoards(in place: Place) -> [Body] {
        data.operatingBodies(in: place.id, on: asOf)
            .filter { $0.generation == SouthwarkData.allianceGeneration && $0.kind == .board }
    }

    /// Every Alliance board operating on the day, across the checked places.
    func allianceBoards() -> [Body] { places.flatMap { allianceBoards(in: $0) } }

    /// The name of a person as a board secretary reads it.
    func name(of person: ID<Person>) -> String { data.people[person]?.displayName ?? person.rawValue }

    /// Whether `texts` mention `phrase`, ignoring case.
    func mentions(_ texts: [String], _ phrase: String) -> Bool {
        let wanted = phrase.lowercased()
        return texts.contains { $0.lowercased().contains(wanted) }
    }
}

extension Budget {
    /// The first day of the budget's financial year ("2020/21" starts on 1 April 2020), if it reads as one.
    var yearStart: Day? {
        guard let year = Int(financialYear.prefix(4)) else { return nil }
        return Day(year: year, month: 4, day: 1)
    }
}

extension Day {
    /// The day as a board secretary writes it, e.g. "1 April 2022".
    var readable: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }
}

/// An amount in whole pounds as a reader writes it, e.g. "£132,935,000".
func pounds(_ amount: Int) -> String {
    var digits = String(abs(amount))
    var groups: [String] = []
    while digits.count > 3 {
        groups.insert(String(digits.suffix(3)), at: 0)
        digits = String(digits.dropLast(3))
    }
    groups.insert(digits, at: 0)
    return (amount < 0 ? "-£" : "£") + groups.joined(separator: ",")
}

/// A list a reader reads: "a, b and c" (or "a, b or c").
func spoken(_ items: [String], _ conjunction: String = "and") -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
}
