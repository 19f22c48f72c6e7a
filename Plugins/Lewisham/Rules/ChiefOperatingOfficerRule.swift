import PlaceworksDomain

extension LewishamRules {
    /// LEW-LEAD-2: a Place Lead who also holds another substantive post is supported by a chief
    /// operating officer.
    ///
    /// Reading: the holder of the Executive Place Lead role has a substantive post on the day,
    /// other than a post as Executive Place Lead, "within the partnership": at an organisation of
    /// the place, the ICB of its ICS, or an organisation a seat or member of the place committee
    /// speaks for. Then the place must have a leadership role `chief-operating-officer` on that day,
    /// held by a person: an empty role supports no one. A post outside the partnership does not call
    /// for one.
    static var chiefOperatingOfficer: Rule {
        Rule(
            id: "LEW-LEAD-2", severity: .error,
            requirement: "If the Executive Place Lead also holds another substantive post in the partnership, a chief "
                + "operating officer role supports them.",
            citations: [paper("§7.1")],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            context.places.compactMap { place -> Concern? in
                let day = context.asOf, data = context.data
                guard let lead = data.leadershipRole(.executivePlaceLead, in: place.id, on: day),
                      let holder = lead.holder, let person = data.people[holder] else { return nil }
                let otherPosts = person.substantivePosts(on: day).filter {
                    $0.role != .executivePlaceLead && isPartner($0.organisation, of: place, in: data, on: day)
                }
                guard let post = otherPosts.first else { return nil }
                let organisation = data.name(of: post.organisation)
                let coo = data.leadershipRoles(in: place.id, on: day).filter { $0.role == .chiefOperatingOfficer }
                if coo.contains(where: { $0.holder != nil }) { return nil }
                if let vacant = coo.first {
                    return Concern(about: lead,
                        "\(person.displayName), \(lead.title) for \(place.name), also holds the substantive post of "
                            + "\(post.title) at \(organisation), and no one holds the role “\(vacant.title)” on "
                            + "\(day.spelledOut); partners agreed a chief operating officer supports a Place Lead with "
                            + "another post. Record who holds it.",
                        place: place.id, body: lead.body)
                }
                return Concern(about: lead,
                    "\(person.displayName), \(lead.title) for \(place.name), also holds the substantive post of "
                        + "\(post.title) at \(organisation), but \(place.name) has no chief operating officer role; "
                        + "partners agreed to add one to support a Place Lead with another post. Record the role.",
                    place: place.id, body: lead.body)
            }
        }
    }

    /// Whether `organisation` is within the place's partnership on `day`: based in the place, the
    /// ICB of its ICS, or spoken for by a seat or member of the place committee.
    static func isPartner(_ organisation: ID<Organisation>, of place: Place, in data: DatasetIndex, on day: Day) -> Bool {
        guard let record = data.organisations[organisation] else { return false }
        if record.place == place.id { return true }
        if record.isIn(.icb), let ics = place.ics,
           record.ics == ics || (record.odsCode != nil && record.odsCode == data.systems[ics]?.odsCode) {
            return true
        }
        guard let committee = data.placeCommittee(of: place.id, on: day) else { return false }
        return data.members(of: committee.id, on: day).contains { seat, membership in
            seat.organisation == organisation || membership?.onBehalfOf == organisation
        }
    }
}
