import PlaceworksDomain

/// SEL-LCP-4, SEL-LCP-5 and SEL-LCP-8: who sits on the LCP committee, and who leads with the
/// Executive Place Lead in the place leadership team.
extension SouthEastLondonRules {
    static var localCarePartnershipMembership: [Rule] { [lcpMinimumMembership, lcpDirectorOfPublicHealth, lcpLeadershipTeam] }

    /// The groups the LCP committee includes as a minimum (SEL-LCP-4), as Lewisham §6.1 and the
    /// Southwark paper's "Membership of the PSSB should include as a minimum" list them. Keys match
    /// NAT-MEM-1's where the seat is the same, so one missing seat is reported once.
    static let lcpMinimumSeats: [SeatRequirement] = [
        SeatRequirement(key: "primary-care", title: "primary care networks (PCNs)", criteria: [.sector(.primaryCare)]),
        SeatRequirement(key: "acute", title: "an acute services provider", criteria: [.sector(.acuteProvider)]),
        SeatRequirement(key: "mental-health", title: "a mental health services provider",
                        criteria: [.sector(.mentalHealthProvider)]),
        SeatRequirement(key: "community", title: "a community services provider",
                        criteria: [.sector(.communityProvider)]),
        SeatRequirement(key: "dass", title: "the council's adult social services (the DASS)", criteria: [.role(.dass)]),
        SeatRequirement(key: "dcs", title: "the council's children's services (the Director of Children's Services)",
                        criteria: [.role(.directorOfChildrensServices)]),
        SeatRequirement(key: "dph", title: "the Director of Public Health", criteria: [.role(.dph)]),
        SeatRequirement(key: "healthwatch", title: "Healthwatch", criteria: [.sector(.healthwatch)]),
        SeatRequirement(key: "vcse", title: "the VCSE sector", criteria: [.sector(.vcse)]),
    ]

    /// The SEL-LCP-4 lines that are the borough's own: its council's directors, Healthwatch and VCSE.
    static let boroughLines: Set<String> = ["dass", "dcs", "dph", "healthwatch", "vcse"]

    /// SEL-LCP-4: the committee's minimum membership, each seat held by a person on the day.
    static var lcpMinimumMembership: Rule {
        Rule.perPlaceCommittee(
            id: "SEL-LCP-4", severity: .warning,
            requirement: "The LCP committee should include, as a minimum, PCNs; acute, mental health and community "
                + "services providers; the local authority's adults' and children's services and Director of Public "
                + "Health; Healthwatch; and the VCSE sector — each a person holding the seat on the day.",
            citations: [Citation(.southwarkLCP, "\"Membership of the PSSB should include as a minimum\""),
                        Citation(.lewishamLCP, "§6.1")],
            refines: ["NAT-MEM-1"],
            effective: Period(from: SouthEastLondonData.icsEstablished)
        ) { place, committee, context in
            // Groups to be represented: one organisation's seat may represent several (Lewisham and
            // Greenwich NHS Trust provides both acute and community services).
            let seats = SeatFacts.of(committee.id, data: context.data, on: context.asOf)
            // "… Healthwatch and the VCSE sector in that borough", and the local authority's own
            // directors: a seat for an organisation of another place does not fill those lines (an
            // organisation with no place recorded is not judged).
            let inBorough = seats.filter { facts in
                facts.organisation.flatMap { context.data.organisations[$0]?.place }.map { $0 == place.id } ?? true
            }
            let borough = lcpMinimumSeats.filter { boroughLines.contains($0.key) }
            let others = lcpMinimumSeats.filter { !boroughLines.contains($0.key) }
            let shortfalls = others.shortfalls(among: seats, oneSeatPerLine: false)
                + borough.shortfalls(among: inBorough, oneSeatPerLine: false)
            return shortfalls.map { shortfall in
                shortfall.concern(Concern(about: committee, shortfall.sentence(
                    body: committee, why: "SEL expects each LCP committee to include it, from \(place.name), as a "
                        + "minimum (Lewisham §6.1).")),
                    on: context.asOf)
            }
        }
    }

    /// The borough DPH seat (SEL-LCP-5).
    static let lcpDirectorOfPublicHealthSeat = SeatRequirement(
        key: "dph", title: "the Director of Public Health", criteria: [.role(.dph)])

    /// SEL-LCP-5: the borough Director of Public Health is a member of the LCP committee.
    static var lcpDirectorOfPublicHealth: Rule {
        Rule.perPlaceCommittee(
            id: "SEL-LCP-5", severity: .error,
            requirement: "The borough Director of Public Health is a member of each LCP committee (\"considered a "
                + "requirement\"): a person holding the DPH seat on the day.",
            citations: [Citation(.lewishamLCP, "§6.1")],
            refines: ["NAT-MEM-1", "SEL-LCP-4"],
            effective: Period(from: SouthEastLondonData.icsEstablished)
        ) { place, committee, context in
            let shortfalls = [lcpDirectorOfPublicHealthSeat].shortfalls(of: committee.id, in: context.data, on: context.asOf)
                .map { shortfall in
                    shortfall.concern(Concern(about: committee, shortfall.sentence(
                        body: committee, why: "the inclusion of the borough DPH is considered a requirement for each "
                            + "LCP (Lewisham §6.1).")), on: context.asOf)
                }
            guard shortfalls.isEmpty else { return shortfalls }
            let seats = SeatFacts.of(committee.id, data: context.data, on: context.asOf)
                .filter { $0.roles.contains(.dph) }
            return boroughDirectorOfPublicHealthConcerns(seats, of: committee, place: place, context,
                                                         why: "the inclusion of the borough DPH is considered a "
                                                            + "requirement for each LCP (Lewisham §6.1).")
        }
    }

