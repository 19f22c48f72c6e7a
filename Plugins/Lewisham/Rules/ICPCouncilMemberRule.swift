import PlaceworksDomain

extension LewishamRules {
    /// LEW-ICP-1: Lewisham's council member of the ICP is the Cabinet Member for Health and Social Care.
    ///
    /// Reading: the ICP's council seats for the place (those whose `place` is the place, filled from
    /// the local authority sector, and whose role is elected leader, cabinet member or unstated) are
    /// checked: the holder
    /// must hold, on the day, a post with the role `cabinet-member` at a council of the place whose
    /// portfolio covers health and social care, however the title words it ("Health and Social
    /// Care", "Adult Social Care and Health", "Health, Wellbeing and Adult Care"). A vacant seat is
    /// reported here, since no one then represents the council (noted as info while inside a
    /// recruitment window the seat records); an ICP with no seat for the place is SEL-ICP-1's concern.
    /// Findings are about the ICP, in the place, naming the problems SEL-ICP-1 names for the same seat
    /// (`seat:leader-<place>`, `seat:leader-<place>-postholder`): a vacant seat, or a holder who is no
    /// cabinet member, is reported once, in §3.5's words.
    static var icpCouncilMember: Rule {
        Rule(
            id: "LEW-ICP-1", severity: .error,
            requirement: "Lewisham's council member of the Integrated Care Partnership is the Cabinet Member for "
                + "Health and Social Care.",
            citations: [paper("§3.5")],
            refines: ["SEL-ICP-1"],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                let day = context.asOf, data = context.data
                guard let icp = place.ics.flatMap({ data.systems[$0] })?.partnership,
                      let icpBody = data.bodies[icp] else { return [] }
                return data.members(of: icp, on: day)
                    .filter { seat, _ in
                        seat.place == place.id && data.sectors(of: seat, on: day).contains(.localAuthority)
                            && (seat.role == nil || seat.role == .electedLeader || seat.role == .cabinetMember)
                    }
                    .sorted { $0.seat.id < $1.seat.id }
                    .compactMap { seat, membership -> Concern? in
                        guard let membership else {
                            let window = seat.recruitingUntil.map { " (recruitment is open until \($0.spelledOut))" } ?? ""
                            let concern = Concern(icpBody.subject,
                                "\(place.name)'s seat on the \(icpBody.name) (“\(seat.title)”) is vacant on "
                                    + "\(day.spelledOut)\(window); \(place.name) named its Cabinet Member for Health and "
                                    + "Social Care as its council representative. Record who holds it.",
                                place: place.id, body: icp).about(problems: "seat:leader-\(place.id.rawValue)")
                            if let until = seat.recruitingUntil, day <= until { return concern.reported(as: .info) }
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
