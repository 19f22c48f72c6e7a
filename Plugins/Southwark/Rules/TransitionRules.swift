import PlaceworksDomain

/// SWK-TRN-1: the 2021 transition milestones of the LCP paper.
///
/// Reading: each of the three milestones is recorded and done by the end of the month the paper
/// gives ("by the end of October"; "before Nov 21"; "by the end of November 2021") — done, with the
/// day it was done recorded, on or before it; the draft PSSB terms of reference are also endorsed
/// by "the wider partnership" (B.II) before the PSSB's first meeting. A slipped date is a warning.
enum TransitionRules {
    static let milestones = Rule(
        id: "SWK-TRN-1", severity: .warning,
        requirement: "Partnership Southwark's three 2021 transition milestones are met by their dates: a formal response on its leadership and governance arrangements submitted to SEL ICS by 31 October 2021; the draft PSSB terms of reference shared with the wider partnership for endorsement by 31 October 2021, and endorsed by the wider partnership before the PSSB's first shadow meeting (with none recorded, before it began to operate in shadow form) — by the Partnership Southwark Leadership Forum, or by every constituent partner of that day between them, never by the PSSB itself (which bodies are the wider partnership is the platform's reading); decisions on the roadmap to a joint LCP Director post and a joint committee formalised by 30 November 2021.",
        citations: [Citation(.southwarkLCP, "Next steps"),
                    Citation(.southwarkLCP, "Governance and leadership proposals contd., B.II"),
                    Citation(.southwarkLCP, "Governance and leadership proposals, 1.A"),
                    Citation(.recoveryPlan, "§7 How will we deliver this: our proposed governance arrangements")],
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

    /// "Shared back with the wider partnership for endorsement before Nov 21" (B.II): before the PSSB first
    /// met (or, with no meeting recorded, before it began to operate in shadow form), its terms were endorsed (an approval of them, whatever word the minutes use) by the wider
    /// partnership — the Leadership Forum, the recovery plan's body "with representation from core partner
    /// organisations" (§7), or every constituent partner on the day it first met (the Memorandum of
    /// Understanding's), between them. The PSSB's approval of its own terms never counts; any other body's
    /// counts for the organisations it decides for (``DatasetIndex/approvingOrganisations(of:)``). The
    /// finding names what is recorded instead.
    static func endorsement(_ milestone: Milestone, place: Place, _ context: RuleContext) -> [Concern] {
        let board = SouthwarkData.strategicBoard
        // Before its first shadow meeting; with no meeting recorded, before it began to operate in shadow form.
        let met = context.data.meetings(of: board, through: context.asOf).map(\.date).min()
        let shadow = context.data.bodies[board]?.date(of: .shadow).flatMap { $0 <= context.asOf ? $0 : nil }
        guard let first = met ?? shadow else { return [] }
        let since = met != nil ? "first met on \(first.spelledOut)"
            : "has operated in shadow form since \(first.spelledOut) (no meeting of it is recorded)"
        let before = context.data.approvals(of: board)
            .filter { $0.matter == .termsOfReference && $0.date < first }
            .sorted { ($0.date, $0.id.rawValue) < ($1.date, $1.id.rawValue) }
        let counted = before.filter { $0.approvedBy != board }
        guard !counted.contains(where: { $0.approvedBy == SouthwarkData.leadershipForum }) else { return [] }
        let partners = context.constituentPartners(of: place, on: first)
        let unendorsed = partners.subtracting(counted.flatMap { context.data.approvingOrganisations(of: $0) })
        guard partners.isEmpty || !unendorsed.isEmpty else { return [] }
        let name = context.data.bodies[board]?.name ?? "Partnership Southwark Strategic Board"
        let forum = context.data.bodies[SouthwarkData.leadershipForum]?.name ?? "Partnership Southwark Leadership Forum"
        var recorded = ""
        if !before.isEmpty {
            recorded = "; recorded before it: its terms " + spoken(before.map { described($0, board: board, context) })
            recorded += partners.isEmpty
                ? " (no constituent partners of \(first.spelledOut) are recorded on the Memorandum of Understanding)"
                : ", with none for \(spoken(unendorsed.map(context.data.name(of:)).sorted()))"
        }
        return [Concern(about: milestone,
            "The \(name) \(since) with no endorsement of its draft terms of reference by the wider partnership (the \(forum), or every constituent partner) recorded before it\(recorded). Record the endorsement.",
            place: place.id, body: board)]
    }

    /// An approval of the PSSB's terms as the finding names it: "endorsed by the Southwark Borough Based
    /// Board on 4 November 2021", "approved for London Borough of Southwark on …".
    static func described(_ approval: Approval, board: ID<Body>, _ context: RuleContext) -> String {
        var parts = [approval.action?.rawValue ?? "approved"]
        if let body = approval.approvedBy {
            let name = context.data.bodies[body]?.name ?? body.rawValue
            parts.append(body == board ? "by the \(name) itself" : "by the \(name)")
        } else if approval.organisation == nil {
            parts.append("by no recorded body")
        }
        if let organisation = approval.organisation { parts.append("for \(context.data.name(of: organisation))") }
        parts.append("on \(approval.date.spelledOut)")
        return parts.joined(separator: " ")
    }
}
