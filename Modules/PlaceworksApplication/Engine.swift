import Foundation
import Synchronization
import PlaceworksDomain
import PlaceworksStore

/// What every Placeworks executable does with the partnership's data, through the same calls:
/// read a live snapshot of the store, check it against the registered rules, and perform typed,
/// validated, audited writes.
///
/// Each executable's `main` builds one engine from its dependencies — the store, the registry
/// and a clock — and hands it down; a server shares it across requests, tests build one over a
/// throwaway store. The acting user is named on each write.
///
/// ```swift
/// let engine = Engine(store: try await location.open(), registry: try .standard())
/// let result = try await engine.check(asOf: "2022-04-01", place: "E09000028")
/// try await engine.perform(UpdateRisk(id: "swk-risk-3", changes: RiskChanges(likelihood: 2)), by: "j.smith")
/// ```
public actor Engine {
    /// The store: the source of truth once `place init` has loaded the registered data.
    public nonisolated let store: any DatasetStore
    /// The registered extensions, their rules and their shipped data.
    public nonisolated let registry: Registry
    /// The time of every write.
    public nonisolated let clock: @Sendable () -> Date
    /// How many times a write without an expected version is re-read and re-applied after
    /// another writer changed a record it touches.
    public nonisolated let retries: Int
    /// The rule set every check reports.
    public nonisolated let ruleSet: RuleSetVersion
    /// Whether snapshots read the imported indicator observations (a program that only writes,
    /// such as the importer, need not hold them in memory).
    public nonisolated let readsObservations: Bool

    private var live: LiveSnapshot?
    /// The newest snapshot known to be current at a reading of the store's change counter.
    private nonisolated let confirmed = Mutex<(snapshot: LiveSnapshot, counter: Int64)?>(nil)
    /// The data versions of places asked for, and the audit head they were read at.
    private nonisolated let placeVersions = Mutex<(head: AuditHead, versions: [ID<Place>: Int64])?>(nil)
    /// Check results of the live snapshot, by day and place: the same question of the same data
    /// gets the same answer, so it is computed once. Emptied whenever the snapshot moves on.
    private var results: (head: AuditHead, byQuestion: [CheckQuestion: CheckResult])?
    /// How many check results are kept for one snapshot.
    static let resultsKept = 64

    public init(store: any DatasetStore, registry: Registry, clock: @escaping @Sendable () -> Date = { Date() },
                retries: Int = 20, readsObservations: Bool = true) {
        self.readsObservations = readsObservations
        self.store = store
        self.registry = registry
        self.clock = clock
        self.retries = retries
        ruleSet = RuleSetVersion(registry)
    }

    // MARK: - Reading

    /// The store's data now. The first call reads and decodes every record; later calls decode
    /// only the records changed since — from this process or any other sharing the store.
    ///
    /// When the store has a change counter (SQLite), a call that finds it where it was when the
    /// live snapshot was last confirmed answers from memory without asking the store anything:
    /// nothing was committed since, by anyone. Otherwise (the counter moved, or PostgreSQL,
    /// which has none) the store is asked for its audit head — one small query — and the
    /// snapshot brought up to it. Either way a call sees every write committed before it began.
    public nonisolated func snapshot() async throws -> LiveSnapshot {
        if let counter = store.changeCounter(), let known = confirmed.withLock({ $0 }), known.counter == counter {
            return known.snapshot
        }
        return try await refresh()
    }

    private func refresh() async throws -> LiveSnapshot {
        // Read the counter before the head: whatever was committed before this reading is in the
        // head read after it, so the snapshot brought up to that head is current for the reading.
        let counter = store.changeCounter()
        guard let live else { return try await reload(counter: counter) }
        guard let head = try await store.auditHead(), head != live.head else {
            confirm(live, counter: counter)
            return live
        }
        let entries = try await store.auditLog(after: live.head.sequence, limit: Self.refreshLimit)
        // Too many changes, or a log that does not continue from the snapshot's head: read it all.
        guard entries.count < Self.refreshLimit, let first = entries.first, first.previousHash == live.head.hash else {
            return try await reload(counter: counter)
        }
        var loaded: [StoredObservation] = []
        if readsObservations && entries.contains(where: \.isImport) {
            loaded = try await store.observations(after: live.head.sequence)
        }
        return keep(try live.applying(entries, observations: loaded), counter: counter)
    }

    /// Keeps `next` as the live snapshot unless a newer one arrived while it was being read
    /// (two reads in flight on one engine), and returns it.
    private func keep(_ next: LiveSnapshot, counter: Int64?) -> LiveSnapshot {
        if let live, live.head.sequence > next.head.sequence { return next }
        live = next
        confirm(next, counter: counter)
        return next
    }

    /// Records that `snapshot` was current when the store's change counter read `counter`,
    /// unless a newer snapshot has been confirmed meanwhile.
    private nonisolated func confirm(_ snapshot: LiveSnapshot, counter: Int64?) {
        confirmed.withLock { known in
            guard let counter else { known = nil; return }
            if let known, known.snapshot.head.sequence > snapshot.head.sequence { return }
            known = (snapshot, counter)
        }
    }

    /// Beyond this many changes since the last read, reading everything again is cheaper.
    static let refreshLimit = 5000

    private func reload(counter: Int64?) async throws -> LiveSnapshot {
        // Read the head first: records read after it are at least as new, and the next refresh
        // re-applies any entry in between, which is harmless (puts and deletes are idempotent).
        let head = try await store.auditHead() ?? .genesis
        let stored = try await store.snapshot()
        var observations: ObservationTable?
        if readsObservations {
            var table = ObservationTable()
            table.add(try await store.observations(after: 0))
            observations = table
        }
        return keep(LiveSnapshot(stored: stored, observations: observations, head: head), counter: counter)
    }

    /// Checks the store's data as of `day`, for every place or only `place`.
    /// The same day and place asked again of unchanged data is answered from memory.
    public func check(asOf day: Day, place: ID<Place>? = nil) async throws -> CheckResult {
        let snapshot = try await snapshot()
        let question = CheckQuestion(day: day, place: place)
        if let results, results.head == snapshot.head, let known = results.byQuestion[question] { return known }
        let report = registry.check(snapshot.index, asOf: day, place: place)
        let result = CheckResult(report: report, provenance: CheckProvenance(
            ruleSet: ruleSet, data: .store(sequence: snapshot.head.sequence, hash: snapshot.head.hash)))
        var kept = results?.head == snapshot.head ? results?.byQuestion ?? [:] : [:]
        if kept.count >= Self.resultsKept { kept.removeAll() }
        kept[question] = result
        results = (snapshot.head, kept)
        return result
    }

    /// Checks a dataset that is not in the store (a data file laid over the registered data).
    public nonisolated func check(_ dataset: Dataset, from source: DataVersion, asOf day: Day,
                                  place: ID<Place>? = nil) -> CheckResult {
        CheckResult(report: registry.check(dataset, asOf: day, place: place),
                    provenance: CheckProvenance(ruleSet: ruleSet, data: source))
    }

    /// Where each record last written by an import came from (file, SHA-256, rows, time, actor).
    public func importSources() async throws -> [RecordKey: ImportSource] {
        let sources = try await snapshot().stored.sources
        let imports = try await store.importSources(Set(sources.values))
        return sources.compactMapValues { imports[$0] }
    }

    /// The data version of `place`: the newest audit entry about any record filed under it.
    public func dataVersion(of place: ID<Place>) async throws -> Int64 {
        try await store.dataVersion(of: place.rawValue)
    }

    /// The data version of `place` for `snapshot`: asked of the store once per audit head, then
    /// answered from memory until the snapshot moves on (nothing filed under the place can have
    /// changed while the head stands still).
    public nonisolated func dataVersion(of place: ID<Place>, in snapshot: LiveSnapshot) async throws -> Int64 {
        if let known = placeVersions.withLock({ $0?.head == snapshot.head ? $0?.versions[place] : nil }) { return known }
        let version = try await store.dataVersion(of: place.rawValue)
        // A version beyond the snapshot's head belongs to a newer snapshot: used, not kept.
        guard version <= snapshot.head.sequence else { return version }
        placeVersions.withLock { cached in
            if cached?.head != snapshot.head { cached = (snapshot.head, [:]) }
            if cached!.versions.count < 10_000 { cached!.versions[place] = version }
        }
        return version
    }

    // MARK: - Writing

    /// Performs `operation` as `actor`: validates it, applies it to the current data, validates
    /// what it touched, and writes it as one audited transaction.
    ///
    /// When another writer commits a change to a touched record first, the operation is read
    /// again and re-applied (up to ``retries`` times), unless it named the version it expects:
    /// then ``StoreError/staleVersion(kind:id:expected:actual:)`` is thrown and nothing is written.
    ///
    /// - Throws: ``OperationError`` for input the data does not allow; ``StoreError/invalidData(_:)``
    ///   when the result would be inconsistent; ``StoreError`` when the store fails.
    @discardableResult
    public func perform(_ operation: some WriteOperation, by actor: String) async throws -> WriteOutcome {
        try operation.validate()
        return try await write(summary: operation.summary, by: actor) { edit in try operation.apply(to: &edit) }
    }

    /// Applies `change` to the current data and writes it (the general form of ``perform(_:by:)``,
    /// for batches such as an import). Retried like an operation when it names no versions.
    @discardableResult
    public func write(summary: String, by actor: String, imports: [ImportWrite] = [],
                      _ change: @Sendable (inout DatasetEdit) throws -> Void) async throws -> WriteOutcome {
        var attempt = 0
        while true {
            let snapshot = try await snapshot()
            var edit = DatasetEdit(base: snapshot.stored)
            try change(&edit)
            let problems = edit.problems()
            guard problems.isEmpty else { throw StoreError.invalidData(problems) }
            let changes = try edit.changes()
            guard !changes.isEmpty || !imports.isEmpty else { return WriteOutcome(summary: summary, receipt: .unchanged) }
            do {
                let receipt = try await store.apply(changes, imports: imports, actor: actor, at: clock())
                // Committed: bring the snapshot up to date now if the store answers; the next read will
                // otherwise. A batch too large to apply to the snapshot (a large import) would mean
                // reading everything again, which is left to the next read, if one comes.
                if receipt.entries.count < Self.refreshLimit { _ = try? await self.snapshot() }
                return WriteOutcome(summary: summary, receipt: receipt)
            } catch let StoreError.staleVersion(kind, id, expected, actual) {
                let key = RecordKey(kind: kind, id: id)
                attempt += 1
                if edit.basedOn[key] != nil || attempt > retries {
                    throw StoreError.staleVersion(kind: kind, id: id, expected: expected, actual: actual)
                }
                // Someone else wrote first: read their change and apply this one on top of it.
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...(5 * attempt))))
            }
        }
    }
}

/// A check's question: as of which day, for which place (nil: all).
struct CheckQuestion: Hashable {
    let day: Day
    let place: ID<Place>?
}

/// What a write did: its summary and the store's receipt (audit entries and new versions).
public struct WriteOutcome: Sendable, Hashable {
    public var summary: String
    public var receipt: CommitReceipt

    /// True when the store already held the change and nothing was written.
    public var changedNothing: Bool { receipt.isEmpty }
}
