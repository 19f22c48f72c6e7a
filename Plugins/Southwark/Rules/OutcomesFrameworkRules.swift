import PlaceworksDomain

/// SWK-OUT-2: the agreed outcomes framework, its targets, owners and an inequality gap.
///
/// Reading: from 1 April 2022 Southwark has a publication of type outcomes framework with a date
/// agreed on or before the day; each indicator in it has a target (value and date) and an owner;
/// and at least one of them measures a gap between population groups (the platform's reading of
/// "a focus on closing the gap on inequalities").
enum OutcomesFrameworkRules {
    static let framework = Rule(
        id: "SWK-OUT-2", severity: .warning,
        requirement: "From 1 April 2022 Partnership Southwark has an agreed outcomes framework; every indicator in it has a target (value and date) and an accountable owner (an SRO, a seat or a body), and at least one indicator measures an inequality gap between population groups (the platform's reading of \"a focus on closing the gap on inequalities\").",
        citations: [Citation(.southwarkLCP, "Task and Finish Steering Group, design principles")],
        effective: Period(from: SouthwarkData.strategicBoardEstablished)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let frameworks = context.data.publications(in: place.id).filter { publication in
                publication.type == .outcomesFramework && (publication.agreed.map { $0 <= context.asOf } ?? false)
            }
            // The framework in force: the one agreed last (every one kept has a date agreed).
            guard let framework = frameworks.max(by: { $0.agreed! < $1.agreed! }) else {
                return [Concern(about: place,
                    "\(place.name) has no agreed outcomes framework recorded on \(context.asOf.spelledOut); record the framework, the day it was agreed, and its indicators with their targets and owners.")]
            }
            let indicators = context.data.indicators(in: place.id).filter { $0.framework == framework.id }
            guard !indicators.isEmpty else {
                return [Concern(about: framework,
                    "\(framework.title) has no indicators recorded in it; record its indicators with their targets, owners and the inequality gaps they measure.",
                    place: place.id)]
            }
            var concerns: [Concern] = []
            for indicator in indicators {
                var missing: [String] = []
                if indicator.target?.value == nil || indicator.target?.date == nil { missing.append("target (value and date)") }
                if !(indicator.owner?.isRecorded ?? false) { missing.append("accountable owner") }
                if !missing.isEmpty {
                    concerns.append(Concern(about: indicator,
                        "The indicator “\(indicator.name)” in \(framework.title) has no \(missing.joinedAsList("or")); outcomes are driven \"through tangible delivery goals and accountabilities\".",
                        place: place.id))
                }
            }
            if !indicators.contains(where: { ($0.inequalityGap?.groups.count ?? 0) >= 2 }) {
                concerns.append(Concern(about: framework,
                    "\(framework.title) has no indicator that measures a gap between population groups; the partners agreed \"a focus on closing the gap on inequalities\". Record which indicator measures a gap, and between which groups.",
                    place: place.id))
            }
            return concerns
        }
    }
}
