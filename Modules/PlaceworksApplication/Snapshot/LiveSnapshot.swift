import Foundation
import PlaceworksDomain
import PlaceworksStore

/// The store's data as of one audit head: the decoded dataset with every record's version, the
/// indicator observations loaded by imports, and the index of the two together for "as of"
/// queries, built once on first use and shared by every check that reads this snapshot.
///
/// A snapshot never changes; ``Engine/snapshot()`` hands out a new one after the store moves on.
public final class LiveSnapshot: Sendable {
    /// The records as stored, with every record's version: what an edit starts from.
    public let stored: StoredDataset
    /// The current value of every imported observation (nil when the engine does not read them).
    public let observations: ObservationTable?
    /// The newest audit entry this snapshot includes.
    public let head: AuditHead
    private let lazyDataset: Lazy<Dataset>
    private let lazyIndex: Lazy<DatasetIndex>

    init(stored: StoredDataset, observations: ObservationTable?, head: AuditHead) {
        self.stored = stored
        self.observations = observations
        self.head = head
        let dataset = Lazy { observations?.merged(into: stored.dataset) ?? stored.dataset }
        lazyDataset = dataset
        lazyIndex = Lazy { DatasetIndex(dataset.value) }
    }

    /// The whole dataset (full history): the records, with the imported observations laid over
    /// their indicators. Built on first use.
    public var dataset: Dataset { lazyDataset.value }

    /// The dataset's index, built on first use.
    public var index: DatasetIndex { lazyIndex.value }

    /// The data version of this snapshot: the audit head's sequence number.
    public var dataVersion: Int64 { head.sequence }

    /// The version of the record with identifier `id`, or nil if the store does not hold it.
    public func version<E: Entity>(of id: ID<E>) -> Int64? { stored.version(of: id) }

    /// This snapshot brought up to date with `entries` (written after ``head``, oldest first) and
    /// the observations loaded by the imports among them: only the records they name are decoded.
    func applying(_ entries: [AuditEntry], observations loaded: [StoredObservation]) throws -> LiveSnapshot {
        guard let last = entries.last else { return self }
        var stored = stored
        try stored.apply(entries)
        var table = observations
        table?.add(loaded)
        return LiveSnapshot(stored: stored, observations: table, head: AuditHead(sequence: last.sequence, hash: last.hash))
    }
}

/// A value computed once, on first use, by whichever thread asks first.
private final class Lazy<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private let make: @Sendable () -> Value
    private var built: Value?

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let value = make()
        built = value
        return value
    }
}
