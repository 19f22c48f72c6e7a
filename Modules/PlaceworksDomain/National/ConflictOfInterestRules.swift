/// GOV-COI-1: members with a declared interest take no part in the decision.
extension NationalRules {
    /// GOV-COI-1. At every meeting held in the twelve months up to the day checked, a person who
    /// declared an interest in an agenda item is recorded as excluded from the decision on it; and
    /// where the meeting was quorate, the decision stays quorate without the excluded and declaring
    /// people.
    static var conflictsOfInterest: Rule {
        Rule(
            id: "GOV-COI-1", severity: .error,
            requirement: "A member with a declared interest in an agenda item takes no part in that decision, "
                + "and the decision is quorate without them (the platform's reading of an agreed conflicts process).",
            citations: [Citation(.thrivingPlaces, "Table 3 (conflict of interest policies)")],
            effective: Period(from: NationalDocuments.thrivingPlacesIssued)
        ) { context in
            GoodGovernance.bodies(in: context).flatMap { body in
                GoodGovernance.recentMeetings(of: body, in: context.data, through: context.asOf)
                    .filter { context.isInEffect($0.date) }.flatMap { meeting in
                    conflictConcerns(at: meeting, of: body, in: context.data)
                }
            }
        }
    }

    private static func conflictConcerns(at meeting: Meeting, of body: Body, in data: DatasetIndex) -> [Concern] {
        let count = QuorumCount(meeting, of: body, in: data)
        let meetingQuorate = count?.outcome().isQuorate ?? false
        var concerns: [Concern] = []
        for item in meeting.items {
            guard let decision = item.decision else { continue }
            let subject = Subject(kind: .decision, id: decision.id, name: decision.summary)
            let itemDescription = "item \(item.id) (“\(item.title)”) at the meeting of the \(body.name) on \(meeting.date.spelledOut)"
            let declared = meeting.declarations.filter { $0.item == item.id }
            var seen = Set<ID<Person>>()
            for declaration in declared
            where !decision.excluded.contains(declaration.person) && seen.insert(declaration.person).inserted {
                concerns.append(Concern(
                    subject,
                    "\(GoodGovernance.name(of: declaration.person, in: data)) declared an interest in \(itemDescription) "
                        + "(“\(declaration.interest)”) but is not recorded as taking no part in the decision; "
                        + "record their withdrawal, or review the decision.",
                    place: body.place, body: body.id))
            }
            let conflicted = Set(decision.excluded).union(declared.map(\.person))
            guard let count, meetingQuorate, !conflicted.isEmpty else { continue }
            let outcome = count.outcome(excluding: conflicted)
            guard !outcome.isQuorate else { continue }
            concerns.append(Concern(
                subject,
                "The decision on \(itemDescription) was not quorate once the members with a declared interest withdrew: "
                    + count.shortfall(outcome, plural: "took part", singular: "took part")
                    + ". Take the decision again at a quorate meeting.",
                place: body.place, body: body.id))
        }
        return concerns
    }
}
