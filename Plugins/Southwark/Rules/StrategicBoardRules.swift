import PlaceworksDomain

/// SWK-GOV-1, -2, -5, -6: the Partnership Southwark Strategic Board's status, remit, the service-user
/// voice around it, and its transparency.
enum StrategicBoardRules {
    static let status = Rule(
        id: "SWK-GOV-1", severity: .error,
        requirement: "The Partnership Southwark Strategic Board is a committee of the ICB and a sub-committee of the Health and Wellbeing Board, in shadow form from November 2021 and established on 1 April 2022, running in tandem with the Borough Based Board until then (a slipped date is a warning, and so is another body it is recorded as replacing still operating beside it).",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals contd., B and B.III"),
                    Citation(.southwarkLCP, "Proposals on leadership and governance, Context")],
        // The PSSB is Southwark's LCP committee: a missing committee or a form other than a committee of the
        // ICB is reported here, in Southwark's words, in place of SEL-LCP-3's finding about the same problem;
        // so are a missing Health and Wellbeing Board line (`hwb-line`, SEL-LCP-7) and a convenor other than
        // the ICB (`convenor`, SEL-LCP-7 and NAT-GOV-2). Their other problems about the PSSB stay.
        refines: ["SEL-LCP-3", "SEL-LCP-7", "NAT-GOV-2"],
        effective: Period(from: SouthwarkData.strategicBoardShadow)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else {
                return absence(in: place, context: context)
            }
            let concerns = constitution(of: committee, in: place, context: context) + tandem(committee, context: context)
            guard concerns.isEmpty else { return concerns }
            // The pass turns on the bodies it replaces having stopped, where the day they stopped is assumed.
            let replaced = committee.replaces.compactMap { context.data.bodies[$0] }
            return context.passesOnAssumptions(replaced, about: committee, relevant: isAssumedEnd,
                                               unchanged: { $0.lifecycle == $1.lifecycle })
        }
    }

    /// Whether a shipped record's assumption is about the day it ends (the provenance words such an
    /// assumption "Ends …": the recovery plan's Strategic Board has no end in the papers).
    static func isAssumedEnd(_ assumption: String) -> Bool { assumption.hasPrefix("Ends") }

    /// Whether a shipped record's assumption is about the bodies it replaces (the provenance words such
    /// an assumption "Replaces …": no paper says the PSSB replaces the recovery plan's Strategic Board).
    static func isAssumedReplacement(_ assumption: String) -> Bool { assumption.hasPrefix("Replaces") }

    /// The absence cases: no PSSB operating once it was to be in shadow form. Not yet in shadow by
    /// the end of November 2021 is a slipped date (a warning); not operating from 1 April 2022, when
    /// the Director discharges delegations through it, is an error.
    static func absence(in place: Place, context: RuleContext) -> [Concern] {
        let shadowDue = SouthwarkData.strategicBoardShadow.end(of: .month)
        guard context.asOf > shadowDue else { return [] }
        let established = context.asOf >= SouthwarkData.strategicBoardEstablished
        let severity: Severity = established ? .error : .warning
        let due = established
            ? "it was to be established on \(SouthwarkData.strategicBoardEstablished.spelledOut)"
            : "it was to be stood up in shadow form from November 2021"
        guard let board = context.data.bodies[SouthwarkData.strategicBoard], board.place == place.id else {
            return [Concern(about: place,
                "\(place.name) has no Partnership Southwark Strategic Board recorded on \(context.asOf.spelledOut); \(due), as a committee of the ICB. Record it.")
                .reported(as: severity).about(problems: "lcp-committee")]
        }
        let stage = board.stage(on: context.asOf)
        let state = switch stage {
        case .dissolved?: "was dissolved"
        case .proposed?: "is still only proposed"
        default: "is not recorded as operating"
        }
        return [Concern(about: board,
            "The \(board.name) \(state) on \(context.asOf.spelledOut); \(due). Record the day it was stood up.")
            .reported(as: severity)]
    }

    /// The PSSB's form, convenor, reporting lines and stage. In shadow form (November 2021 to March
    /// 2022) the paper runs it "given the current SEL CCG constitution", before the ICB exists, so
    /// only its Health and Wellbeing Board line is asked of it then; its form, its convenor and its
    /// place as a committee of the ICB are asked from its establishment.
    static func constitution(of committee: Body, in place: Place, context: RuleContext) -> [Concern] {
        var concerns: [Concern] = []
        let name = committee.name
        let terms = committee.terms(on: context.asOf)
        let reporting = terms?.reportsTo ?? []
        let underICB = context.asOf >= SouthwarkData.strategicBoardEstablished
        if underICB && terms?.form != .committeeOfStatutoryBody {
            let form = terms?.form.map { "a \($0.label)" } ?? "having no governance form"
            concerns.append(Concern(about: committee,
                "The \(name) is recorded as \(form); it is to be a committee of the ICB, operating within the ICB constitution.")
                .about(problems: "form"))
        }
        if underICB && !(terms?.convenedBy ?? []).contains(where: { context.data.organisations[$0]?.isIn(.icb) == true }) {
            concerns.append(Concern(about: committee,
                "The \(name)'s terms of reference do not name the ICB as the body that convenes it; as a committee of the ICB, the ICB sets its terms and scope.")
                .about(problems: "convenor"))
        }
        let icbBoard = place.ics.flatMap { context.data.systems[$0]?.board }
        let isCommitteeOfICB = reporting.contains { line in
            line.relation == .committeeOf && (icbBoard == nil || line.to == icbBoard)
        }
        if underICB && !isCommitteeOfICB {
            let board = icbBoard.flatMap { context.data.bodies[$0]?.name } ?? "ICB board"
            concerns.append(Concern(about: committee,
                "The \(name) is not recorded as a committee of the \(board); record the reporting line in its terms of reference."))
        }
        if !reporting.contains(where: { $0.relation == .subCommitteeOf && $0.to == SouthwarkData.healthAndWellbeingBoard }) {
            concerns.append(Concern(about: committee,
                "The \(name) is not recorded as a sub-committee of the Southwark Health and Wellbeing Board, as partners previously agreed.")
                .about(problems: "hwb-line"))
        }
        let stage = committee.stage(on: context.asOf)
        if context.asOf >= SouthwarkData.strategicBoardEstablished && stage != .established {
            concerns.append(Concern(about: committee,
                "The \(name) is still in \(stage?.rawValue ?? "no") form on \(context.asOf.spelledOut); it was to be established on \(SouthwarkData.strategicBoardEstablished.spelledOut).")
                .reported(as: .warning))
        }
        return concerns
    }

    /// The Borough Based Board runs in tandem with the PSSB in shadow form (B.III), until full
    /// transition in April 2022 (Context): its ending then is as planned, even if the PSSB is still in
    /// shadow (that slip is ``constitution(of:in:context:)``'s warning). Any other body the PSSB is
    /// recorded as replacing stops when the PSSB takes over — a warning, since B.III names no other
    /// body beside it and says nothing of one ending, and a finding that turns on the record of what it
    /// replaces where that is the extension's assumption (the 2020 Strategic Board), and says so.
    static func tandem(_ committee: Body, context: RuleContext) -> [Concern] {
        let name = committee.name
        let stage = committee.stage(on: context.asOf)
        guard committee.replaces.contains(SouthwarkData.boroughBasedBoard) else {
            return [Concern(about: committee,
                "The \(name) does not record that it takes over from the Borough Based Board; record the body it replaces.")]
        }
        var concerns: [Concern] = []
        for old in committee.replaces.compactMap({ context.data.bodies[$0] }) {
            let runsInTandem = old.id == SouthwarkData.boroughBasedBoard
            if runsInTandem && stage == .established && old.isOperating(on: context.asOf) {
                concerns.append(Concern(about: old,
                    "The \(old.name) still operates on \(context.asOf.spelledOut) although the \(name) is established; the paper runs the \(name) \"in shadow form operating in tandem with the borough based board given the current SEL CCG constitution\" (B.III) \"until full transition takes effect in April 2022\" (Context)."))
            } else if !runsInTandem && old.isOperating(on: context.asOf) {
                concerns.append(context.restingOnAssumptions(Concern(about: old,
                    "The \(old.name) still operates on \(context.asOf.spelledOut) although the \(name) is recorded as replacing it; the paper runs the \(name) \"in shadow form operating in tandem with the borough based board\" (B.III), and names no other body beside it."),
                    on: [committee], relevant: isAssumedReplacement, unchanged: { $0.replaces == $1.replaces })
                    .reported(as: .warning))
            } else if runsInTandem && stage == .shadow && !old.isOperating(on: context.asOf)
                        && context.asOf < SouthwarkData.strategicBoardEstablished {
                concerns.append(Concern(about: committee,
                    "The \(old.name) no longer operates while the \(name) is only in shadow form; the two are to run in tandem until \(SouthwarkData.strategicBoardEstablished.spelledOut)."))
            }
        }
        return concerns
    }

    static let remit = Rule(
        id: "SWK-GOV-2", severity: .error,
        requirement: "From April 2022 the Partnership Southwark Strategic Board oversees the planning, delivery and budget for the delegated non-acute services and the Partnership Southwark transformation programme.",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals contd., B.I")],
        effective: Period(from: SouthwarkData.strategicBoardEstablished)
    ) { context in
        context.placeCommittees().flatMap { _, committee -> [Concern] in
            let remit = committee.remit + (committee.terms(on: context.asOf)?.functions ?? [])
            var missing: [String] = []
            // B.I: "oversight of the planning, delivery and budget for non-acute services": an entry about
            // non-acute services that gives it no budget (e.g. advice only) does not meet it.
            if !remit.contains(where: { $0.lowercased().contains("non-acute") && $0.lowercased().contains("budget") }) {
                missing.append("the planning, delivery and budget for the delegated non-acute services")
            }
            if !context.mentions(remit, "transformation") {
                missing.append("the Partnership Southwark transformation programme")
            }
            guard !missing.isEmpty else { return [] }
            return [Concern(about: committee,
                "The \(committee.name)'s remit does not include \(spoken(missing)); add it to the terms of reference.")]
        }
    }

    static let livedExperience = Rule(
        id: "SWK-GOV-5", severity: .warning,
        requirement: "A lived experience assembly, or something similar, supports the service user and carer voice in Partnership Southwark's governance.",
        citations: [Citation(.southwarkLCP, "Recommendations from the Task and Finish Steering Group, 6"),
                    Citation(.southwarkLCP, "Governance and leadership proposals, 5")],
        // It is judged against the PSSB's governance, so from the day the PSSB stands up in shadow form.
        effective: Period(from: SouthwarkData.strategicBoardShadow)
    ) { context in
        context.placeCommittees().compactMap { place, committee -> Concern? in
            // "an assembly or similar": an assembly, or any body whose remit is the service-user, carer or lived-experience voice.
            let voices = context.data.operatingBodies(in: place.id, on: context.asOf).filter { body in
                body.kind == .assembly || ["lived experience", "service user", "service-user", "carer"].contains { phrase in
                    context.mentions(body.remit + (body.terms(on: context.asOf)?.functions ?? []), phrase)
                }
            }
            guard voices.isEmpty else { return nil }
            return Concern(about: committee,
                "\(place.name) has no lived experience assembly (or similar) supporting the service user and carer voice in the \(committee.name)'s governance; partners agreed to work up options with the CCG, Council and Healthwatch engagement leads.")
        }
    }

    static let transparency = Rule(
        id: "SWK-GOV-6", severity: .warning,
        requirement: "The Partnership Southwark Strategic Board is transparent to Southwark residents and to partners not represented on it: its terms say how its membership and decisions are made visible, and, once it holds the delegation (1 April 2022), the place budget of the current financial year is recorded and published (the platform's reading of transparency).",
        citations: [Citation(.southwarkLCP, "Task and Finish Steering Group, design principles")],
        effective: Period(from: SouthwarkData.strategicBoardShadow)
    ) { context in
        context.placeCommittees().flatMap { place, committee -> [Concern] in
            var concerns: [Concern] = []
            switch committee.terms(on: context.asOf)?.sessions {
            case nil:
                concerns.append(Concern(about: committee,
                    "The \(committee.name)'s terms of reference do not say how its membership and decisions are made visible to residents and to partners not represented on it (for example, sessions in public)."))
            case .private?:
                concerns.append(Concern(about: committee,
                    "The \(committee.name) meets only in private; its membership and decisions are to be visible to residents and to partners not represented on it."))
            default:
                break
            }
            // In shadow form the PSSB holds no delegation (the Borough Based Board does), so no budget is its to publish.
            guard context.asOf >= SouthwarkData.strategicBoardEstablished else { return concerns }
            let year = FinancialYear(containing: context.asOf)
            let budgets = context.data.budgets(in: place.id)
            guard let budget = budgets.first(where: { $0.year == year }) else {
                let latest = budgets.compactMap(\.year).max().map { "; the latest recorded is \($0)" } ?? ""
                concerns.append(Concern(about: place,
                    "\(place.name) has no \(year) delegated budget recorded\(latest), so the place's spending this year is not visible to residents. Record and publish it."))
                return concerns
            }
            if (budget.publishedAt ?? "").isEmpty {
                concerns.append(Concern(about: budget,
                    "The \(place.name) \(budget.displayName) is not recorded as published; place spending is to be visible to residents. Record where it is published.",
                    place: place.id, body: committee.id))
            }
            return concerns
        }
    }
}
