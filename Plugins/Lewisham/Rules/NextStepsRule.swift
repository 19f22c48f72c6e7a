import PlaceworksDomain

extension LewishamRules {
    /// LEW-PLAN-1: every §9.1 action is recorded as a milestone, and one not done by its due day
    /// is flagged once that day has passed.
    ///
    /// Reading: the milestones are found by the identifiers the extension ships them under; a
    /// missing one is reported against the place, an overdue one against itself.
    static var nextSteps: Rule {
        Rule(
            id: "LEW-PLAN-1", severity: .warning,
            requirement: "Before 1 April 2022 Lewisham appoints its Executive Place Lead and Chair, confirms the "
                + "committee status, the leadership-team representatives, primary care representation, a VCSE "
                + "member, social care provider engagement, the clinical and care professional network and citizen "
                + "and community engagement.",
            citations: [paper("§9.1")],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                let milestones = Dictionary(context.data.milestones(in: place.id).map { ($0.id, $0) }) { a, _ in a }
                return NextSteps.actions.compactMap { action -> Concern? in
                    guard let milestone = milestones[action.milestone] else {
                        return Concern(about: place,
                            "The next step “\(action.title)” (§9.1) is not recorded as a milestone for \(place.name). "
                                + "Record it with its due date and status.")
                    }
                    guard milestone.isOverdue(on: context.asOf) else { return nil }
                    return Concern(about: milestone,
                        "The next step “\(milestone.title)” (§9.1) was due by \(milestone.dueSpelledOut) and is recorded as "
                            + "\(milestone.status.rawValue.replacing("-", with: " ")) on \(context.asOf.spelledOut). Complete it, or record its new date "
                            + "and the reason for the slip.",
                        place: place.id)
                }
            }
        }
    }
}
