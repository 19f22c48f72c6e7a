import PlaceworksDomain

/// The recovery plan's milestones for delivery (recovery plan §10), with stable identifiers.
///
/// The plan dates one milestone to the day ("17 Jul") and the rest by month ("Aug", "Sept"): those
/// are recorded on the first of the month with month precision, so they fall due at the month's end.
/// The plan gives no completion dates, so every milestone ships as planned: SWK-WS-3 reports each
/// as slipped once its deadline has passed, until the programme team records it done.
public enum RecoveryPlanMilestones {
    /// (identifier, title, due).
    public static let milestones: [(id: ID<Milestone>, title: String, due: Day)] = [
        ("swk-ms-initial-draft", "Initial draft plan agreed by partnership leads for submission to SEL ICS", "2020-07-17"),
        ("swk-ms-second-wave-plan", "Develop second wave plan aligned to winter planning process and recovery plan",
         "2020-07-01"),
        ("swk-ms-engagement-plan", "Develop and implement engagement and involvement plan with partners and local residents",
         "2020-07-01"),
        ("swk-ms-plan-sign-off", "Finalise the borough recovery plan and take through sign-off", "2020-08-01"),
        ("swk-ms-leadership-cells",
         "Establish leadership cells and resource task and finish groups for each priority workstream", "2020-08-01"),
        ("swk-ms-community-hub-review",
         "Consider implications of review on future COVID community hub arrangements", "2020-09-01"),
        ("swk-ms-implementation-plans",
         "Finalise detailed implementation plans for each priority including workstream milestones", "2020-09-01"),
        ("swk-ms-commence-programmes", "Commence formal programmes", "2020-09-01"),
        ("swk-ms-outcome-metrics", "Develop outcome metrics and implement monitoring frameworks to assess impact",
         "2020-09-01"),
        ("swk-ms-review-and-refresh", "Review impact of plan and refresh for 2021/22", "2021-01-01"),
    ]

    static var dataset: Dataset {
        Dataset(milestones: milestones.map {
            Milestone(id: $0.id, place: SouthwarkData.place, title: $0.title, due: $0.due,
                      precision: $0.due.day == 1 ? .month : .day)
        })
    }
}
