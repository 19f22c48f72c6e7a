/// NAT-ACC-1: what every delegation of statutory functions to a place records
/// (thriving-places §4 "Agreeing the functions of the place-based partnership", "Accountability arrangements").
extension NationalRules {
    static var accountability: [Rule] { [delegationTerms] }

    static let delegationTerms = Rule.perPlace(
        id: "NAT-ACC-1", severity: .error,
        requirement: "A statutory body that delegates a function keeps accountability for it; every delegation "
            + "names the statutory body delegating, the functions, the instrument and the governance and "
            + "assurance arrangements.",
        citations: [Citation(.thrivingPlaces, "§4 \"Agreeing the functions of the place-based partnership\""),
                    Citation(.thrivingPlaces, "§4 \"Accountability arrangements\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { place, context in
        // A provider's subcontract (NAT-GOV-5) is not a delegation of a statutory function.
        context.data.delegations(in: place.id, on: context.asOf).filter { delegation in
            guard delegation.toOrganisation != nil,
                  let delegator = context.data.organisations[delegation.delegator] else { return true }
            return delegator.isIn(.icb) || delegator.isIn(.localAuthority)
        }.compactMap { delegation -> Concern? in
            var missing: [String] = []
            if let delegator = context.data.organisations[delegation.delegator] {
                if !delegator.statutory {
                    missing.append("a statutory delegating body (\(delegator.name) is not a statutory body)")
                }
            } else {
                missing.append("a delegating body that is recorded (\(delegation.delegator) is unknown)")
            }
            if delegation.functions.isEmpty { missing.append("the functions delegated") }
            if delegation.instrument == nil {
                missing.append("the instrument (e.g. scheme of reservation and delegation, Section 75 agreement)")
            }
            if (delegation.assurance ?? "").isEmpty { missing.append("the governance and assurance arrangements") }
            guard !missing.isEmpty else { return nil }
            let body = delegation.toBody
                ?? delegation.toRole.flatMap { context.data.leadershipRolesByID[$0]?.body }
            let to = delegation.toBody.flatMap { context.data.bodies[$0]?.name }
                ?? delegation.toRole.flatMap { context.data.leadershipRolesByID[$0]?.title }
                ?? place.name
            return Concern(about: delegation, "Delegation \(delegation.id) to \(to) does not record "
                + "\(ThrivingPlaces.list(missing)); the delegating body keeps accountability and must agree "
                + "these terms with the partnership.", place: place.id, body: body)
        }
    }
}
