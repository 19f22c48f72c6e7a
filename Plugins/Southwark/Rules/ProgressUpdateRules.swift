import PlaceworksDomain

/// SWK-WS-4: each prioritised workstream updates the Leadership Forum on its progress.
///
/// Reading: the Forum is "bi-monthly … to share learning and progress updates from each
/// workstream"; a workstream active on the day of two consecutive Forum meetings with no agenda
/// item of type progress update for it at either has gone a gap without one. A run of such
/// meetings is one gap, reported once, naming its first and last meetings.
enum ProgressUpdateRules {
    /// The recovery plan's governance: from the plan's sign-off to the LCP landing point.
    static let period = Period(from: SouthwarkData.recoveryPlanGovernanceFrom, to: "2022-03-31")

    static let forumUpdates = Rule(
        id: "SWK-WS-4", severity: .warning,
        requirement: "Between 1 August 2020 and 31 March 2022 each prioritised workstream active on the day (Start Well, Live Well, Age Well, Care Well) gives a progress update to the Partnership Southwark Leadership Forum at least once in any two consecutive Forum meetings.",
        citations: [Citation(.recoveryPlan, "§7 How will we deliver this: our proposed governance arrangements")],
        effective: period
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let forum = SouthwarkData.leadershipForum
            let meetings = context.data.meetings(of: forum, through: context.asOf)
                .filter { period.contains($0.date) }.sorted { $0.date < $1.date }
            let workstreams = context.prioritisedWorkstreams(in: place)
            return workstreams.flatMap { workstream in
                gaps(workstream, meetings: meetings.filter { workstream.holds(on: $0.date) }).map { run in
                    Concern(about: workstream,
                        "The \(workstream.name) workstream gave no progress update at \(run.count) consecutive Leadership Forum meetings (\(run.first!.date.spelledOut) to \(run.last!.date.spelledOut)); each workstream updates the Forum at least every other meeting.",
                        place: place.id, body: forum)
                }
            }
        }
    }

    /// The runs of two or more consecutive meetings at which `workstream` gave no progress update.
    static func gaps(_ workstream: Workstream, meetings: [Meeting]) -> [[Meeting]] {
        var runs: [[Meeting]] = [], current: [Meeting] = []
        for meeting in meetings {
            let updated = meeting.items.contains { $0.workstream == workstream.id && $0.type == .progressUpdate }
            if updated {
                if current.count >= 2 { runs.append(current) }
                current = []
            } else {
                current.append(meeting)
            }
        }
        if current.count >= 2 { runs.append(current) }
        return runs
    }
}
