import PlaceworksDomain

/// SWK-GOV-1, -2, -5, -6: the Partnership Southwark Strategic Board's status, remit, the service-user
/// voice around it, and its transparency.
enum StrategicBoardRules {
    static let status = Rule(
        id: "SWK-GOV-1", severity: .error,
        requirement: "The Partnership Southwark Strategic Board is a committee of the ICB and a sub-committee of the Health and Wellbeing Board, in shadow form from November 2021 and established on 1 April 2022, running in tandem with the Borough Based Board until then.",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals contd., B and B.III"),
                    Citation(.southwarkLCP, "Proposals on leadership and governance, Context")]
    ) { context in
        context.placeCommittees().flatMap { place, committee -> [Concern] in
            var concerns: [Concern] = []
            let name = committee.name
            let terms = committee.terms(on: context.asOf)
            let reporting = terms?.reportsTo ?? []
            if terms?.form != .committeeOfStatutoryBody {
                let form = terms?.form.map { "a \($0.label)" } ?? "having no governance form"
                concerns.append(Concern(about: committee,
                    "The \(name) is recorded as \(form); it is to be a committee of the ICB, operating within the ICB constitution."))
            }
            if !(terms?.convenedBy ?? []).contains(where: { context.data.organisations[$0]?.isIn(.icb) == true }) {
                concerns.append(Concern(about: committee,
                    "The \(name)'s terms of reference do not name the ICB as the body that convenes it; as a committee of the ICB, the ICB sets its terms and scope."))
            }
            let icbBoard = place.ics.flatMap { context.data.systems[$0]?.board }
            let isCommitteeOfICB = reporting.contains { line in
                line.relation == .committeeOf && (icbBoard == nil || line.to == icbBoard)
            }
            if !isCommitteeOfICB {
                let board = icbBoard.flatMap { context.data.bodies[$0]?.name } ?? "ICB board"
                concerns.append(Concern(about: committee,
                    "The \(name) is not recorded as a committee of the \(board); record the reporting line in its terms of reference."))
            }
            if !reporting.contains(where: { $0.relation == .subCommitteeOf && $0.to == SouthwarkData.healthAndWellbeingBoard }) {
                concerns.append(Concern(about: committee,
                    "The \(name) is not recorded as a sub-committee of the Southwark Health and Wellbeing Board, as partners previously agreed."))
            }
            let stage = committee.stage(on: context.asOf)
            if context.asOf >= SouthwarkData.strategicBoardEstablished && stage != .established {
                concerns.append(Concern(about: committee,
                    "The \(name) is still in \(stage?.rawValue ?? "no") form on \(context.asOf.readable); it was to be established on \(SouthwarkData.strategicBoardEstablished.readable)."))
            }
            let replaced = committee.replaces.compactMap { context.data.bodies[$0] }
            if replaced.isEmpty {
                concerns.append(Concern(about: committee,
                    "The \(name) does not record that it takes over from the Borough Based Board; record the body it replaces."))
            }
            for old in replaced {
                if stage == .established && old.isOperating(on: context.asOf) {
                    concerns.append(Concern(about: old,
                        "The \(old.name) still operates on \(context.asOf.readable) although the \(name) has taken over its remit; the two were to run in tandem only until the \(name) was established."))
                } else if stage == .shadow && !old.isOperating(on: context.asOf) {
                    concerns.append(Concern(about: committee,
                        "The \(old.name) no longer operates while the \(name) is only in shadow form; the two are to run in tandem until \(SouthwarkData.strategicBoardEstablished.readable)."))
                }
            }
            return concerns
        }
    }

    static let remit = Rule(
        id: "SWK-GOV-2", severity: .error,
        requirement: "From April 2022 the Partnership Southwark Strategic Board oversees the planning, delivery and budget for the delegated non-acute services and the Partnership Southwark transformation programme.",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals contd., B.I")]
    ) { context in
        guard context.asOf >= SouthwarkData.strategicBoardEstablished else { return [] }
        return context.placeCommittees().flatMap { _, committee -> [Concern] in
            let remit = committee.remit + (committee.terms(on: context.asOf)?.functions ?? [])
            var missing: [String] = []
            if !context.mentions(remit, "non-acute") {
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
                    Citation(.southwarkLCP, "Governance and leadership proposals, 5")]
    ) { context in
        context.placeCommittees().compactMap { place, committee -> Concern? in
            let assemblies = context.data.operatingBodies(in: place.id, on: context.asOf).filter { $0.kind == .assembly }
            guard assemblies.isEmpty else { return nil }
            return Concern(about: committee,
                "\(place.name) has no lived experience assembly (or similar) supporting the service user and carer voice in the \(committee.name)'s governance; partners agreed to work up options with the CCG, Council and Healthwatch engagement leads.")
        }
    }

    static let transparency = Rule(
        id: "SWK-GOV-6", severity: .error,
        requirement: "The Partnership Southwark Strategic Board's membership and decisions, and the place's spending, are visible to residents and to partners not represented on the Board: it meets in public and the place budget is published.",
        citations: [Citation(.southwarkLCP, "Task and Finish Steering Group, design principles")]
    ) { context in
        context.placeCommittees().flatMap { place, committee -> [Concern] in
            var concerns: [Concern] = []
            switch committee.terms(on: context.asOf)?.sessions {
            case nil:
                concerns.append(Concern(about: committee,
                    "The \(committee.name)'s terms of reference do not say it meets in public; its membership and decisions are to be visible to residents and to partners not represented on it."))
            case .private?:
                concerns.append(Concern(about: committee,
                    "The \(committee.name) meets only in private; its membership and decisions are to be visible to residents and to partners not represented on it."))
            default:
                break
            }
            let current = context.data.budgets(in: place.id)
                .compactMap { budget in budget.yearStart.map { (budget: budget, start: $0) } }
                .filter { $0.start <= context.asOf }
                .max { ($0.start, $0.budget.id) < ($1.start, $1.budget.id) }?.budget
            if let budget = current, (budget.publishedAt ?? "").isEmpty {
                concerns.append(Concern(about: budget,
                    "The \(place.name) \(budget.displayName) is not recorded as published; place spending is to be visible to residents. Record where it is published.",
                    place: place.id, body: committee.id))
            }
            return concerns
        }
    }
}