    /// "The borough Director of Public Health": a DPH seat is met only when the person holding it
    /// holds the DPH post at the place's own council on the day. Empty when any seat's holder is
    /// the borough's DPH; otherwise one concern naming each holder who is not.
    static func boroughDirectorOfPublicHealthConcerns(_ seats: [SeatFacts], of body: Body, place: Place,
                                                      _ context: RuleContext, why: String) -> [Concern] {
        let councils = Set(context.data.dataset.organisations.filter { organisation in
            organisation.isIn(.localAuthority) && organisation.place == place.id
        }.map(\.id))
        var others: [String] = []
        for facts in seats {
            guard let holder = facts.holder, let person = context.data.people[holder.person] else { continue }
            let boroughDPH = person.posts.contains { post in
                post.holds(on: context.asOf) && post.role == .dph && councils.contains(post.organisation)
            }
            if boroughDPH { return [] }
            others.append("\(person.name) (“\(facts.seat.title)”)")
        }
        guard !others.isEmpty else { return [] }
        return [Concern(about: body, "The \(body.name)'s Director of Public Health seat is held by \(listed(others)), "
            + "who is not recorded as the Director of Public Health of \(place.name)'s council; \(why)")
            .about(problems: "seat:dph")]
    }

    /// The designated leads of a SEL place leadership team (SEL-LCP-8).
    static let placeLeadershipLeads: [SeatRequirement] = [
        SeatRequirement(key: "lead-social-care", title: "social care", criteria: [.role(.socialCareLead)]),
        SeatRequirement(key: "lead-primary-care", title: "primary care", criteria: [.role(.primaryCareLead)]),
        SeatRequirement(key: "lead-community", title: "community services (physical health)",
                        criteria: [.role(.communityServicesLead)]),
        SeatRequirement(key: "lead-mental-health", title: "mental health services", criteria: [.role(.mentalHealthLead)]),
        SeatRequirement(key: "lead-acute", title: "acute services", criteria: [.role(.acuteServicesLead)]),
        SeatRequirement(key: "lead-public-health", title: "public health (the Director of Public Health)",
                        criteria: [.role(.dph)]),
    ]

    /// SEL-LCP-8: a multi-disciplinary place leadership team with the agreed designated leads, from
    /// the April 2022 landing point (Southwark 2.A.III). Lewisham §8.1 says the team "should comprise"
    /// them, so a warning; checked whether or not the place has an LCP committee.
    static var lcpLeadershipTeam: Rule {
        Rule.perPlace(
            id: "SEL-LCP-8", severity: .warning,
            requirement: "From April 2022 a multi-disciplinary place leadership team should support the Executive "
                + "Place Lead, with designated leads from at least social care, primary care, community services "
                + "(physical health), mental health services, acute services and public health (the borough's DPH).",
            citations: [Citation(.southwarkLCP, "\"South East London Integrated Care System - Local Care Partnerships\""),
                        Citation(.lewishamLCP, "§8.1")],
            effective: Period(from: SouthEastLondonData.icsEstablished)
        ) { place, context in
            let committee = context.data.placeCommittee(of: place.id, on: context.asOf)
            let teams = context.data.operatingBodies(in: place.id, on: context.asOf)
                .filter { $0.kind == .leadershipTeam }.sorted { $0.id < $1.id }
            guard let team = teams.first else {
                return [Concern(place.subject, "\(place.name) has no place leadership team recorded; SEL agreed a "
                    + "multi-disciplinary team with designated leads from social care, primary care, community "
                    + "services, mental health, acute services and public health supports the Executive Place Lead.",
                    place: place.id, body: committee?.id)]
            }
            let seats = teams.flatMap { SeatFacts.of($0.id, data: context.data, on: context.asOf) }
            return placeLeadershipLeads.shortfalls(among: seats).map { shortfall in
                let message: String
                switch shortfall.kind {
                case .missing:
                    message = "The \(team.name) has no designated lead for \(shortfall.title); SEL agreed the place "
                        + "leadership team includes one as a minimum."
                case let .vacant(seat, until):
                    message = SeatShortfall.noHolder(
                        for: "the \(team.name)'s designated lead for \(shortfall.title) (“\(seat.title)”)",
                        recruitingUntil: until) + "; SEL agreed the place leadership team includes one as a minimum."
                }
                return shortfall.concern(Concern(about: team, message), on: context.asOf)
            } + boroughDirectorOfPublicHealthConcerns(
                seats.filter { $0.roles.contains(.dph) && $0.isHeld }, of: team, place: place, context,
                why: "SEL agreed the public health lead is the Director of Public Health (Lewisham §8.1).")
        }
    }
}
