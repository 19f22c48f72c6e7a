import PlaceworksDomain

/// SWK-GOV-7: Southwark's governance options are recorded with their gateway requirements between
/// the right options.
///
/// Reading: the options are phased steps, reached "if gateways are met". The first list of likely
/// gateway requirements stands between options 1 and 2, the second between options 2 and 3, so
/// options 2a and 2b carry the first list, option 3 both, and option 1 none (an arrangement exactly
/// as option 1 describes meets option 1). Option 1 is recorded as discounted.
enum OptionRules {
    /// The options the paper canvasses, by label.
    static let labels = ["1", "2a", "2b", "3"]

    static let recorded = Rule(
        id: "SWK-GOV-7", severity: .error,
        requirement: "Governance options 1, 2a, 2b and 3 are recorded, and option 1 is recorded as discounted, so a proposed arrangement can be assessed against them; each option carries the likely gateway requirements on the way to it (the first list between options 1 and 2, the second between options 2 and 3: the platform's reading, a warning).",
        citations: [Citation(.southwarkLCP, "Potential options")],
        effective: Period(from: SouthwarkData.optionsCanvassed)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let options = context.data.options(in: place.id)
            return labels.flatMap { label -> [Concern] in
                guard let option = options.first(where: { $0.label == label }) else {
                    return [Concern(about: place,
                        "\(place.name)'s governance option \(label) is not recorded; partners assess proposed arrangements against options 1, 2a, 2b and 3.")]
                }
                var concerns = gatewayConcerns(option, label: label, place: place)
                if label == "1" && (option.discountedBecause ?? "").isEmpty {
                    concerns.append(Concern(about: option,
                        "Option 1 is not recorded as discounted; partners discounted it because it could undermine the voice of other partners.",
                        place: place.id))
                }
                return concerns
            }
        }
    }

    /// Findings for gateway requirements missing from an option, or attached to an option they do not lead to.
    static func gatewayConcerns(_ option: GovernanceOption, label: String, place: Place) -> [Concern] {
        let expected = GovernanceOptions.gateways[label, default: []]
        let carried = Set(option.requirements.map(\.id))
        let expectedIDs = Set(expected.map(\.id))
        var concerns: [Concern] = []
        let missing = expected.filter { !carried.contains($0.id) }
        if !missing.isEmpty {
            concerns.append(Concern(about: option,
                "Option \(label) does not carry the gateway requirements on the way to it: \(spoken(missing.map { "“\($0.text)”" })). Partners move to option \(label) only when these gateways are met.",
                place: place.id).reported(as: .warning))
        }
        let misplaced = option.requirements.filter { $0.id.hasPrefix("gateway-") && !expectedIDs.contains($0.id) }
        if !misplaced.isEmpty {
            let between = label == "1" ? "options beyond option 1" : "a later option"
            concerns.append(Concern(about: option,
                "Option \(label) carries gateway requirements that stand before \(between): \(spoken(misplaced.map { "“\($0.text)”" })); an arrangement as option \(label) describes need not meet them.",
                place: place.id).reported(as: .warning))
        }
        return concerns
    }
}
