import PlaceworksDomain

/// SWK-TRN-1: the 2021 transition milestones of the LCP paper.
///
/// Reading: each of the three milestones is recorded and done by the end of the month the paper
/// gives ("by the end of October"; "before Nov 21"; "by the end of November 2021") — done, with the
/// day it was done recorded, on or before it; the draft PSSB terms of reference are also endorsed
/// (an approval of the PSSB's terms) before the PSSB's first meeting. A slipped date is a warning.
enum TransitionRules {
    static let milestones = Rule(
        id: "SWK-TRN-1", severity: .warning,
        requirement: "Partnership Southwark's three 2021 transition milestones are met by their dates: a formal response on its leadership and governance arrangements submitted to SEL ICS by 31 October 2021; the draft PSSB terms of reference shared with the wider partnership for endorsement by 31 October 2021, and endorsed before the PSSB's first shadow meeting; decisions on the roadmap to a joint LCP Director post and a joint committee formalised by 30 November 2021.",
        citations: [Citation(.southwarkLCP, "Next steps"),
                    Citation(.southwarkLCP, "Governance and leadership proposals contd., B.II"),
                    Citation(.southwarkLCP, "Governance and leadership proposals, 1.A")],
        effective: Period(from: SouthwarkData.optionsCanvassed)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let recorded = Dictionary(context.data.milestones(in: place.id).map { ($0.id, $0) }) { first, _ in first }
            var concerns = TransitionPlan.milestones.compactMap { expected -> Concern? in
                guard let milestone = recorded[expected.id] else {
                    return Concern(about: place,
                        "The transition milestone “\(expected.title)” (due by the end of \(expected.due.spelledOut(.month))) is not recorded; record it with its status.")
                }
                return unmet(milestone, place: place, context)
            }
            if let milestone = recorded[TransitionPlan.strategicBoardTerms] {
                concerns += endorsement(milestone, place: place, context)
            }
            return concerns
        }
    }

    /// A milestone past its deadline that was not met by it: not done, cancelled, done with no date
    /// recorded, or done after the deadline. "A milestone not met by its date is a finding."
    static func unmet(_ milestone: Milestone, place: Place, _ context: RuleContext) -> Concern? {
        let deadline = milestone.deadline
        guard context.asOf > deadline else { return nil }
        let state: String
        switch (milestone.status, milestone.completed) {
        case let (.done, completed?) where completed <= deadline: return nil
        case let (.done, completed?) where completed <= context.asOf: state = "was done on \(completed.spelledOut), after it"
        case (.done, _): state = "is recorded as done with no date done"
        case (.cancelled, _): state = "was cancelled"
        default: state = "is not done (status: \(milestone.status.described))"
        }
        return Concern(about: milestone,
            "The transition milestone “\(milestone.title)” was due by \(deadline.spelledOut) and \(state); record when it was done, and its evidence.",
            place: place.id)
    }

    /// "Shared back with the wider partnership for endorsement": endorsed before the PSSB first met
    /// (an approval of its terms, whatever word the minutes use).
    static func endorsement(_ milestone: Milestone, place: Place, _ context: RuleContext) -> [Concern] {
        let board = SouthwarkData.strategicBoard
        guard let first = context.data.meetings(of: board, through: context.asOf).map(\.date).min() else { return [] }
        let endorsed = context.data.approvals(of: board).contains { approval in
            approval.matter == .termsOfReference && approval.date < first
        }
        guard !endorsed else { return [] }
        let name = context.data.bodies[board]?.name ?? "Partnership Southwark Strategic Board"
        return [Concern(about: milestone,
            "The \(name) first met on \(first.spelledOut) with no endorsement of its draft terms of reference by the wider partnership recorded before it; record the endorsement (an approval of its terms).",
            place: place.id, body: board)]
    }
}
