/// Where a store's schema stands: what `place db status` shows.
public struct SchemaStatus: Sendable, Hashable, Codable {
    /// The highest migration version applied (0 for a new store).
    public var current: Int
    /// The version this program's schema is at.
    public var latest: Int
    /// The migrations applied, in order.
    public var applied: [Migration]
    /// The migrations still to apply, in order.
    public var pending: [Migration]
    /// Versions applied by a newer program that this one does not know.
    public var unknown: [Int]

    public init(current: Int, latest: Int, applied: [Migration], pending: [Migration], unknown: [Int]) {
        self.current = current
        self.latest = latest
        self.applied = applied
        self.pending = pending
        self.unknown = unknown
    }

    /// True when nothing is pending and the store is not newer than this program.
    public var isCurrent: Bool { pending.isEmpty && unknown.isEmpty }
}
