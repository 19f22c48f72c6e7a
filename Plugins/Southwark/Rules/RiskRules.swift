import PlaceworksDomain

/// SWK-RISK-1: the recovery plan's risks are on the register and managed.
enum RiskRules {
    static let recoveryPlanRisks = Rule(
        id: "SWK-RISK-1", severity: .error,
        requirement: "Each risk the recovery plan names (six finance risks and the three “elephants in the room”) is on the register with an owner, a score and a mitigation (the platform's reading, with GOV-RISK-1: the plan names the risks).",
        citations: [Citation(.recoveryPlan, "§6 Planning for recovery: finance – borough context, Risks"),
                    Citation(.recoveryPlan, "§7 How will we deliver this: leadership")],
        refines: ["GOV-RISK-1"],
        effective: Period(from: SouthwarkData.recoveryPlanDrafted)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let register = Dictionary(context.data.dataset.risks.filter { $0.place == place.id }.map { ($0.id, $0) }) {
                first, _ in first
            }
            return RecoveryPlanRisks.risks.compactMap { expected -> Concern? in
                guard let risk = register[expected.id] else {
                    return Concern(about: place,
                        "The recovery-plan risk “\(expected.title)” is not on the risk register; add it with an owner, a score and a mitigation.")
                }
                guard risk.isOpen(on: context.asOf) else { return nil }
                var missing: [String] = [], problems: [String] = []
                if risk.owner == nil { missing.append("owner"); problems.append("risk:owner") }
                if risk.score == nil { missing.append("5×5 likelihood × impact score"); problems.append("risk:score") }
                if (risk.mitigation ?? "").isEmpty { missing.append("mitigation"); problems.append("risk:mitigation") }
                guard !missing.isEmpty else { return nil }
                // Names the problems GOV-RISK-1 reports too, so only those duplicates give way to this
                // finding; GOV-RISK-1's review-date and escalation findings about the risk stay.
                var concern = Concern(about: risk,
                    "The risk “\(risk.title)” has no \(spoken(missing, "or")); record \(missing.count == 1 ? "it" : "them") on the register.",
                    place: place.id, body: risk.body)
                concern.problems.formUnion(problems)
                return concern
            }
        }
    }
}
