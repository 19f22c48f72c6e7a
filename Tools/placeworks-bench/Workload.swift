import Foundation
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksSynthetic

/// A dataset the benchmark stores and checks.
struct Workload: Sendable {
    let name: String
    /// What is written to the store.
    let stored: Dataset
    /// What the check sees: the registered extensions' data with the stored records laid over it.
    let checked: Dataset

    init(name: String, stored: Dataset, registered: Dataset) {
        self.name = name
        self.stored = stored
        checked = registered.overlaid(with: stored)
    }

    /// The synthetic nation: `systems` ICSs of fictional places.
    static func nation(systems: Int, seed: UInt64, registered: Dataset) -> Workload {
        let nation = SyntheticNation.generate(.init(seed: seed, systems: systems))
        return Workload(name: "national (\(systems) ICSs, \(nation.places.count) places)", stored: nation,
                        registered: registered)
    }

    /// South East London alone: the registered data, with `examples/sel-2022.yaml` laid over it when present.
    static func southEastLondon(registered: Dataset) throws -> Workload {
        let example = "examples/sel-2022.yaml"
        guard FileManager.default.fileExists(atPath: example) else {
            return Workload(name: "SEL (registered data)", stored: registered, registered: registered)
        }
        return Workload(name: "SEL (registered + \(example))", stored: try DatasetFile.load(example, over: registered),
                        registered: registered)
    }
}
