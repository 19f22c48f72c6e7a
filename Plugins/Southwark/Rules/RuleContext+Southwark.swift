import PlaceworksDomain

extension RuleContext {
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

    /// The spells a body went without meeting for longer than `cadence` allows: from `since` to its
    /// first meeting, between meetings, and from its last meeting to the day checked — or the whole
    /// time, if it has never met. `wording` says how often it is to meet ("quarterly").
    func meetingGaps(of body: Body, since: Day, cadence: Cadence, wording: String) -> [Concern] {
        let allowed = cadence.maximumGapDays
        let dates = data.meetings(of: body.id, through: asOf).map(\.date).filter { $0 >= since }.sorted()
        guard let first = dates.first, let last = dates.last else {
            guard since.days(until: asOf) > allowed else { return [] }
            return [Concern(about: body,
                "The \(body.name) has no meeting recorded since \(since.spelledOut) (\(since.days(until: asOf)) days); it is to meet \(wording). Record its meetings.")]
        }
        var concerns: [Concern] = []
        if since.days(until: first) > allowed {
            concerns.append(Concern(about: body,
                "The \(body.name) did not meet between \(since.spelledOut) and its first recorded meeting on \(first.spelledOut) (\(since.days(until: first)) days); it is to meet \(wording)."))
        }
        for (earlier, later) in zip(dates, dates.dropFirst()) where earlier.days(until: later) > allowed {
            concerns.append(Concern(about: body,
                "The \(body.name) did not meet between \(earlier.spelledOut) and \(later.spelledOut) (\(earlier.days(until: later)) days); it is to meet \(wording)."))
        }
        if last.days(until: asOf) > allowed {
            concerns.append(Concern(about: body,
                "The \(body.name) has not met since \(last.spelledOut) (\(last.days(until: asOf)) days by \(asOf.spelledOut)); it is to meet \(wording)."))
        }
        return concerns
    }

    /// The recovery plan's prioritised workstreams of `place` active on the day (Start Well, Live
    /// Well, Age Well, Care Well).
    func prioritisedWorkstreams(in place: Place) -> [Workstream] {
        let prioritised = Set(RecoveryPlanWorkstreams.streams.map(\.id))
        return data.workstreams(in: place.id, on: asOf).filter { prioritised.contains($0.id) }
    }

    /// The name of a person as a board secretary reads it.
    func name(of person: ID<Person>) -> String { data.people[person]?.displayName ?? person.rawValue }

    /// The constituent partners of `place` on `day`: the organisations its memoranda of understanding
    /// list as constituents then (none when no memorandum records them).
    func constituentPartners(of place: Place, on day: Day) -> Set<ID<Organisation>> {
        Set(data.agreements(in: place.id).filter { $0.type == .memorandum }.flatMap { $0.constituents(on: day) })
    }

    /// Whether `texts` mention `phrase`, ignoring case.
    func mentions(_ texts: [String], _ phrase: String) -> Bool {
        let wanted = phrase.lowercased()
        return texts.contains { $0.lowercased().contains(wanted) }
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
