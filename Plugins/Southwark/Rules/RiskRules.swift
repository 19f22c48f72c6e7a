import PlaceworksDomain

/// SWK-RISK-1: the recovery plan's risks are on the register and managed.
enum RiskRules {
    static let recoveryPlanRisks = Rule(
        id: "SWK-RISK-1", severity: .error,
        requirement: "Each risk the recovery plan names (six finance risks and the three “elephants in the room”) is on the register with an owner, a 5×5 score and a mitigation.",
        citations: [Citation(.recoveryPlan, "§6 Planning for recovery: finance – borough context, Risks"),
                    Citation(.recoveryPlan, "§7 How will we deliver this: leadership")],
        refines: ["GOV-RISK-1"]
    ) { context in
        context.places(from: SouthwarkData.recoveryPlanDrafted).flatMap { place -> [Concern] in
            let register = Dictionary(context.data.dataset.risks.filter { $0.place == place.id }.map { ($0.id, $0) }) {
                first, _ in first
            }
            return RecoveryPlanRisks.risks.compactMap { expected -> Concern? in
                guard let risk = register[expected.id] else {
                    return Concern(about: place,
                        "The recovery-plan risk “\(expected.title)” is not on the risk register; add it with an owner, a score and a mitigation.")
                }
                guard risk.isOpen(on: context.asOf) else { return nil }
                var missing: [String] = []
                if risk.owner == nil { missing.append("owner") }
                if risk.score == nil { missing.append("5×5 likelihood × impact score") }
                if (risk.mitigation ?? "").isEmpty { missing.append("mitigation") }
                guard !missing.isEmpty else { return nil }
                return Concern(about: risk,
                    "The risk “\(risk.title)” has no \(spoken(missing, "or")); record \(missing.count == 1 ? "it" : "them") on the register.",
                    place: place.id, body: risk.body)
            }
        }
    }
}
