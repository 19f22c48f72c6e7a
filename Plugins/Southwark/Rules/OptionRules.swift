import PlaceworksDomain

/// SWK-GOV-7: Southwark's governance options are recorded with their gateway requirements.
enum OptionRules {
    /// The options the paper canvasses, by label.
    static let labels = ["1", "2a", "2b", "3"]

    static let recorded = Rule(
        id: "SWK-GOV-7", severity: .error,
        requirement: "Governance options 1, 2a, 2b and 3 are recorded with their gateway requirements, and option 1 is recorded as discounted, so a proposed arrangement can be assessed against them.",
        citations: [Citation(.southwarkLCP, "Potential options")]
    ) { context in
        context.places(from: SouthwarkData.optionsCanvassed).flatMap { place -> [Concern] in
            let options = context.data.options(in: place.id)
            return labels.flatMap { label -> [Concern] in
                guard let option = options.first(where: { $0.label == label }) else {
                    return [Concern(about: place,
                        "\(place.name)'s governance option \(label) is not recorded; partners assess proposed arrangements against options 1, 2a, 2b and 3.")]
                }
                var concerns: [Concern] = []
                if option.requirements.isEmpty {
                    concerns.append(Concern(about: option,
                        "Option \(label) has no gateway requirements recorded, so no arrangement can be assessed against it.",
                        place: place.id))
                }
                if label == "1" && (option.discountedBecause ?? "").isEmpty {
                    concerns.append(Concern(about: option,
                        "Option 1 is not recorded as discounted; partners discounted it because it could undermine the voice of other partners.",
                        place: place.id))
                }
                return concerns
            }
        }
    }
}
