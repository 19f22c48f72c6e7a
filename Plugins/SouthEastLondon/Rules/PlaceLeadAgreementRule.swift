import PlaceworksDomain

/// SEL-LCP-9: place leads agreed by the end of December 2021 (an ICS "expectation", so a warning
/// once the date has slipped). From 1 April 2022 SEL-LCP-2 asks for the lead in post instead.
/// Every Executive Place Lead role of the place running on 31 December 2021 or later counts: one
/// whose record starts later (a December decision may appoint from April 2022), and one that has
/// since ended (an expectation met by the end of December stays met once that lead has gone),
/// when it names its holder ("naming the person"). The decision's date is what the expectation asks for;
/// where none is recorded, an appointment dated by 31 December 2021 shows the lead was agreed by
/// then, and the pass is noted (info), asking for the decision.
extension SouthEastLondonRules {
    static var placeLeadAgreement: [Rule] { [placeLeadAgreed] }

    /// The day the ICS expected place leads to be agreed by.
    static let placeLeadsAgreedBy: Day = "2021-12-31"

    static var placeLeadAgreed: Rule {
        Rule.perPlace(id: "SEL-LCP-9", severity: .warning,
             requirement: "Between 1 January and 31 March 2022, each SEL place with a recorded LCP committee or "
                + "Executive Place Lead role has an appointment decision dated on or before 31 December 2021 naming "
                + "its Executive Place Lead (substantive, interim, shadow or designate) — or, with no decision date "
                + "recorded, an appointment dated on or before it (noted) — on an Executive Place Lead role running "
                + "on 31 December 2021 or later, including one that has since ended.",
             citations: [Citation(.southwarkLCP, "\"Proposals on leadership and governance\" (Context)")],
             effective: Period(from: placeLeadsAgreedBy.adding(days: 1), to: SouthEastLondonData.icsEstablished.adding(days: -1))
        ) { place, context in
            let data = context.data
            let roles = data.leadershipRoles(in: place.id)
                .filter { $0.role == .executivePlaceLead && ($0.period.end.map { $0 >= placeLeadsAgreedBy } ?? true) }
                .sorted { $0.id < $1.id }
            let hasCommittee = data.bodies(in: place.id).contains(where: \.placeCommittee)
            guard hasCommittee || !roles.isEmpty else { return [] }
            // "naming the person": a role counts when it names its holder, whether or not it has ended since.
            let named = roles.filter { $0.holder != nil }
            let decidedInTime = { (role: LeadershipRole) in role.appointment?.decided.map { $0 <= placeLeadsAgreedBy } ?? false }
            guard !named.contains(where: decidedInTime) else { return [] }
            let byAppointment = named.compactMap { role -> (LeadershipRole, Day)? in
                guard let appointment = role.appointment, appointment.decided == nil, let day = appointment.date,
                      day <= placeLeadsAgreedBy else { return nil }
                return (role, day)
            }
            if let (role, day) = byAppointment.first {
                return [Concern(about: role, "\(place.name)'s Executive Place Lead was appointed on \(day.spelledOut), "
                    + "so was agreed by the end of December 2021, but no decision date or deciding body is recorded; "
                    + "record the decision.", place: place.id).reported(as: .info)]
            }
            let unnamed = roles.first(where: decidedInTime).flatMap { $0.appointment?.decided }
            let message = unnamed.map { decided in
                "A decision of \(decided.spelledOut) on \(place.name)'s Executive Place Lead is recorded, but the role "
                    + "names no one; the ICS expected place leads to be agreed by the end of December 2021. Record who "
                    + "was appointed."
            } ?? ("No decision dated on or before 31 December 2021 is recorded appointing \(place.name)'s "
                + "Executive Place Lead (substantive, interim, shadow or designate); the ICS expected place leads to "
                + "be agreed by the end of December 2021.")
            // About the role in force on the day, else the first recorded.
            if let role = roles.first(where: { $0.holds(on: context.asOf) }) ?? roles.first {
                return [Concern(about: role, message, place: place.id)]
            }
            return [Concern(about: place, message)]
        }
    }
}
