import PlaceworksDomain
import PlaceworksStore

/// What `place init` does to a store: which registered records it adds, which it brings up to
/// date because an extension's shipped data changed, and which it leaves alone because people
/// changed or removed them.
///
/// The rule, per registered record:
/// - never in the store (no audit entry names it): **added**;
/// - in the store as `place init` last wrote it, and the extension now ships something else:
///   **upgraded** to the shipped version;
/// - changed or removed by anyone else since `place init` wrote it: **kept** as they left it.
public struct SeedPlan: Sendable, Hashable {
    public var additions: [RecordKey] = []
    public var upgrades: [RecordKey] = []
    public var kept: [RecordKey] = []
    /// Records of a dataset file loaded with the registered data (they replace stored ones).
    public var fromFile: Int = 0

    public init() {}

    /// True when there is nothing to write.
    public var isEmpty: Bool { additions.isEmpty && upgrades.isEmpty && fromFile == 0 }

    /// The audit actor of every write `place init` makes, naming who ran it: how the next
    /// `place init` tells its own writes from people's edits.
    public static func actor(_ user: String) -> String { "\(actorPrefix) (by \(user))" }
    static let actorPrefix = "place init"

    static func isSeeding(_ actor: String) -> Bool { actor == actorPrefix || actor.hasPrefix(actorPrefix + " ") }
}
