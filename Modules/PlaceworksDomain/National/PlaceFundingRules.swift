/// NAT-FIN-1: what a place records when it takes responsibility for delegated funding
/// (thriving-places §4 "Governance and decision-making arrangements", budgets paragraph).
extension NationalRules {
    static var funding: [Rule] { [delegatedBudget] }

    static let delegatedBudget = Rule.perPlace(
        id: "NAT-FIN-1", severity: .error,
        requirement: "Where a place takes responsibility for NHS funding delegated by the ICB (from 1 April 2022), it must adopt equal access for "
            + "equal need and the duty to reduce health inequalities and support transparency on spending at place "
            + "(error); the ICB should explain variation from previous CCG budgets and state the minimum NHS "
            + "contribution to the Better Care Fund (warning).",
        citations: [Citation(.thrivingPlaces, "§4 \"Governance and decision-making arrangements\" (budgets paragraph)")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { place, context in
        // "NHS funding from the ICB": budgets delegated by an ICB, once ICBs replace CCGs (1 April 2022).
        guard context.asOf >= ThrivingPlaces.icbsEstablished else { return [] }
        let inForce = Set(context.data.delegations(in: place.id, on: context.asOf).filter { delegation in
            guard let delegator = context.data.organisations[delegation.delegator] else { return false }
            return delegator.isIn(.icb) && (delegator.period.end.map { $0 >= context.asOf } ?? true)
        }.map(\.id))
        return context.data.budgets(in: place.id).flatMap { budget -> [Concern] in
            guard let delegation = budget.delegation, inForce.contains(delegation) else { return [] }
            if let year = budget.year, year.start > context.asOf { return [] }
            var must: [(key: String, text: String)] = []
            var should: [(key: String, text: String)] = []
            if (budget.publishedAt ?? "").isEmpty { must.append(("budget:published", "where place spending is published")) }
            if (budget.equityPrinciplesRecorded ?? "").isEmpty {
                must.append(("budget:equity",
                             "where equal access for equal need and the duty to reduce health inequalities are adopted"))
            }
            if (budget.variationExplained ?? "").isEmpty {
                should.append(("budget:variation", "how variation from previous CCG budgets is explained"))
            }
            if statedBetterCareFundMinimum(in: place.id, for: budget.financialYear, data: context.data) == nil {
                should.append(("budget:bcf", "the minimum NHS contribution to the Better Care Fund"))
            }
            let record = context.data.delegationsByID[delegation]
            let body = record?.toBody ?? record?.toRole.flatMap { context.data.leadershipRolesByID[$0]?.body }
            var concerns: [Concern] = []
            if !must.isEmpty {
                var concern = Concern(about: budget, "\(place.name)'s \(budget.financialYear) delegated budget does not "
                    + "record \(ThrivingPlaces.list(must.map(\.text))); national guidance says a place taking NHS "
                    + "funding must adopt these.", place: place.id, body: body)
                concern.problems = Set(must.map(\.key))
                concerns.append(concern)
            }
            if !should.isEmpty {
                var concern = Concern(about: budget, "\(place.name)'s \(budget.financialYear) delegated budget does not "
                    + "record \(ThrivingPlaces.list(should.map(\.text))); national guidance says the ICB should set "
                    + "these out.", place: place.id, body: body).reported(as: .warning)
                concern.problems = Set(should.map(\.key))
                concerns.append(concern)
            }
            return concerns
        }
    }
}
