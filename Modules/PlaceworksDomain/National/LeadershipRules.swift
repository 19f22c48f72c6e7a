/// NAT-LEAD-1, NAT-LEAD-2: the leadership roles of a place-based partnership (thriving-places Table 3
/// and §5 "Leadership roles").
extension NationalRules {
    static var leadership: [Rule] { [leadershipKinds, leadershipDefined] }

    /// The statutory bodies whose functions an executive lead takes responsibility for on `day`: those
    /// delegating to the role itself. Functions delegated to the committee the lead serves (a council's
    /// Section 75 agreements the committee "transacts") are the committee's, not the lead's, and ask
    /// for no appointment by the delegating body.
    static func delegators(for role: LeadershipRole, in place: ID<Place>, _ context: RuleContext) -> [ID<Organisation>] {
        let delegators = context.data.delegations(in: place, on: context.asOf).filter { delegation in
            delegation.toRole == role.id
        }.map(\.delegator)
        return Array(Set(delegators)).sorted { $0.rawValue < $1.rawValue }
    }

    static let leadershipKinds = Rule.perPlace(
        id: "NAT-LEAD-1", severity: .error,
        requirement: "Each leadership role is typically a partnership convenor, an executive lead or a programme lead "
            + "(warning); an "
            + "executive lead to whom functions are delegated is employed by the body delegating them (or jointly "
            + "appointed by the delegating bodies) and follows their conflict-of-interest policies.",
        citations: [Citation(.thrivingPlaces, "Table 3 \"Leadership roles in place-based partnerships\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { place, context in
        context.data.leadershipRoles(in: place.id, on: context.asOf).flatMap { role -> [Concern] in
            guard let kind = role.kind else {
                // Roles "will typically fall into" the three kinds: an expectation, so a warning.
                return [Concern(about: role, "\(role.title) has no recorded leadership kind; record whether it "
                    + "is a partnership convenor, an executive lead or a programme lead.", place: place.id,
                    body: role.body).reported(as: .warning)]
            }
            guard kind == .executiveLead else { return [] }
            let delegators = delegators(for: role, in: place.id, context)
            var concerns: [Concern] = []
            let unappointed = delegators.filter { $0 != role.employer && !role.jointlyAppointedBy.contains($0) }
            let from = ThrivingPlaces.list(delegators.map { ThrivingPlaces.name(of: $0, in: context.data) })
            if !unappointed.isEmpty {
                let names = ThrivingPlaces.list(unappointed.map { ThrivingPlaces.name(of: $0, in: context.data) })
                concerns.append(Concern(about: role, "\(role.title) is an executive lead for functions delegated "
                    + "by \(from), but is neither employed nor jointly appointed by \(names); an executive lead "
                    + "is an employee of the delegating body, or jointly appointed where several bodies delegate.",
                    place: place.id, body: role.body))
            }
            let unfollowed = delegators.filter { !role.conflictPoliciesOf.contains($0) }
            if !unfollowed.isEmpty {
                let names = ThrivingPlaces.list(unfollowed.map { ThrivingPlaces.name(of: $0, in: context.data) })
                concerns.append(Concern(about: role, "\(role.title) is an executive lead for functions delegated "
                    + "by \(from), but is not recorded as following the conflict-of-interest policies of "
                    + "\(names).", place: place.id, body: role.body))
            }
            return concerns
        }
    }

    static let leadershipDefined = Rule.perPlace(
        id: "NAT-LEAD-2", severity: .warning,
        requirement: "The partnership has an agreed process for managing conflicts of interest, and its leadership "
            + "roles are clearly defined.",
        citations: [Citation(.thrivingPlaces, "§5 \"Leadership roles\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { place, context in
        guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else { return [] }
        var concerns: [Concern] = []
        if let terms = committee.terms(on: context.asOf) {
            if (terms.conflictsOfInterestPolicy ?? "").isEmpty {
                concerns.append(Concern(about: committee, "The terms of reference of \(committee.name) (version "
                    + "\(terms.version)) record no agreed process for managing conflicts of interest; state the "
                    + "policy members follow."))
            }
        } else {
            concerns.append(Concern(about: committee, "\(committee.name) has no terms of reference in force, so "
                + "no agreed process for managing conflicts of interest is recorded."))
        }
        if context.data.leadershipRoles(in: place.id, on: context.asOf).isEmpty {
            concerns.append(Concern(about: committee, "No leadership roles are recorded for \(place.name)'s "
                + "partnership; define its convenor, executive lead and programme leads."))
        }
        return concerns
    }
}
