import PlaceworksDomain

/// SEL-LCP-9: place leads agreed by the end of December 2021 (an ICS "expectation", so a warning
/// once the date has slipped). From 1 April 2022 SEL-LCP-2 asks for the lead in post instead.
/// Every Executive Place Lead role of the place not ended by the day counts, even one whose record
/// starts later.
extension SouthEastLondonRules {
    static var placeLeadAgreement: [Rule] { [placeLeadAgreed] }

    /// The day the ICS expected place leads to be agreed by.
    static let placeLeadsAgreedBy: Day = "2021-12-31"

    static var placeLeadAgreed: Rule {
        Rule.perPlace(id: "SEL-LCP-9", severity: .warning,
             requirement: "Between 1 January and 31 March 2022, each SEL place with a recorded LCP committee or "
                + "Executive Place Lead role has an appointment decision dated on or before 31 December 2021 naming "
                + "its Executive Place Lead (substantive, interim, shadow or designate).",
             citations: [Citation(.southwarkLCP, "\"Proposals on leadership and governance\" (Context)")],
             effective: Period(from: placeLeadsAgreedBy.adding(days: 1), to: SouthEastLondonData.icsEstablished.adding(days: -1))
        ) { place, context in
            let data = context.data
            // Every role not ended by the day: a decision in December 2021 may appoint to a role whose
            // record starts on 1 April 2022.
            let roles = data.leadershipRoles(in: place.id)
                .filter { $0.role == .executivePlaceLead && ($0.period.end.map { $0 >= context.asOf } ?? true) }
                .sorted { $0.id < $1.id }
            let hasCommittee = data.bodies(in: place.id).contains(where: \.placeCommittee)
            guard hasCommittee || !roles.isEmpty else { return [] }
            let agreed = roles.contains { role in
                guard role.holder != nil, let appointment = role.appointment,
                      let decided = appointment.decided ?? appointment.date else { return false }
                return decided <= placeLeadsAgreedBy
            }
            guard !agreed else { return [] }
            let message = "No decision dated on or before 31 December 2021 is recorded appointing \(place.name)'s "
                + "Executive Place Lead (substantive, interim, shadow or designate); the ICS expected place leads to "
                + "be agreed by the end of December 2021."
            if let role = roles.first { return [Concern(about: role, message, place: place.id)] }
            return [Concern(about: place, message)]
        }
    }
}
