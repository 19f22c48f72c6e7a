import PlaceworksDomain

extension LewishamRules {
    /// LEW-ICP-1: Lewisham's council member of the ICP is the Cabinet Member for Health and Social Care.
    ///
    /// Reading: from the day the ICP operates — April 2022 (§1.1 "the expected changes to be
    /// implemented from April 2022"; the Southwark LCP paper's ICB and ICP "from April 2022") — and
    /// only while it operates (an ICP recorded but not operating is SEL-ICP-1's finding), the ICP's
    /// council seats for the place (those whose `place` is the place, filled from the local authority
    /// sector, whatever role they record, except the lead DASS, DCS and DPH lines §3.4 lists apart) are
    /// checked, a vacant one only when none is held (§3.5 names one representative): the holder
    /// must hold, on the day, a post with the role `cabinet-member` at a council of the place whose
    /// portfolio covers health and social care, however the title words it ("Health and Social
    /// Care", "Adult Social Care and Health", "Health, Wellbeing and Adult Care"). A seat with no
    /// holder recorded is reported here, since no one is then shown to represent the council; it is
    /// noted as info while a recruitment to the seat is open and its window (the date on the seat, or
    /// else the recruitment's target) has not passed, as every seat rule reads it (GOV-MEM-1; the
    /// platform's reading) — a date on the seat with no recruitment is no window. An ICP with no seat for
    /// the place is SEL-ICP-1's concern. Findings are about the ICP, in the place, naming the problems
    /// SEL-ICP-1 names for the same seat (`seat:leader-<place>`, `seat:leader-<place>-postholder`): a
    /// seat with no holder recorded, or a holder who is no cabinet member, is reported once, in §3.5's
    /// words.
    static var icpCouncilMember: Rule {
        Rule(
            id: "LEW-ICP-1", severity: .error,
            requirement: "Lewisham's council member of the Integrated Care Partnership is the Cabinet Member for "
                + "Health and Social Care, from April 2022, when the ICP operates. A seat with no holder recorded is "
                + "info while a recruitment to it is open and its window has not passed (the platform's reading).",
            citations: [paper("§3.5"), paper("§1.1")],
            refines: ["SEL-ICP-1"],
            effective: Period(from: LewishamData.established)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                let day = context.asOf, data = context.data
                guard let icp = place.ics.flatMap({ data.systems[$0] })?.partnership,
                      let icpBody = data.bodies[icp], icpBody.isOperating(on: day) else { return [] }
                let councilSeats = SeatFacts.of(icp, data: data, on: day).filter { facts in
                    facts.seat.place == place.id && facts.sectors.contains(.localAuthority)
                        && ![Role.dass, .directorOfChildrensServices, .dph].contains(facts.seat.role)
                }
                // §3.5 names one representative: a second, vacant council seat is not reported while one is held.
                let anyHeld = councilSeats.contains { $0.holder != nil }
                return councilSeats
                    .filter { $0.holder != nil || !anyHeld }
                    .compactMap { facts -> Concern? in
                        let seat = facts.seat
                        guard let membership = facts.holder else {
                            let concern = Concern(icpBody.subject,
                                SeatShortfall.noHolder(for: "\(place.name)'s seat on the \(icpBody.name) (“\(seat.title)”) "
                                    + "on \(day.spelledOut)", recruitingUntil: facts.recruitingUntil)
                                    + "; \(place.name) named its Cabinet Member for Health and Social Care as its council "
                                    + "representative (§3.5). Record who holds it.",
                                place: place.id, body: icp)
                                .about(problems: "seat:leader-\(place.id.rawValue)", SeatShortfall.vacancyKey(seat.id))
                            if facts.recruitingUntil != nil { return concern.reported(as: .info) }
                            return concern
                        }
                        let person = data.people[membership.person]
                        let qualifies = person?.posts.contains { post in
                            post.holds(on: day) && post.role == .cabinetMember
                                && namesHealthAndSocialCare(post.title)
                                && data.organisations[post.organisation]?.place == place.id
                        } ?? false
                        guard !qualifies else { return nil }
                        let name = person?.displayName ?? membership.person.rawValue
                        return Concern(icpBody.subject,
                            "\(name) holds \(place.name)'s seat on the \(icpBody.name) (“\(seat.title)”), but is not "
                                + "recorded as \(place.name)'s Cabinet Member for Health and Social Care, whom "
                                + "\(place.name) named as its council representative. Record that post, or the "
                                + "cabinet member who should hold the seat.",
                            place: place.id, body: icp).about(problems: "seat:leader-\(place.id.rawValue)-postholder")
                    }
            }
        }
    }

    /// Whether a portfolio title covers both health and (social) care, in any order or wording.
    static func namesHealthAndSocialCare(_ title: String) -> Bool {
        let words = Set(title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return words.contains("health") && words.contains("care")
    }
}
