/// GOV-MEM-1: a seat recorded as required that no one holds. The seat lists of the requiring
/// rules (NAT-MEM-1, SEL-LCP-4, SEL-ICP-1, LEW-MEM-1…) report their own seats' vacancies under
/// their IDs with the same window (``SeatFacts/recruitingUntil``) and conditions; this rule
/// reports the seats a record marks as required (``Seat/requiredBy``).
extension NationalRules {
    static var vacancies: [Rule] { [requiredSeatVacancy] }

    static let requiredSeatVacancy = Rule.perPlace(
        id: "GOV-MEM-1", severity: .warning,
        requirement: "A required seat with no holder on the day is reported: as info while a recruitment to it is open "
            + "and its window (the recruitment's target date, or the documents' deadline) has not passed; otherwise, "
            + "including when no recruitment is recorded, at the requirement's severity. A conditional seat counts as "
            + "required only from the day its condition is recorded as met.",
        citations: [Citation(.allianceReview, "Recommendation 4, Implications")],
        effective: Period(from: NationalDocuments.allianceReviewIssued)
    ) { place, context in
        let day = context.asOf
        return context.data.operatingBodies(in: place.id, on: day).flatMap { body in
            SeatFacts.of(body.id, data: context.data, on: day).compactMap { facts -> Concern? in
                guard let requirement = facts.seat.requiredBy, !facts.isHeld else { return nil }
                let window = facts.recruitingUntil.flatMap { $0 >= day ? $0 : nil }
                let open = window.map { " (recruitment is open until \($0.spelledOut))" } ?? ""
                let concern = Concern(about: facts.seat, "The \(body.name)'s seat “\(facts.seat.title)”, required by "
                    + "\(requirement), is vacant\(open).", place: place.id, body: body.id)
                return window == nil ? concern : concern.reported(as: .info)
            }
        }
    }
}
