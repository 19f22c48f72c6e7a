/// What one batch of changes writes, worked out from the records it touches as they stand now and
/// the head of the audit log. Both backends use it inside their transaction, so versions, the
/// refusal of stale changes and the chain are the same on each.
package struct BatchPlan: Sendable {
    /// A touched record as it stands now.
    package struct Current: Sendable, Hashable {
        package var version: Int64
        package var created: Int64
        package var body: String
        package var place: String?

        package init(version: Int64, created: Int64, body: String, place: String? = nil) {
            self.version = version
            self.created = created
            self.body = body
            self.place = place
        }
    }

    /// The audit entries to append, in order.
    package var entries: [AuditEntry] = []
    /// The records to insert or replace.
    package var upserts: [StoredRecord] = []
    /// The records to delete.
    package var deletions: [RecordKey] = []
    /// The new head of the log.
    package var head: AuditHead

    /// Plans `changes`, or throws ``StoreError/staleVersion(kind:id:expected:actual:)`` for the
    /// first change whose expected version is not the current one (nothing is then written).
    package init(changes: [RecordChange], current: [RecordKey: Current], head: AuditHead,
                 actor: String, time: Timestamp) throws(StoreError) {
        self.head = head
        var keys = Set<RecordKey>()
        for change in changes where !keys.insert(change.key).inserted {
            throw .duplicateChange(kind: change.key.kind, id: change.key.id)
        }
        for change in changes {
            let now = current[change.key]
            let actual = now?.version ?? 0
            guard actual == change.expectedVersion else {
                throw .staleVersion(kind: change.key.kind, id: change.key.id,
                                    expected: change.expectedVersion, actual: actual)
            }
            switch change.action {
            case let .put(body, place):
                let entry = AuditChain.entry(after: self.head, actor: actor, time: time, key: change.key,
                                             before: now?.body, after: body, place: place)
                entries.append(entry)
                upserts.append(StoredRecord(key: change.key, place: place, version: entry.sequence,
                                            created: now?.created ?? entry.sequence, body: body, updatedAt: time))
                self.head = AuditHead(sequence: entry.sequence, hash: entry.hash)
            case .delete:
                guard let now else { throw .recordNotFound(kind: change.key.kind, id: change.key.id) }
                let entry = AuditChain.entry(after: self.head, actor: actor, time: time, key: change.key,
                                             before: now.body, after: nil, place: now.place)
                entries.append(entry)
                deletions.append(change.key)
                self.head = AuditHead(sequence: entry.sequence, hash: entry.hash)
            }
        }
    }
}
