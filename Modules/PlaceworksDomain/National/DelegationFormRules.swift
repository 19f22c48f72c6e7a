/// NAT-GOV-4, NAT-GOV-5: the two forms of thriving-places Table 2 that rest on where functions are
/// delegated — to an individual executive, or to a lead provider under contract.
extension NationalRules {
    static var delegationForms: [Rule] { [individualExecutive, leadProvider] }

    static let individualExecutive = Rule(
        id: "NAT-GOV-4", severity: .error,
        requirement: "Where functions are delegated to an individual executive, that one person is the single SRO "
            + "for the decisions, and others in the supporting committee attend without decision-making authority.",
        citations: [Citation(.thrivingPlaces, "Table 2 \"Individual executives or staff\"")]
    ) { context in
        bodies(of: .individualExecutive, context).flatMap { body, terms -> [Concern] in
            guard let place = body.place else { return [] }
            let delegations = ThrivingPlaces.delegations(to: body, in: place, data: context.data, on: context.asOf)
            var concerns: [Concern] = []
            for delegation in delegations where delegation.toBody == body.id {
                concerns.append(Concern(about: body, "Delegation \(delegation.id) gives functions to \(body.name) "
                    + "as a whole, but under the individual-executive form functions are delegated to one named "
                    + "executive; delegate them to that leadership role instead."))
            }
            let roles = Set(delegations.compactMap(\.toRole)).sorted { $0.rawValue < $1.rawValue }
            if roles.isEmpty {
                concerns.append(Concern(about: body, "\(body.name) is recorded as supporting an individual executive, "
                    + "but no functions are delegated to an executive of it; record the delegation to the single "
                    + "SRO for its decisions."))
            } else if roles.count > 1 {
                let titles = roles.map { context.data.leadershipRolesByID[$0]?.title ?? $0.rawValue }
                concerns.append(Concern(about: body, "Functions of \(body.name) are delegated to more than one "
                    + "executive (\(ThrivingPlaces.list(titles))); the individual-executive form keeps a single "
                    + "SRO for decisions."))
            }
            if let rule = terms.decisionRule, rule != .individualExecutive {
                concerns.append(Concern(about: body, "\(body.name) supports an individual executive but its terms "
                    + "of reference (version \(terms.version)) have it decide by \(rule.rawValue); members attend "
                    + "without decision-making authority, and the executive decides."))
            }
            return concerns
        }
    }

    static let leadProvider = Rule(
        id: "NAT-GOV-5", severity: .error,
        requirement: "A lead provider holds a contract with the ICB and/or local government for the place's "
            + "services, and subcontracts the other providers in scope.",
        citations: [Citation(.thrivingPlaces, "Table 2 \"Lead provider\"")]
    ) { context in
        bodies(of: .leadProvider, context).compactMap { body, _ -> Concern? in
            guard let place = body.place else { return nil }
            let contracted = ThrivingPlaces.delegations(to: body, in: place, data: context.data, on: context.asOf)
                .contains { delegation in
                    guard delegation.instrument == .contract,
                          let delegator = context.data.organisations[delegation.delegator] else { return false }
                    return delegator.isIn(.icb) || delegator.isIn(.localAuthority)
                }
            guard !contracted else { return nil }
            return Concern(about: body, "\(body.name) is recorded as a lead provider, but no contract with the ICB "
                + "or the local authority is recorded for it; record the contract as a delegation with the "
                + "contract as its instrument.")
        }
    }
}
