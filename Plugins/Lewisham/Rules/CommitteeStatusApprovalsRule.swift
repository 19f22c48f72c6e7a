import PlaceworksDomain

extension LewishamRules {
    /// The boards of the key providers that join a joint committee: the platform reads the paper's
    /// "key providers" as South London and Maudsley NHS FT and Lewisham and Greenwich NHS Trust.
    static let keyProviders: [ID<Organisation>] = [LewishamData.southLondonAndMaudsley, LewishamData.lewishamAndGreenwich]

    /// A party whose approval §9.1 names, and the bodies whose approval is its: the body that governs
    /// one of its organisations — for the ICB, its board (the ICS's board; before its establishment
    /// the designate board, or the SEL CCG's governing body); for a key provider, its board; for the
    /// council, Mayor and Cabinet. Never the LCP Board itself or a board it replaces.
    struct ApprovingParty {
        var name: String
        var organisations: Set<ID<Organisation>>
        /// What §9.1 names as deciding, for a finding about an approval that names no body.
        var decider: String

        /// Whether `approval` is this party's: given by a body that governs one of its organisations.
        func approves(_ approval: Approval, board: Body, data: DatasetIndex) -> Bool {
            guard let body = approval.approvedBy, body != board.id, !board.replaces.contains(body) else { return false }
            return !data.organisations(governedBy: body).isDisjoint(with: organisations)
        }

        /// Whether `approval` names this party's organisation but no body.
        func namesOnlyTheOrganisation(_ approval: Approval) -> Bool {
            approval.approvedBy == nil && approval.organisation.map(organisations.contains) == true
        }
    }

    /// LEW-PLAN-2: the LCP committee status confirmed under §9.1 has recorded approvals from each
    /// body party to the confirmed form: the ICB (before its establishment, the ICB designate board
    /// or the SEL CCG governing body); and, for a joint committee, the boards of the key providers
    /// and Lewisham Council's Mayor and Cabinet; committees in common (the other form §9.1 names)
    /// need the same parties. An approval counts for the form it records (or any form when it
    /// records none), and for the party whose governing body gave it (``ApprovingParty``): a
    /// committee convened by the ICB, in any borough, is not the ICB's board.
    ///
    /// Reading: the confirmed form is the form of the LCP Board's terms in force, or else the latest
    /// form an approval of its status records (a committee of the ICB when none does). An approval
    /// missing after 31 March 2022 is a slipped date (warning); the Board operating in that form
    /// without a party's approval is an error. An approval recorded for a party's organisation
    /// that names no body is a gap in the record (warning). That only the joint forms need the
    /// providers' and the council's approval is the platform's reading: §9.1 ties the approvals
    /// to "joint committee or committee in common".
    static var committeeStatusApprovals: Rule {
        Rule(
            id: "LEW-PLAN-2", severity: .error,
            requirement: "The LCP committee status confirmed under §9.1 has recorded approvals from the ICB (before its "
                + "establishment, the ICB designate board or the SEL CCG governing body) and, for a joint committee or "
                + "committees in common, "
                + "from the boards of South London and Maudsley NHS FT and Lewisham and Greenwich NHS Trust and "
                + "Lewisham Council's Mayor and Cabinet, each given by the body that governs the organisation (never by "
                + "a committee, the LCP Board itself or a board it replaces): a warning while one is not recorded by "
                + "31 March 2022, an error when the committee operates in that form without it; a warning when an "
                + "approval names the organisation but no deciding body. That the providers and the council are "
                + "parties to the joint forms only is the platform's reading.",
            citations: [paper("§9.1")],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            let day = context.asOf, data = context.data
            guard day > LewishamData.nextStepsDue else { return [] }
            return context.places.flatMap { place -> [Concern] in
                guard let board = data.bodies[LewishamData.lcpBoard], board.place == place.id else { return [] }
                let approvals = data.approvals(of: board.id)
                    .filter { $0.date <= day && $0.matter == .committeeStatus }
                    .sorted { $0.date < $1.date }
                let terms = board.isOperating(on: day) ? board.terms(on: day) : nil
                let form = terms?.form ?? approvals.last(where: { $0.form != nil })?.form ?? .committeeOfStatutoryBody
                var parties = [ApprovingParty(name: "the ICB (or, before its establishment, the SEL CCG governing body)",
                                              organisations: [LewishamData.icb, LewishamData.ccg],
                                              decider: "the ICB's board or the SEL CCG governing body")]
                if form == .jointCommittee || form == .committeesInCommon {
                    parties += keyProviders.map {
                        ApprovingParty(name: "the board of \(data.name(of: $0))",
                                       organisations: [$0], decider: "its board")
                    }
                    parties.append(ApprovingParty(name: "Lewisham Council's Mayor and Cabinet",
                                                  organisations: [LewishamData.council], decider: "Mayor and Cabinet"))
                }
                let operating = terms?.form == form
                let ofForm = approvals.filter { ($0.form ?? form) == form }
                return parties.compactMap { party -> Concern? in
                    guard !ofForm.contains(where: { party.approves($0, board: board, data: data) }) else { return nil }
                    if let named = ofForm.first(where: party.namesOnlyTheOrganisation) {
                        let decider = party.decider
                        let organisation = named.organisation.flatMap { data.organisations[$0]?.name } ?? "the organisation"
                        return Concern(about: board, "An approval by \(organisation) of the \(board.name)'s status as a "
                            + "\(form.label) is recorded on \(named.date.spelledOut), but not as a decision of \(decider); "
                            + "§9.1 made the status subject to approval by \(party.name). Record the body that decided.")
                            .reported(as: .warning)
                    }
                    let concern = Concern(about: board, "No approval by \(party.name) of the \(board.name)'s status as "
                        + "a \(form.label) is recorded"
                        + (operating ? ", yet it operates in that form on \(day.spelledOut)." : "; §9.1 made it subject "
                            + "to that approval, due by 31 March 2022."))
                    return operating ? concern : concern.reported(as: .warning)
                }
            }
        }
    }
}
