import PlaceworksDomain

/// Southwark's delegated budget for 2020/21 (month 12, £'000 in the source, whole pounds here),
/// as set out in the LCP paper's "Current Southwark borough delegated budgets (20/21)".
///
/// The paper went to the Health and Wellbeing Board, which meets in public, on 23 September 2021;
/// that is recorded as where the spending is published. The delegation behind it (to the Borough
/// Based Board as a committee of SEL CCG) is not recorded, because the CCG is not one of the
/// identifiers the South East London extension publishes.
public enum DelegatedBudget {
    public static let id: ID<Budget> = "swk-budget-2020-21"
    /// The stated total, in pounds.
    public static let statedTotal = 132_935_000

    /// The lines in £'000, as the paper gives them.
    public static let linesInThousands: [(String, Int)] = [
        ("Other Acute Services", 714),
        ("Other Community Health Services", 5_329),
        ("Mental Health Services", 5_520),
        ("Continuing Care Services", 17_540),
        ("Prescribing", 30_417),
        ("Other Primary Care Services", 1_053),
        ("Other Programme Services", 18_877),
        ("Delegated Primary Care Services", 49_772),
        ("Corporate Budgets", 3_713),
    ]

    static var dataset: Dataset {
        Dataset(budgets: [Budget(
            id: id, place: SouthwarkData.place, financialYear: "2020/21", basis: "month 12 budget",
            lines: linesInThousands.map { BudgetLine($0.0, amount: $0.1 * 1000) },
            statedTotal: statedTotal,
            excludes: "Acute contracts; the South London & Maudsley and Oxleas mental health contract",
            publishedAt: "Southwark LCP leadership and governance paper, taken to the Health and Wellbeing Board on 23 September 2021")])
    }
}
