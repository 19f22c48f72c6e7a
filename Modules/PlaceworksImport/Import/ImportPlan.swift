import PlaceworksDomain

/// What an import would change: the records it adds, those it changes, and how many it finds
/// already stored exactly as the files say.
public struct ImportPlan: Sendable, Hashable, Codable {
    /// One record added or changed.
    public struct Change: Sendable, Hashable, Codable {
        public var kind: String
        public var id: String
        public var name: String
    }

    public var added: [Change] = []
    public var changed: [Change] = []
    public var unchanged = 0
    /// The records to write (those added or changed).
    public var records: Dataset

    /// Whether the import changes nothing.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty }

    /// Compares every record of `batch` with the record of the same identifier in `base`.
    public init(batch: Dataset, base: Dataset) {
        records = Dataset()
        compare(\.systems, batch, base)
        compare(\.places, batch, base)
        compare(\.organisations, batch, base)
        compare(\.people, batch, base)
        compare(\.bodies, batch, base)
        compare(\.seats, batch, base)
        compare(\.memberships, batch, base)
        compare(\.leadershipRoles, batch, base)
        compare(\.delegations, batch, base)
        compare(\.budgets, batch, base)
        compare(\.workstreams, batch, base)
        compare(\.milestones, batch, base)
        compare(\.risks, batch, base)
        compare(\.indicators, batch, base)
        compare(\.meetings, batch, base)
        compare(\.options, batch, base)
        compare(\.funds, batch, base)
        compare(\.accountabilities, batch, base)
        compare(\.approvals, batch, base)
        compare(\.publications, batch, base)
        compare(\.engagements, batch, base)
        compare(\.recruitments, batch, base)
        compare(\.agreements, batch, base)
        compare(\.commitments, batch, base)
    }

    private mutating func compare<E: Entity>(_ path: WritableKeyPath<Dataset, [E]>, _ batch: Dataset, _ base: Dataset) {
        let incoming = batch[keyPath: path]
        guard !incoming.isEmpty else { return }
        let present = Dictionary(base[keyPath: path].map { ($0.id, $0) }) { first, _ in first }
        var written: [E] = []
        for record in incoming {
            let change = Change(kind: E.subjectKind.rawValue, id: record.id.rawValue, name: record.displayName)
            switch present[record.id] {
            case nil: added.append(change)
            case let stored? where stored == record: unchanged += 1; continue
            default: changed.append(change)
            }
            written.append(record)
        }
        records.modify(path) { $0.append(contentsOf: written) }
    }
}
