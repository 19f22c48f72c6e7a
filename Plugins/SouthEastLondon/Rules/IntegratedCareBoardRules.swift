import PlaceworksDomain

/// SEL-ICB-1: the membership of the ICB's board.
extension SouthEastLondonRules {
    static var integratedCareBoard: [Rule] { [icbMembership] }

    /// SEL-ICB-1: the board has the executive, non-executive, partner and place partner members agreed.
    static var icbMembership: Rule {
        // Lewisham §4.3 gives the "proposed membership"; no paper says the board "will" have it: a warning.
        Rule(id: "SEL-ICB-1", severity: .warning,
             requirement: "The ICB board has the ICS Chair, two Non-Executive Directors, the Chief Executive, Chief "
                + "Financial Officer, Medical Director and Director of Nursing, acute, mental health, community, "
                + "local authority and primary medical services partner members, and six place partner members, "
                + "one per borough, each holding executive responsibility for delegation to that place.",
             citations: [Citation(.southwarkLCP, "\"SEL Integrated Care Board\""),
                         Citation(.lewishamLCP, "§4.3")],
             effective: Period(from: SouthEastLondonData.icsEstablished)) { context in
            context.systems.flatMap { system -> [Concern] in
                guard let id = system.board, let board = context.data.bodies[id] else {
                    return [Concern(about: system, "\(system.name) has no ICB board recorded; record the board "
                        + "and the seats of its agreed membership.")]
                }
                // The rule takes effect when the ICB is established: a board recorded but not operating
                // from then is reported, not passed over.
                guard board.isOperating(on: context.asOf) else {
                    return [Concern(about: board, "The \(board.name) is recorded but not operating on "
                        + "\(context.asOf.spelledOut); the ICB's board operates from "
                        + "\(SouthEastLondonData.icsEstablished.spelledOut). Record when it was established.")]
                }
                let seats = SeatFacts.of(board.id, data: context.data, on: context.asOf)
                var concerns: [Concern] = []
                for shortfall in icbSeats.shortfalls(among: seats) {
                    concerns.append(shortfall.concern(Concern(about: board, shortfall.sentence(
                        body: board, why: "add it so the membership matches the composition the ICS agreed "
                            + "(Lewisham §4.3).")), on: context.asOf))
                }
                for place in context.data.places(in: system.id).sorted(by: { $0.name < $1.name }) {
                    concerns += placePartnerConcerns(board, seats: seats, place: place, context)
                }
                concerns += localAuthorityPartner(of: system, context).concerns(board, seats: seats, context)
                return concerns
            }
        }
    }

    /// Each borough has one place partner member, "holding Executive responsibility for delegation to
    /// that Place": the seat for the place, held (when it is held) by the place's Executive Place Lead.
    static func placePartnerConcerns(_ board: Body, seats: [SeatFacts], place: Place,
                                     _ context: RuleContext) -> [Concern] {
        let placeSeats = seats.filter { $0.seat.place == place.id && $0.seat.role == .placePartnerMember }
        if placeSeats.isEmpty {
            return [Concern(about: board, "The \(board.name) has no place partner member for \(place.name); each "
                + "borough has one, holding executive responsibility for delegation to the place.").about(problems: "seat:place-partner-\(place.id.rawValue)")]
        }
        if placeSeats.count > 1 {
            return [Concern(about: board, "The \(board.name) has \(placeSeats.count) place partner member seats for "
                + "\(place.name); each borough has exactly one.")]
        }
        guard let holder = placeSeats[0].holder else { return [] }
        let lead = context.data.leadershipRole(.executivePlaceLead, in: place.id, on: context.asOf)
        guard lead?.holder != holder.person else { return [] }
        let name = context.data.people[holder.person]?.name ?? holder.person.rawValue
        let leadName = lead?.holder.flatMap { context.data.people[$0]?.name }
        let who = leadName.map { "the Executive Place Lead, \($0)" } ?? "the Executive Place Lead (none is recorded in post)"
        return [Concern(about: board, "\(name) holds the \(board.name)'s place partner member seat for \(place.name), "
            + "but is not \(who); the place partner member holds executive responsibility for delegation to the place.")]
    }

    /// "Local Authority Partner member (One CEO)": whoever holds the seat is the chief executive of
    /// one of the ICS's councils on the day.
    static func localAuthorityPartner(of system: ICS, _ context: RuleContext) -> PostholderCheck {
        let councils = context.councils(of: system)
        return PostholderCheck(
            applies: { $0.seat.role == .partnerMember && $0.sectors.contains(.localAuthority) },
            isPost: { $0.role == .chiefExecutive && councils.contains($0.organisation) },
            post: "the chief executive of one of the \(system.name) councils",
            why: "the local authority partner member is one council chief executive (Lewisham §4.3: \"Local "
                + "Authority Partner member (One CEO)\").",
            problem: "seat:partner-local-authority-postholder")
    }

    /// The seats SEL-ICB-1 lists, each recognised by the seat's own role (a trust or council chief
    /// executive in a partner seat is not the ICS Chief Executive). The paper names no holders, so a
    /// seat recorded without a holder is not reported as a vacancy.
    static var icbSeats: [SeatRequirement] {
        func executive(_ key: String, _ title: String, _ role: Role) -> SeatRequirement {
            SeatRequirement(key: key, title: title, criteria: [.seatRole(role), .sector(.icb)], mustBeHeld: false)
        }
        func partner(_ key: String, _ title: String, _ sector: Sector) -> SeatRequirement {
            SeatRequirement(key: key, title: title, criteria: [.seatRole(.partnerMember), .sector(sector)],
                            mustBeHeld: false)
        }
        return [
            executive("ics-chair", "the ICS Chair", .icsChair),
            SeatRequirement(key: "ned", title: "an ICS Non-Executive Director", count: 2,
                            criteria: [.seatRole(.nonExecutiveDirector)], mustBeHeld: false),
            executive("chief-executive", "the ICS Chief Executive Officer", .chiefExecutive),
            executive("chief-financial-officer", "the ICS Chief Financial Officer", .chiefFinancialOfficer),
            executive("medical-director", "the ICS Medical Director", .medicalDirector),
            executive("director-of-nursing", "the ICS Director of Nursing", .directorOfNursing),
            partner("partner-acute", "the acute services partner member", .acuteProvider),
            partner("partner-mental-health", "the mental health services partner member", .mentalHealthProvider),
            partner("partner-community", "the community services partner member", .communityProvider),
            partner("partner-local-authority", "the local authority partner member (a council chief executive)",
                    .localAuthority),
            partner("partner-primary-care",
                    "the primary medical services partner member (Chair of the primary care leadership group)",
                    .primaryCare),
        ]
    }
}
