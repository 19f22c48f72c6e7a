import PlaceworksDomain

/// Where a check's time goes: building the dataset's index, then each rule.
struct RuleProfile: Sendable {
    var index = Samples()
    var rules: [RuleID: Samples] = [:]

    /// Times each step of `registry.check(dataset, …)` on its own: one warm-up, then
    /// `repetitions` recorded runs.
    static func run(_ dataset: Dataset, repetitions: Int, registry: Registry) async -> RuleProfile {
        var profile = RuleProfile()
        for repetition in 0...repetitions {
            let (index, indexTime) = await timed { DatasetIndex(dataset) }
            if repetition > 0 { profile.index.append(indexTime) }
            for registered in registry.rules {
                let context = RuleContext(data: index, asOf: StoreMeasurement.asOf,
                                          places: dataset.places.filter { registered.coverage.includes($0) },
                                          systems: dataset.systems.filter { registered.coverage.includes($0) })
                if context.places.isEmpty && context.systems.isEmpty { continue }
                let (_, time) = await timed { registered.rule.check(context) }
                if repetition > 0 { profile.rules[registered.rule.id, default: Samples()].append(time) }
            }
        }
        return profile
    }
}
