/// GOV-WS-1: workstreams are led from the overseeing body, and overdue milestones are flagged.
extension NationalRules {
    /// GOV-WS-1. Every workstream of a place that holds on the day checked has an SRO who holds a
    /// seat on the body overseeing it that day; every workstream milestone of the place overdue
    /// that day is flagged. One concern per problem. Milestones of a plan rather than a
    /// workstream (a borough's next steps, a recovery plan's timetable) are left to the rules
    /// that own them, so a slip is reported once.
    static var workstreamLeadership: Rule {
        Rule.perPlace(
            id: "GOV-WS-1", severity: .warning,
            requirement: "Every workstream has an SRO (or a sponsoring Board member) who sits on the overseeing body "
                + "(the platform's reading for SROs); overdue milestones are flagged.",
            citations: [Citation(.recoveryPlan, "§7"), Citation(.allianceReview, "Rec 5")],
            effective: Period(from: NationalDocuments.allianceReviewIssued)
        ) { place, context in
            context.data.workstreams(in: place.id, on: context.asOf).compactMap { workstream in
                leadershipConcern(about: workstream, in: place, data: context.data, on: context.asOf)
            }
                + context.data.milestones(in: place.id)
                .filter { $0.workstream != nil && $0.isOverdue(on: context.asOf) }.map { milestone in
                    overdueConcern(about: milestone, in: place, data: context.data, on: context.asOf)
                }
        }
    }

    private static func leadershipConcern(about workstream: Workstream, in place: Place, data: DatasetIndex,
                                          on day: Day) -> Concern? {
        let message: String
        // A Board member sponsoring the workstream leads it as Alliance Rec 5 asks, in place of an SRO.
        let lead = workstream.sro ?? workstream.sponsor
        let leadTitle = workstream.sro == nil && workstream.sponsor != nil ? "Board sponsor" : "SRO"
        switch (lead, workstream.overseenBy) {
        case (nil, nil):
            message = "The \(workstream.name) workstream has no senior responsible officer (SRO) and no overseeing "
                + "body recorded; nominate an SRO who sits on the body that oversees it."
        case let (nil, body?):
            message = "The \(workstream.name) workstream has no senior responsible officer (SRO); nominate one who "
                + "sits on the \(GoodGovernance.name(of: body, in: data)), which oversees it."
        case (_?, nil):
            message = "The \(workstream.name) workstream has no overseeing body recorded, so it cannot be shown that "
                + "its \(leadTitle) sits on it; record the body that oversees it."
        case let (sro?, body?):
            guard !data.memberPeople(of: body, on: day).contains(sro) else { return nil }
            message = "The \(leadTitle) of the \(workstream.name) workstream, \(GoodGovernance.name(of: sro, in: data)), "
                + "does not hold a seat on the \(GoodGovernance.name(of: body, in: data)), which oversees it; nominate "
                + "an \(leadTitle == "SRO" ? "SRO" : "sponsor") from its members."
        }
        return Concern(about: workstream, message, place: place.id, body: workstream.overseenBy)
    }

    private static func overdueConcern(about milestone: Milestone, in place: Place, data: DatasetIndex,
                                       on day: Day) -> Concern {
        let workstream = milestone.workstream.flatMap { data.workstreamsByID[$0] }
        let of = workstream.map { " of the \($0.name) workstream" } ?? ""
        let late = milestone.deadline.days(until: day)
        let due = (milestone.precision ?? .day) == .day ? "on \(milestone.dueSpelledOut)" : "by \(milestone.dueSpelledOut)"
        return Concern(
            about: milestone,
            "The milestone “\(milestone.title)”\(of) was due \(due) and is overdue by "
                + "\(GoodGovernance.count(late, "day", "days")); record it as done or agree a new date.",
            place: place.id, body: workstream?.overseenBy)
    }
}
