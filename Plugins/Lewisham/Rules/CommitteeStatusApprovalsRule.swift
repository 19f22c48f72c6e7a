import PlaceworksDomain

extension LewishamRules {
    /// The boards of the key providers that join a joint committee: the platform reads the paper's
    /// "key providers" as South London and Maudsley NHS FT and Lewisham and Greenwich NHS Trust.
    static let keyProviders: [ID<Organisation>] = [LewishamData.southLondonAndMaudsley, LewishamData.lewishamAndGreenwich]

    /// LEW-PLAN-2: the LCP committee status confirmed under §9.1 has recorded approvals from each
    /// body party to the confirmed form: the ICB (before its establishment, the ICB designate board
    /// or the SEL CCG governing body); and, for a joint committee, the boards of the key providers
    /// and Lewisham Council's Mayor and Cabinet; committees in common (the other form §9.1 names)
    /// need the same parties. An approval counts for the form it records (or any form when it
    /// records none), and for the organisation it names or, naming none, the organisations
    /// convening the body that gave it (``DatasetIndex/approvingOrganisations(of:)``).
    ///
    /// Reading: the confirmed form is the form of the LCP Board's terms in force, or else the latest
    /// form an approval of its status records (a committee of the ICB when none does). An approval
    /// missing after 31 March 2022 is a slipped date (warning); the Board operating in that form
    /// without a party's approval is an error.
    static var committeeStatusApprovals: Rule {
        Rule(
            id: "LEW-PLAN-2", severity: .error,
            requirement: "The LCP committee status confirmed under §9.1 has recorded approvals from the ICB (before its "
                + "establishment, the ICB designate board or the SEL CCG governing body) and, for a joint committee or "
                + "committees in common, "
                + "from the boards of South London and Maudsley NHS FT and Lewisham and Greenwich NHS Trust and "
                + "Lewisham Council's Mayor and Cabinet: a warning while one is not recorded by 31 March 2022, an error "
                + "when the committee operates in that form without it.",
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
                var parties: [(name: String, approvers: Set<ID<Organisation>>)] = [
                    ("the ICB (or, before its establishment, the SEL CCG governing body)", [LewishamData.icb, LewishamData.ccg]),
                ]
                if form == .jointCommittee || form == .committeesInCommon {
                    parties += keyProviders.map { ("the board of \(data.organisations[$0]?.name ?? $0.rawValue)", [$0]) }
                    parties.append(("Lewisham Council's Mayor and Cabinet", [LewishamData.council]))
                }
                let operating = terms?.form == form
                let approvers = approvals.filter { ($0.form ?? form) == form }
                    .reduce(into: Set<ID<Organisation>>()) { $0.formUnion(data.approvingOrganisations(of: $1)) }
                return parties.compactMap { party -> Concern? in
                    guard approvers.isDisjoint(with: party.approvers) else { return nil }
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
