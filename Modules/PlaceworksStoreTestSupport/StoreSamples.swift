import Foundation
import PlaceworksDomain
import PlaceworksTestSupport

/// The data the conformance suite writes: the test world with one record of every kind.
public enum StoreSamples {
    /// The test world plus a governance option: a consistent dataset with records of every kind.
    public static var world: Dataset {
        var world = TestWorld.dataset
        world.options.append(GovernanceOption(
            id: "tb-option-1", place: TestWorld.place, label: "1", summary: "A committee of the ICB",
            requirements: [], citation: Citation("southwark-lcp-leadership-and-governance-2021.txt", "Governance options")))
        return world
    }

    /// A fixed instant for writes ("now" is always passed in).
    public static let now = Date(timeIntervalSince1970: 1_777_627_800.25)

    /// A later instant.
    public static func later(_ seconds: Double) -> Date { now.addingTimeInterval(seconds) }
}
