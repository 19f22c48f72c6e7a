/// NAT-GOV-4, NAT-GOV-5: the two forms of thriving-places Table 2 that rest on where functions are
/// delegated — to an individual executive, or to a lead provider under contract.
extension NationalRules {
    static var delegationForms: [Rule] { [individualExecutive, leadProvider] }

    static let individualExecutive = Rule(
        id: "NAT-GOV-4", severity: .warning,
        requirement: "Where statutory bodies delegate functions to individual executives (\"may agree to delegate\"), "
            + "the functions are delegated to named executives, not to the supporting committee, and others in the "
            + "committee attend without decision-making authority.",
        citations: [Citation(.thrivingPlaces, "Table 2 \"Individual executives or staff\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
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
                    + "but no functions are delegated to an executive of it; record the delegation to the executive "
                    + "who takes its decisions."))
            }
            if let rule = terms.decisionRule, rule != .individualExecutive {
                concerns.append(Concern(about: body, "\(body.name) supports an individual executive but its terms "
                    + "of reference (version \(terms.version)) have it decide by \(rule.rawValue); members attend "
                    + "without decision-making authority, and the executive decides."))
            }
            return concerns
        }
    }

    /// The sectors of the providers a lead provider's partnership can have in scope.
    static let providerSectors: Set<Sector> = [
        .acuteProvider, .communityProvider, .mentalHealthProvider, .primaryCare, .socialCareProvider,
    ]

    // Table 2: "A lead provider manages resources and delivery at place-level … under a contract with
    // the ICB and/or local government"; "The lead provider would subcontract other providers" — a
    // description of the form, with no "must" or "will": a warning.
    static let leadProvider = Rule(
        id: "NAT-GOV-5", severity: .warning,
        requirement: "A lead provider holds a contract with the ICB and/or local government for the place's "
            + "services, and would subcontract the other providers in scope, the providers with seats on its "
            + "partnership.",
        citations: [Citation(.thrivingPlaces, "Table 2 \"Lead provider\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { context in
        bodies(of: .leadProvider, context).flatMap { body, _ -> [Concern] in
            guard let place = body.place else { return [] }
            let delegations = ThrivingPlaces.delegations(to: body, in: place, data: context.data, on: context.asOf)
            let contracted = delegations.contains { delegation in
                guard delegation.instrument == .contract,
                      let delegator = context.data.organisations[delegation.delegator] else { return false }
                return delegator.isIn(.icb) || delegator.isIn(.localAuthority)
            }
            guard contracted else {
                return [Concern(about: body, "\(body.name) is recorded as a lead provider, but no contract with the ICB "
                    + "or the local authority is recorded for it; record the contract as a delegation with the "
                    + "contract as its instrument.")]
            }
            // The lead provider: the organisation holding the ICB or council contract (recorded as the
            // contract's organisation), or a provider convening the body.
            let commissioned = context.data.delegations(in: place, on: context.asOf).filter { delegation in
                guard delegation.instrument == .contract, delegation.toBody == nil || delegation.toBody == body.id,
                      let delegator = context.data.organisations[delegation.delegator] else { return false }
                return delegator.isIn(.icb) || delegator.isIn(.localAuthority)
            }
            let convenors = body.terms(on: context.asOf)?.convenedBy ?? []
            let leads = Set(commissioned.compactMap(\.toOrganisation) + convenors.filter { convenor in
                context.data.organisations[convenor].map { !Set($0.sectors).isDisjoint(with: providerSectors) } ?? false
            })
            // Subcontracts: contracts from the lead provider to another provider of the place.
            let contracts = Set(commissioned.map(\.id))
            let subcontracts = context.data.delegations(in: place, on: context.asOf).filter {
                $0.instrument == .contract && $0.toOrganisation != nil && leads.contains($0.delegator)
                    && !contracts.contains($0.id)
            }
            let covered = leads.union(subcontracts.compactMap(\.toOrganisation))
            let inScope = Set(context.data.seats(of: body.id, on: context.asOf).compactMap { seat -> ID<Organisation>? in
                guard let organisation = context.data.organisation(for: seat, on: context.asOf),
                      !Set(organisation.sectors).isDisjoint(with: providerSectors) else { return nil }
                return organisation.id
            })
            guard inScope.count > 1 else { return [] }
            let missing = inScope.subtracting(covered).sorted { $0.rawValue < $1.rawValue }
            guard !missing.isEmpty else { return [] }
            let names = ThrivingPlaces.list(missing.map { ThrivingPlaces.name(of: $0, in: context.data) })
            let by = leads.isEmpty ? "no organisation is recorded as holding its contract as lead provider"
                : "no subcontract from \(ThrivingPlaces.list(leads.sorted { $0.rawValue < $1.rawValue }.map { ThrivingPlaces.name(of: $0, in: context.data) })) is recorded with \(names)"
            // "The lead provider would subcontract": an expectation.
            return [Concern(about: body, "\(body.name) is recorded as a lead provider, but \(by); the lead provider "
                + "would subcontract the other providers within the scope of the partnership (Table 2). Record the "
                + "contract as held by the lead provider and each subcontract as a contract from it to the provider.")]
        }
    }
}
