import PlaceworksDomain

extension LewishamRules {
    /// LEW-LEAD-2: a Place Lead who also holds another substantive post is supported by a chief
    /// operating officer.
    ///
    /// Reading: the holder of the Executive Place Lead role has a substantive post on the day
    /// other than a post as Executive Place Lead; then the place must have a leadership role
    /// `chief-operating-officer` on that day (filled or not).
    static var chiefOperatingOfficer: Rule {
        Rule(
            id: "LEW-LEAD-2", severity: .error,
            requirement: "If the Executive Place Lead also holds another substantive post in the partnership, a chief "
                + "operating officer role supports them.",
            citations: [paper("§7.1")]
        ) { context in
            context.places.compactMap { place -> Concern? in
                let day = context.asOf, data = context.data
                guard let lead = data.leadershipRole(.executivePlaceLead, in: place.id, on: day),
                      let holder = lead.holder, let person = data.people[holder] else { return nil }
                let otherPosts = person.substantivePosts(on: day).filter { $0.role != .executivePlaceLead }
                guard let post = otherPosts.first,
                      data.leadershipRole(.chiefOperatingOfficer, in: place.id, on: day) == nil else { return nil }
                let organisation = data.organisations[post.organisation]?.name ?? post.organisation.rawValue
                return Concern(about: lead,
                    "\(person.displayName), \(lead.title) for \(place.name), also holds the substantive post of "
                        + "\(post.title) at \(organisation), but \(place.name) has no chief operating officer role; "
                        + "partners agreed to add one to support a Place Lead with another post. Record the role.",
                    place: place.id, body: lead.body)
            }
        }
    }
}
