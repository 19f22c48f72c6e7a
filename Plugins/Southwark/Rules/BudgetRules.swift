import PlaceworksDomain

/// SWK-FIN-1: the 2020/21 delegated budget adds up.
enum BudgetRules {
    /// The financial year the requirement names.
    static let financialYear = "2020/21"

    static let delegatedBudget = Rule(
        id: "SWK-FIN-1", severity: .error,
        requirement: "Southwark's 2020/21 delegated budget (month 12) is recorded, its lines sum to its stated total of £132,935,000, and it states what it excludes (acute contracts; the SLaM and Oxleas mental health contract).",
        citations: [Citation(.southwarkLCP, "Current Southwark borough delegated budgets (20/21)")]
    ) { context in
        context.places(from: "2020-04-01").flatMap { place -> [Concern] in
            guard let budget = context.data.budgets(in: place.id).first(where: { $0.financialYear == financialYear }) else {
                return [Concern(about: place,
                    "\(place.name)'s \(financialYear) delegated budget is not recorded; record its lines and its stated total.")]
            }
            var concerns: [Concern] = []
            if let stated = budget.statedTotal {
                if stated != budget.total {
                    concerns.append(Concern(about: budget,
                        "The \(place.name) \(budget.displayName) lines sum to \(pounds(budget.total)), not its stated total of \(pounds(stated)) (a difference of \(pounds(budget.total - stated))); correct the lines or the total.",
                        place: place.id))
                }
            } else {
                concerns.append(Concern(about: budget,
                    "The \(place.name) \(budget.displayName) has no stated total to check its lines against.", place: place.id))
            }
            if (budget.excludes ?? "").isEmpty {
                concerns.append(Concern(about: budget,
                    "The \(place.name) \(budget.displayName) does not state what it excludes (acute contracts; the SLaM and Oxleas mental health contract).",
                    place: place.id))
            }
            return concerns
        }
    }
}
