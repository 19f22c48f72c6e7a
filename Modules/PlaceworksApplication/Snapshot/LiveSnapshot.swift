import Foundation
import PlaceworksDomain
import PlaceworksStore

/// The store's data as of one audit head: the decoded dataset with every record's version, and
/// its index for "as of" queries, built once on first use and shared by every check that reads
/// this snapshot.
///
/// A snapshot never changes; ``Engine/snapshot()`` hands out a new one after the store moves on.
public final class LiveSnapshot: Sendable {
    /// The dataset and the version of every record.
    public let stored: StoredDataset
    /// The newest audit entry this snapshot includes.
    public let head: AuditHead
    private let lazyIndex: LazyIndex

    init(stored: StoredDataset, head: AuditHead) {
        self.stored = stored
        self.head = head
        lazyIndex = LazyIndex(stored.dataset)
    }

    /// The whole dataset (full history).
    public var dataset: Dataset { stored.dataset }

    /// The dataset's index, built on first use.
    public var index: DatasetIndex { lazyIndex.value }

    /// The data version of this snapshot: the audit head's sequence number.
    public var dataVersion: Int64 { head.sequence }

    /// The version of the record with identifier `id`, or nil if the store does not hold it.
    public func version<E: Entity>(of id: ID<E>) -> Int64? { stored.version(of: id) }

    /// This snapshot brought up to date with `entries` (written after ``head``, oldest first):
    /// only the records they name are decoded.
    func applying(_ entries: [AuditEntry]) throws -> LiveSnapshot {
        guard let last = entries.last else { return self }
        var stored = stored
        try stored.apply(entries)
        return LiveSnapshot(stored: stored, head: AuditHead(sequence: last.sequence, hash: last.hash))
    }
}

/// A value computed once, on first use, by whichever thread asks first.
private final class LazyIndex: @unchecked Sendable {
    private let lock = NSLock()
    private let dataset: Dataset
    private var built: DatasetIndex?

    init(_ dataset: Dataset) { self.dataset = dataset }

    var value: DatasetIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = DatasetIndex(dataset)
        built = index
        return index
    }
}
