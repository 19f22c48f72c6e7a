/// NAT-ENG-1: decisions that affect communities record engagement and equality impact
/// (thriving-places §4 "Working with people and communities").
extension NationalRules {
    static var engagement: [Rule] { [engagedDecisions] }

    static let engagedDecisions = Rule.perPlace(
        id: "NAT-ENG-1", severity: .warning,
        requirement: "A decision that affects communities records how the people affected were engaged and whether "
            + "an equality impact assessment was done (Equality Act 2010).",
        citations: [Citation(.thrivingPlaces, "§4 \"Working with people and communities\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { place, context in
        context.data.bodies(in: place.id).flatMap { body in
            // Decisions taken since the guidance, not every meeting ever recorded.
            context.data.meetings(of: body.id, through: context.asOf).filter { context.isInEffect($0.date) }
                .flatMap { meeting in
                meeting.items.compactMap { item -> Concern? in
                    guard let decision = item.decision, decision.affectsCommunities else { return nil }
                    var missing: [String] = []
                    if (decision.engagement ?? "").isEmpty { missing.append("how the people affected were engaged") }
                    if decision.equalityImpactAssessment == nil {
                        missing.append("whether an equality impact assessment was done")
                    }
                    guard !missing.isEmpty else { return nil }
                    let subject = Subject(kind: .decision, id: decision.id, name: decision.summary)
                    return Concern(subject, "The decision “\(decision.summary)” of \(body.name) on \(meeting.date.spelledOut) "
                        + "affects communities but does not record \(ThrivingPlaces.list(missing)).",
                        place: place.id, body: body.id)
                }
            }
        }
    }
}
