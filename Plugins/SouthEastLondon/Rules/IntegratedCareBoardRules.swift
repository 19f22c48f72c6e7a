import PlaceworksDomain

/// SEL-ICB-1: the membership of the ICB's board.
extension SouthEastLondonRules {
    static var integratedCareBoard: [Rule] { [icbMembership] }

    /// SEL-ICB-1: the board has the executive, non-executive, partner and place partner members agreed.
    static var icbMembership: Rule {
        // Lewisham §4.3 gives the "proposed membership"; no paper says the board "will" have it: a warning.
        Rule(id: "SEL-ICB-1", severity: .warning,
             requirement: "The ICB board has the ICS Chair, two Non-Executive Directors, the Chief Executive, Chief "
                + "Financial Officer, Medical Director and Director of Nursing (each holding that post at the ICB), "
                + "acute, mental health, community, local authority (a council chief executive) and primary medical "
                + "services (the Chair of the primary care leadership group) partner members, and six place partner "
                + "members, one per borough, each the borough's Executive Place Lead — each a person holding the "
                + "seat on the day. A seat with no holder recorded is info while a recruitment to it is open and its "
                + "window has not passed (the platform's reading).",
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
                // "Membership means a person": a listed seat with no holder recorded is reported, noted
                // (info) while inside the window of a recruitment to it open on the day, at the rule's
                // severity otherwise.
                for shortfall in icbSeats(of: system, context).shortfalls(among: seats) {
                    concerns.append(shortfall.concern(Concern(about: board, shortfall.sentence(
                        body: board, why: "it is in the membership proposed for the board (Lewisham §4.3: \"The "
                            + "proposed membership of the ICB's Board\"). " + shortfall.remedy)), on: context.asOf))
                }
                for place in context.data.places(in: system.id).sorted(by: { $0.name < $1.name }) {
                    concerns += placePartnerConcerns(board, seats: seats, place: place, context)
                }
                let checks = executivePostholders(context) + [primaryCarePartner, localAuthorityPartner(of: system, context)]
                concerns += checks.flatMap { $0.concerns(board, seats: seats, context) }
                return concerns
            }
        }
    }

    /// Each borough has one place partner member, "holding Executive responsibility for delegation to
    /// that Place": the place's Executive Place Lead holds the seat (its absence, or no holder
    /// recorded, is a line of ``icbSeats(of:_:)``).
    static func placePartnerConcerns(_ board: Body, seats: [SeatFacts], place: Place,
                                     _ context: RuleContext) -> [Concern] {
        let placeSeats = seats.filter { $0.seat.place == place.id && $0.seat.role == .placePartnerMember }
        if placeSeats.count > 1 {
            return [Concern(about: board, "The \(board.name) has \(placeSeats.count) place partner member seats for "
                + "\(place.name); each borough has exactly one.")]
        }
        guard let holder = placeSeats.first?.holder else { return [] }
        let lead = context.data.leadershipRole(.executivePlaceLead, in: place.id, on: context.asOf)
        guard lead?.holder != holder.person else { return [] }
        let name = context.data.people[holder.person]?.name ?? holder.person.rawValue
        let leadName = lead?.holder.flatMap { context.data.people[$0]?.name }
        let who = leadName.map { "the Executive Place Lead, \($0)" } ?? "the Executive Place Lead (none is recorded in post)"
        return [Concern(about: board, "\(name) holds the \(board.name)'s place partner member seat for \(place.name), "
            + "but is not \(who); the place partner member holds executive responsibility for delegation to the place "
            + "(Lewisham §4.3).").about(problems: "seat:place-partner-\(place.id.rawValue)-postholder")]
    }

    /// The ICS's own members, whom the paper names by their posts ("ICS Chair", "Two ICS Non-Executive
    /// Directors", "ICS Chief Executive Officer" …): whoever holds a seat that fills such a line (a
    /// non-executive seat recorded for a trust included) holds that post at the ICB.
    static func executivePostholders(_ context: RuleContext) -> [PostholderCheck] {
        executiveLines.map { line in
            icsPostholder(executiveSeat(line), role: line.role,
                          why: "the board's \(line.title) is the ICS's own (Lewisham §4.3).", context)
        }
    }

    /// Whoever holds a seat filling `line`, an ICS post the paper names ("ICS Chair", "ICS Chief
    /// Executive" …), holds a post with `role` at the ICB on the day.
    static func icsPostholder(_ line: SeatRequirement, role: Role, why: String, _ context: RuleContext) -> PostholderCheck {
        PostholderCheck(line: line, isPost: { $0.role == role && context.isICB($0.organisation) },
                        post: "\(line.title) (a post at the ICB)", why: why)
    }

    /// The line of the board's list for one of the ICS's own members: two non-executive seats,
    /// recognised by their role alone; every other line one seat, its role at the ICB.
    static func executiveSeat(_ line: (key: String, title: String, role: Role)) -> SeatRequirement {
        line.role == .nonExecutiveDirector
            ? SeatRequirement(key: line.key, title: line.title, count: 2, criteria: [.seatRole(line.role)])
            : SeatRequirement(key: line.key, title: line.title, criteria: [.seatRole(line.role), .sector(.icb)])
    }

    /// "Primary Medical Services Partner member (Primary Care leadership Group Chair)": whoever holds
    /// the seat chairs the primary care leadership group on the day.
    static var primaryCarePartner: PostholderCheck {
        PostholderCheck(
            applies: { $0.seat.role == .partnerMember && $0.sectors.contains(.primaryCare) },
            isPost: { $0.role == .primaryCareLeadershipGroupChair },
            post: "the Chair of the primary care leadership group",
            why: "the primary medical services partner member is the Primary Care leadership Group Chair "
                + "(Lewisham §4.3).",
            problem: "seat:partner-primary-care-postholder")
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

    /// The ICS's own members the board lists, each recognised by the seat's own role (a trust or
    /// council chief executive in a partner seat is not the ICS Chief Executive): (key, title, role).
    static let executiveLines: [(key: String, title: String, role: Role)] = [
        ("ics-chair", "the ICS Chair", .icsChair),
        ("ned", "an ICS Non-Executive Director", .nonExecutiveDirector),
        ("chief-executive", "the ICS Chief Executive Officer", .chiefExecutive),
        ("chief-financial-officer", "the ICS Chief Financial Officer", .chiefFinancialOfficer),
        ("medical-director", "the ICS Medical Director", .medicalDirector),
        ("director-of-nursing", "the ICS Director of Nursing", .directorOfNursing),
    ]

    /// The seats SEL-ICB-1 lists for the places of `system`, each to be held by a person on the day
    /// (Lewisham §4.3): the ICS's own members, the five partner members, and one place partner
    /// member per borough.
    static func icbSeats(of system: ICS, _ context: RuleContext) -> [SeatRequirement] {
        func partner(_ key: String, _ title: String, _ sector: Sector) -> SeatRequirement {
            SeatRequirement(key: key, title: title, criteria: [.seatRole(.partnerMember), .sector(sector)])
        }
        var seats = executiveLines.map(executiveSeat)
        seats += [
            partner("partner-acute", "the acute services partner member", .acuteProvider),
            partner("partner-mental-health", "the mental health services partner member", .mentalHealthProvider),
            partner("partner-community", "the community services partner member", .communityProvider),
            partner("partner-local-authority", "the local authority partner member (a council chief executive)",
                    .localAuthority),
            partner("partner-primary-care",
                    "the primary medical services partner member (Chair of the primary care leadership group)",
                    .primaryCare),
        ]
        seats += context.data.places(in: system.id).sorted(by: { $0.name < $1.name }).map { place in
            SeatRequirement(key: "place-partner-\(place.id.rawValue)", title: "the place partner member for \(place.name)",
                            criteria: [.seatRole(.placePartnerMember), .place(place.id)])
        }
        return seats
    }
}
