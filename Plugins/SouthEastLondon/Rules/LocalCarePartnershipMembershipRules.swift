import PlaceworksDomain

/// SEL-LCP-4, SEL-LCP-5 and SEL-LCP-8: who sits on the LCP committee, and who leads with the
/// Executive Place Lead in the place leadership team.
extension SouthEastLondonRules {
    static var localCarePartnershipMembership: [Rule] { [lcpMinimumMembership, lcpDirectorOfPublicHealth, lcpLeadershipTeam] }

    /// The groups the LCP committee includes as a minimum (SEL-LCP-4).
    static let lcpMinimumSeats: [SeatRequirement] = [
        .sector("primary care networks (PCNs)", .primaryCare),
        .sector("an acute services provider", .acuteProvider),
        .sector("a mental health services provider", .mentalHealthProvider),
        .sector("a community services provider", .communityProvider),
        .role("the council's adult social services (the DASS)", .dass),
        .role("the council's children's services (the Director of Children's Services)", .directorOfChildrensServices),
        .role("the Director of Public Health", .dph),
        .sector("Healthwatch", .healthwatch),
        .sector("the VCSE sector", .vcse),
    ]

    /// SEL-LCP-4: the committee's minimum membership.
    static var lcpMinimumMembership: Rule {
        Rule(id: "SEL-LCP-4", severity: .warning,
             requirement: "The LCP committee includes, as a minimum, PCNs; acute, mental health and community services "
                + "providers; the local authority's adults' and children's services and Director of Public Health; "
                + "Healthwatch; and the VCSE sector.",
             citations: [Citation(.southwarkLCP, "\"Membership of the PSSB should include as a minimum\""),
                         Citation(.lewishamLCP, "§6.1")]) { context in
            context.placeCommittees.flatMap { _, committee -> [Concern] in
                let seats = SeatFacts.of(committee.id, data: context.data, on: context.asOf)
                return lcpMinimumSeats.filter { !$0.isMet(by: seats) }.map { requirement in
                    Concern(about: committee, "The \(committee.name) has no seat for \(requirement.label); SEL expects "
                        + "each LCP committee to include it as a minimum.")
                }
            }
        }
    }

    /// SEL-LCP-5: the borough Director of Public Health sits on the LCP committee.
    static var lcpDirectorOfPublicHealth: Rule {
        Rule(id: "SEL-LCP-5", severity: .error,
             requirement: "The borough Director of Public Health is a member of each LCP committee (a requirement, "
                + "not a preference).",
             citations: [Citation(.lewishamLCP, "§6.1")]) { context in
            context.placeCommittees.compactMap { _, committee -> Concern? in
                let seats = SeatFacts.of(committee.id, data: context.data, on: context.asOf)
                guard !seats.contains(where: { $0.roles.contains(.dph) }) else { return nil }
                return Concern(about: committee, "The \(committee.name) has no Director of Public Health seat; the "
                    + "borough DPH must be a member of each LCP committee.")
            }
        }
    }

    /// The designated leads of a SEL place leadership team (SEL-LCP-8).
    static let placeLeadershipLeads: [SeatRequirement] = [
        .role("social care", .socialCareLead),
        .role("primary care", .primaryCareLead),
        .role("community services (physical health)", .communityServicesLead),
        .role("mental health services", .mentalHealthLead),
        .role("acute services", .acuteServicesLead),
        .role("public health (the Director of Public Health)", .publicHealthLead, .dph),
    ]

    /// SEL-LCP-8: a multi-disciplinary place leadership team with the agreed designated leads.
    static var lcpLeadershipTeam: Rule {
        Rule(id: "SEL-LCP-8", severity: .error,
             requirement: "A multi-disciplinary place leadership team supports the Executive Place Lead, with "
                + "designated leads from at least social care, primary care, community services (physical health), "
                + "mental health services, acute services and public health (the DPH).",
             citations: [Citation(.southwarkLCP, "\"South East London Integrated Care System - Local Care Partnerships\""),
                         Citation(.lewishamLCP, "§8.1")]) { context in
            context.placeCommittees.flatMap { place, committee -> [Concern] in
                let teams = context.data.operatingBodies(in: place.id, on: context.asOf)
                    .filter { $0.kind == .leadershipTeam }.sorted { $0.id < $1.id }
                guard let team = teams.first else {
                    return [Concern(place.subject, "\(place.name) has no place leadership team recorded; SEL agreed a "
                        + "multi-disciplinary team with designated leads from social care, primary care, community "
                        + "services, mental health, acute services and public health supports the Executive Place Lead.",
                        place: place.id, body: committee.id)]
                }
                let seats = teams.flatMap { SeatFacts.of($0.id, data: context.data, on: context.asOf) }
                return placeLeadershipLeads.filter { !$0.isMet(by: seats) }.map { lead in
                    Concern(about: team, "The \(team.name) has no designated lead for \(lead.label); SEL agreed "
                        + "the place leadership team includes one as a minimum.")
                }
            }
        }
    }
}
