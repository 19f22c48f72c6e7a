/// GOV-MTG-1: meetings are quorate.
extension NationalRules {
    /// GOV-MTG-1. Every meeting held in the twelve months up to the day checked, of a body whose
    /// terms of reference in force that day set a quorum, is quorate: voting members attending count,
    /// and deputies standing in for them count only where those terms allow deputies to act.
    static var meetingQuorum: Rule {
        Rule(
            id: "GOV-MTG-1", severity: .error,
            requirement: "A meeting is quorate under its body's quorum rule, counting a member's own nominated deputy "
                + "only where the body's terms of reference allow deputies to act (any other stand-in does not count).",
            citations: [Citation(.allianceReview, "Rec 5"), Citation(.thrivingPlaces, "§4")],
            effective: Period(from: NationalDocuments.allianceReviewIssued)
        ) { context in
            GoodGovernance.bodies(in: context).flatMap { body in
                GoodGovernance.recentMeetings(of: body, in: context.data, through: context.asOf)
                    .filter { context.isInEffect($0.date) }.compactMap { meeting -> Concern? in
                        guard let count = QuorumCount(meeting, of: body, in: context.data) else { return nil }
                        let outcome = count.outcome()
                        guard !outcome.isQuorate else { return nil }
                        var message = "The meeting of the \(body.name) on \(meeting.date.spelledOut) was not quorate: "
                            + count.shortfall(outcome, plural: "were present", singular: "was present") + "."
                        if !count.uncountedDeputies.isEmpty {
                            let deputies = count.uncountedDeputies.map { GoodGovernance.name(of: $0, in: context.data) }
                            message += " \(GoodGovernance.list(deputies)) attended as "
                                + (deputies.count == 1 ? "a deputy" : "deputies")
                                + " but cannot count: the terms of reference (version \(count.terms.version)) "
                                + "do not allow deputies to act."
                        }
                        if !count.unnominatedStandIns.isEmpty {
                            let standIns = count.unnominatedStandIns.map { GoodGovernance.name(of: $0, in: context.data) }
                            message += " \(GoodGovernance.list(standIns)) stood in for "
                                + (standIns.count == 1 ? "a member" : "members")
                                + " without being the member's nominated deputy, so cannot count."
                        }
                        message += " Decisions taken at it should be ratified at a quorate meeting."
                        return Concern(about: meeting, message, place: body.place, body: body.id)
                    }
            }
        }
    }
}
