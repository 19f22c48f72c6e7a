import PlaceworksDomain

/// SWK-ENG-1: service users and frontline staff are engaged in each workstream, under an agreed
/// engagement and involvement plan.
///
/// Reading: "will be engaged … in line with underpinning engagement and involvement plan" (an
/// error). From 1 October 2020 (the plan's July milestone is SWK-WS-3's) the plan is recorded with
/// the day it was agreed and the body that agreed it; and each prioritised workstream active on the
/// day has, in the 12 months before it, an engagement recorded for it with service users or
/// carers and one with frontline staff. One finding per workstream per missing group.
enum EngagementPlanRules {
    static let effective: Day = "2020-10-01"
    /// The groups the plan names, as the finding words them.
    static let groups: [(Audience, String)] = [(.serviceUsersOrCarers, "service users or carers"),
                                               (.frontlineStaff, "frontline staff")]

    static let engagement = Rule(
        id: "SWK-ENG-1", severity: .error,
        requirement: "From 1 October 2020 Partnership Southwark holds an agreed engagement and involvement plan (date agreed, body that agreed it), and each prioritised workstream active on the day has, in the 12 months before it, at least one recorded engagement activity with service users or carers and one with frontline staff.",
        citations: [Citation(.recoveryPlan, "§7 How will we deliver this: our proposed governance arrangements"),
                    Citation(.recoveryPlan, "§10 How will we deliver this: milestones for delivery")],
        effective: Period(from: effective)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            var concerns: [Concern] = []
            let plans = context.data.publications(in: place.id).filter { $0.type == .engagementPlan }
            let agreed = plans.filter { plan in plan.agreedBy != nil && (plan.agreed.map { $0 <= context.asOf } ?? false) }
            if agreed.isEmpty {
                let subject = plans.first
                let message = subject.map { "The \($0.title) is not recorded as agreed (the day and the body that agreed it) by \(context.asOf.spelledOut); record its agreement." }
                    ?? "\(place.name) has no engagement and involvement plan recorded; service users and frontline staff are to be engaged in line with one. Record it, when it was agreed and by whom."
                concerns.append(subject.map { Concern(about: $0, message, place: place.id) } ?? Concern(about: place, message))
            }
            let since = context.asOf.adding(days: -365)
            // An engagement counts while it runs: an activity on its day (or days), an exercise with no
            // end recorded until the day checked.
            let recent = context.data.engagements(in: place.id).filter { engagement in
                let last = engagement.ended ?? (engagement.type == .exercise ? context.asOf : engagement.started)
                return engagement.started <= context.asOf && last > since
            }
            let workstreams = context.prioritisedWorkstreams(in: place)
            for workstream in workstreams {
                let reached = Set(recent.filter { $0.workstream == workstream.id }.flatMap(\.audiences))
                for (audience, words) in groups where !reached.contains(audience) {
                    concerns.append(Concern(about: workstream,
                        "The \(workstream.name) workstream has no engagement with \(words) recorded in the 12 months to \(context.asOf.spelledOut); service users and frontline staff will be engaged in shaping and delivering the work.",
                        place: place.id, body: workstream.overseenBy))
                }
            }
            return concerns
        }
    }
}
