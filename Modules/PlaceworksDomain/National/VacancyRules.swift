/// GOV-MEM-1: a seat recorded as required (``Seat/requiredBy``) that no one holds, reported under
/// the ID of the rule that requires it, at that rule's severity, while it is in effect (the engine
/// does this: ``Concern/reportedUnder``). The seat lists of the requiring rules (NAT-MEM-1,
/// SEL-LCP-4, SEL-ICP-1, LEW-MEM-1…) report their own seats' shortfalls in their own words; where
/// such a rule reports the same seat with no holder, this vacancy is left to it (one problem, one
/// finding: ``Registry/withoutListedVacancies(_:)``). The bodies of places are walked, and an ICS's
/// own (its board, its ICP). When no registered rule has the recorded ID,
/// the vacancy is reported under GOV-MEM-1 at warning.
extension NationalRules {
    static var vacancies: [Rule] { [requiredSeatVacancy] }

    static let requiredSeatVacancy = Rule(
        id: "GOV-MEM-1", severity: .warning,
        requirement: "A required seat with no holder on the day is reported under the ID of the rule that requires it, "
            + "while that rule is in effect: as info while a recruitment to the seat is open and its window (the "
            + "documents' deadline recorded on the seat, or else the recruitment's target date) has not passed; "
            + "otherwise, including when no recruitment is recorded, at the requiring rule's severity (warning when "
            + "no registered rule has that ID). A conditional seat counts as required only from the day its "
            + "condition is recorded as met.",
        citations: [Citation(.allianceReview, "Recommendation 4, Implications")],
        effective: Period(from: NationalDocuments.allianceReviewIssued)
    ) { context in
        let day = context.asOf
        // The bodies of each place, and those of each ICS that belong to no place (its board, its ICP).
        let ofPlaces = context.places.flatMap { place in
            context.data.operatingBodies(in: place.id, on: day).map { (body: $0, place: Optional(place.id)) }
        }
        let ofSystems = context.systems.flatMap { context.data.bodies(of: $0.id) }
            .filter { $0.isOperating(on: day) }.map { (body: $0, place: ID<Place>?.none) }
        return (ofPlaces + ofSystems).flatMap { body, place in
            SeatFacts.of(body.id, data: context.data, on: day).compactMap { facts -> Concern? in
                guard let requirement = facts.seat.requiredBy, !facts.isHeld else { return nil }
                // Info only inside the window of a recruitment open on the day.
                let window = facts.recruitingUntil
                let concern = Concern(about: facts.seat, SeatShortfall.noHolder(
                    for: "the \(body.name)'s seat “\(facts.seat.title)”, required by \(requirement)",
                    recruitingUntil: window) + ".", place: place ?? facts.seat.place, body: body.id)
                    .about(problems: SeatShortfall.vacancyKey(facts.seat.id)).reported(under: requirement)
                return window == nil ? concern : concern.reported(as: .info)
            }
        }
    }
}
