import PlaceworksDomain

/// SEL-ICB-1: the membership of the ICB's board.
extension SouthEastLondonRules {
    static var integratedCareBoard: [Rule] { [icbMembership] }

    /// SEL-ICB-1: the board has the executive, non-executive, partner and place partner members agreed.
    static var icbMembership: Rule {
        Rule(id: "SEL-ICB-1", severity: .error,
             requirement: "The ICB board has the ICS Chair, two Non-Executive Directors, the Chief Executive, Chief "
                + "Financial Officer, Medical Director and Director of Nursing, acute, mental health, community, "
                + "local authority and primary medical services partner members, and six place partner members, "
                + "one per borough, each holding executive responsibility for delegation to that place.",
             citations: [Citation(.southwarkLCP, "\"SEL Integrated Care Board\""),
                         Citation(.lewishamLCP, "§4.3")]) { context in
            context.operatingSystems.flatMap { system -> [Concern] in
                guard let id = system.board, let board = context.data.bodies[id] else {
                    return [Concern(about: system, "\(system.name) has no ICB board recorded; record the board "
                        + "and the seats of its agreed membership.")]
                }
                let seats = SeatFacts.of(board.id, data: context.data, on: context.asOf)
                var concerns: [Concern] = []
                let nonExecutives = seats.filter { $0.roles.contains(.nonExecutiveDirector) }.count
                if nonExecutives < 2 {
                    concerns.append(Concern(about: board, "The \(board.name) has \(nonExecutives) Non-Executive "
                        + "Director seat\(nonExecutives == 1 ? "" : "s"); its agreed membership has two."))
                }
                for requirement in icbSeats where !requirement.isMet(by: seats) {
                    concerns.append(Concern(about: board, "The \(board.name) has no seat for \(requirement.label); "
                        + "add it so the membership matches the composition the ICS agreed."))
                }
                for place in context.data.places(in: system.id).sorted(by: { $0.name < $1.name }) {
                    let placeSeats = seats.filter { $0.seat.place == place.id && $0.roles.contains(.placePartnerMember) }
                    if placeSeats.isEmpty {
                        concerns.append(Concern(about: board, "The \(board.name) has no place partner member for "
                            + "\(place.name); each borough has one, holding executive responsibility for delegation "
                            + "to the place."))
                    } else if placeSeats.count > 1 {
                        concerns.append(Concern(about: board, "The \(board.name) has \(placeSeats.count) place "
                            + "partner member seats for \(place.name); each borough has exactly one."))
                    }
                }
                return concerns
            }
        }
    }

    /// The single seats SEL-ICB-1 lists (non-executive directors and place partner members are counted apart).
    static var icbSeats: [SeatRequirement] {
        func partner(_ label: String, _ sector: Sector) -> SeatRequirement {
            SeatRequirement(label) { $0.roles.contains(.partnerMember) && $0.sectors.contains(sector) }
        }
        return [
            .role("the ICS Chair", .icsChair),
            .role("the ICS Chief Executive Officer", .chiefExecutive),
            .role("the ICS Chief Financial Officer", .chiefFinancialOfficer),
            .role("the ICS Medical Director", .medicalDirector),
            .role("the ICS Director of Nursing", .directorOfNursing),
            partner("the acute services partner member", .acuteProvider),
            partner("the mental health services partner member", .mentalHealthProvider),
            partner("the community services partner member", .communityProvider),
            partner("the local authority partner member (a council chief executive)", .localAuthority),
            partner("the primary medical services partner member (Chair of the primary care leadership group)",
                    .primaryCare),
        ]
    }
}
