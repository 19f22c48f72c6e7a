import PlaceworksDomain

/// SWK-FIN-1: the 2020/21 delegated budget is recorded as the LCP paper states it.
///
/// Reading: the paper's table is a fact to check against, not only a sum. Each of its nine lines is
/// recorded under the paper's heading with the paper's figure, no other line is recorded, the stated
/// total is £132,935,000, and the exclusions are stated. A budget whose year is written "2020-21" is
/// recognised as the 2020/21 budget. The figures are the month-12 outturn, which the paper
/// publishes (September 2021): the rule applies from the paper's date, not from the year's start.
enum BudgetRules {
    /// The financial year the requirement names.
    static let financialYear = FinancialYear(startingIn: 2020)
    /// The total the paper states, in pounds.
    static let paperTotal = 132_935_000

    static let delegatedBudget = Rule(
        id: "SWK-FIN-1", severity: .error,
        requirement: "Southwark's 2020/21 delegated budget (month 12) is recorded with the paper's nine lines and figures and its total of £132,935,000, and states what it excludes (acute contracts; the SLaM and Oxleas mental health contract).",
        citations: [Citation(.southwarkLCP, "Current Southwark borough delegated budgets (20/21)")],
        effective: Period(from: SouthwarkData.optionsCanvassed)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let budgets = context.data.budgets(in: place.id)
            guard let budget = budgets.first(where: { $0.year == financialYear })
            else {
                return [Concern(about: place,
                    "\(place.name)'s \(financialYear) delegated budget is not recorded; record its nine lines and its stated total of \(pounds(paperTotal)).")]
            }
            return lineConcerns(budget, place: place) + totalConcerns(budget, place: place)
        }
    }

    /// A finding for each paper line missing or recorded with another figure, and each line the paper does not have.
    static func lineConcerns(_ budget: Budget, place: Place) -> [Concern] {
        let name = "The \(place.name) \(budget.displayName)"
        var concerns: [Concern] = []
        let key = { (category: String) in category.lowercased().split(separator: " ").joined(separator: " ") }
        let recorded = Dictionary(budget.lines.map { (key($0.category), $0) }) { first, _ in first }
        let paper = DelegatedBudget.linesInThousands.map { (category: $0.0, amount: $0.1 * 1000) }
        for line in paper {
            guard let found = recorded[key(line.category)] else {
                concerns.append(Concern(about: budget,
                    "\(name) has no line for \(line.category); the paper gives \(pounds(line.amount)).", place: place.id))
                continue
            }
            if found.amount != line.amount {
                concerns.append(Concern(about: budget,
                    "\(name) records \(pounds(found.amount)) for \(line.category); the paper gives \(pounds(line.amount)). Correct the line.",
                    place: place.id))
            }
        }
        let known = Set(paper.map { key($0.category) })
        for line in budget.lines where !known.contains(key(line.category)) {
            concerns.append(Concern(about: budget,
                "\(name) has a line “\(line.category)” (\(pounds(line.amount))) that the paper's table does not have; record the paper's nine lines.",
                place: place.id))
        }
        return concerns
    }

    /// Findings about the stated total, the sum of the lines, and the exclusions.
    static func totalConcerns(_ budget: Budget, place: Place) -> [Concern] {
        let name = "The \(place.name) \(budget.displayName)"
        var concerns: [Concern] = []
        if let stated = budget.statedTotal {
            if stated != paperTotal {
                concerns.append(Concern(about: budget,
                    "\(name) states a total of \(pounds(stated)); the paper's total is \(pounds(paperTotal)).", place: place.id))
            }
            if stated != budget.total {
                concerns.append(Concern(about: budget,
                    "\(name) lines sum to \(pounds(budget.total)), not its stated total of \(pounds(stated)) (a difference of \(pounds(budget.total - stated))); correct the lines or the total.",
                    place: place.id))
            }
        } else {
            concerns.append(Concern(about: budget,
                "\(name) has no stated total; the paper's total is \(pounds(paperTotal)).", place: place.id))
        }
        if (budget.excludes ?? "").isEmpty {
            concerns.append(Concern(about: budget,
                "\(name) does not state what it excludes (acute contracts; the SLaM and Oxleas mental health contract).",
                place: place.id))
        }
        return concerns
    }
}
