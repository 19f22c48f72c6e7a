/// NAT-FIN-1: what a place records when it takes responsibility for delegated funding
/// (thriving-places §4 "Governance and decision-making arrangements", budgets paragraph).
extension NationalRules {
    static var funding: [Rule] { [delegatedBudget] }

    /// The first day of a financial year written "2022/23" or "2022-23" (1 April 2022); nil when unreadable.
    static func start(ofFinancialYear text: String) -> Day? {
        let digits = text.prefix { $0.isNumber }
        guard digits.count == 4, let year = Int(digits) else { return nil }
        return Day(year: year, month: 4, day: 1)
    }

    static let delegatedBudget = Rule(
        id: "NAT-FIN-1", severity: .error,
        requirement: "Where a place takes responsibility for delegated funding, it publishes its spending, records "
            + "equal access for equal need and the duty to reduce health inequalities, explains variation from "
            + "previous CCG budgets and states the minimum NHS contribution to the Better Care Fund.",
        citations: [Citation(.thrivingPlaces, "§4 \"Governance and decision-making arrangements\" (budgets paragraph)")]
    ) { context in
        context.places.flatMap { place in
            let inForce = Set(context.data.delegations(in: place.id, on: context.asOf).map(\.id))
            return context.data.budgets(in: place.id).compactMap { budget -> Concern? in
                guard let delegation = budget.delegation, inForce.contains(delegation) else { return nil }
                if let start = start(ofFinancialYear: budget.financialYear), start > context.asOf { return nil }
                var missing: [String] = []
                if (budget.publishedAt ?? "").isEmpty { missing.append("where place spending is published") }
                if (budget.equityPrinciplesRecorded ?? "").isEmpty {
                    missing.append("where equal access for equal need and the duty to reduce health inequalities are adopted")
                }
                if (budget.variationExplained ?? "").isEmpty {
                    missing.append("how variation from previous CCG budgets is explained")
                }
                if budget.betterCareFundMinimum == nil {
                    missing.append("the minimum NHS contribution to the Better Care Fund")
                }
                guard !missing.isEmpty else { return nil }
                let record = context.data.delegationsByID[delegation]
                let body = record?.toBody ?? record?.toRole.flatMap { context.data.leadershipRolesByID[$0]?.body }
                return Concern(about: budget, "\(place.name)'s \(budget.financialYear) delegated budget does not "
                    + "record \(ThrivingPlaces.list(missing)).", place: place.id, body: body)
            }
        }
    }
}
