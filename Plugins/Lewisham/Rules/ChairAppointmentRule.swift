import PlaceworksDomain

extension LewishamRules {
    /// LEW-GOV-2: the Chair comes from the committee's membership, after the Place Lead, and not
    /// from the Place Lead's own organisation. §6.4 says the appointment "will follow that of Place
    /// Lead" (an error); that it is "proposed to be from within the membership" is a warning; "not
    /// from the Place Lead's own organisation" is the platform's reading of "to ensure a balance of
    /// leadership from across the partnership" (a warning).
    ///
    /// Reading: checked once the Chair of the place committee is filled. The Chair's holder must
    /// hold a seat on the committee; the Chair's appointment date must be later than the Executive
    /// Place Lead's (a missing date cannot show that); and neither the Chair's employer nor the
    /// organisation the Chair represents on the committee may be the Place Lead's own organisation:
    /// the role's recorded employer, and the organisation of every substantive post its holder holds
    /// that day (a dual-hatted Place Lead keeps a substantive post at a partner, which is their
    /// organisation too).
    static var chairAppointment: Rule {
        Rule(
            id: "LEW-GOV-2", severity: .error,
            requirement: "The LCP Board's Chair is appointed after the Place Lead, and is proposed to come from within "
                + "its membership; not from the Place Lead's own organisation (the platform's reading of "
                + "\"a balance of leadership from across the partnership\").",
            citations: [paper("§6.4")],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                let day = context.asOf, data = context.data
                guard let committee = data.placeCommittee(of: place.id, on: day) else { return [] }
                guard let chair = data.leadershipRoles(in: place.id, on: day)
                    .first(where: { $0.role == .chair && $0.body == committee.id }),
                    let holder = chair.holder else { return [] }
                let name = data.people[holder]?.displayName ?? holder.rawValue
                func concern(_ text: String) -> Concern {
                    Concern(about: chair, text, place: place.id, body: committee.id)
                }
                var concerns: [Concern] = []

                let seatsHeld = data.members(of: committee.id, on: day).filter { $0.membership?.person == holder }
                if seatsHeld.isEmpty {
                    concerns.append(concern(
                        "\(name), \(chair.title), does not hold a seat on the \(committee.name) on \(day.spelledOut); the Chair "
                            + "is to be appointed from within the committee's membership. Record the Chair's seat, "
                            + "or appoint a Chair from among the members.").reported(as: .warning))
                }

                let lead = data.leadershipRole(.executivePlaceLead, in: place.id, on: day)
                if let lead, lead.holder != nil, let leadDate = lead.appointment?.date {
                    if let chairDate = chair.appointment?.date {
                        if chairDate <= leadDate {
                            concerns.append(concern(
                                "The \(chair.title) was appointed on \(chairDate.spelledOut), not after the \(lead.title) "
                                    + "(appointed \(leadDate.spelledOut)); the Chair's appointment is to follow the Place "
                                    + "Lead's, to balance leadership across the partnership."))
                        }
                    } else {
                        concerns.append(concern(
                            "The \(chair.title) has no appointment date recorded, so it cannot be shown that the Chair "
                                + "was appointed after the \(lead.title) (appointed \(leadDate.spelledOut)). Record the date."))
                    }
                } else {
                    concerns.append(concern(
                        "The \(chair.title) is filled but the Executive Place Lead's appointment is not recorded; the "
                            + "Chair's appointment is to follow the Place Lead's. Record the Place Lead's holder "
                            + "and appointment date."))
                }

                if let lead {
                    var leadOrganisations = Set(lead.employer.map { [$0] } ?? [])
                    if let leadHolder = lead.holder, let person = data.people[leadHolder] {
                        leadOrganisations.formUnion(person.substantivePosts(on: day).map(\.organisation))
                    }
                    var chairOrganisations = Set(chair.employer.map { [$0] } ?? [])
                    for held in seatsHeld {
                        if let organisation = data.organisation(for: held.seat, on: day) {
                            chairOrganisations.insert(organisation.id)
                        }
                    }
                    for shared in chairOrganisations.intersection(leadOrganisations).sorted() {
                        let organisation = data.name(of: shared)
                        concerns.append(concern(
                            "\(name), \(chair.title), is from \(organisation), the \(lead.title)'s own "
                                + "organisation; the Chair is to come from elsewhere in the partnership, to "
                                + "balance leadership across it (the platform's reading).").reported(as: .warning))
                    }
                }
                return concerns
            }
        }
    }
}
