import PlaceworksDomain
import PlaceworksStore

extension Engine {
    /// Loads the registered extensions' data into the store — adding what it never held and
    /// upgrading what an extension now ships differently, never undoing people's changes (see
    /// ``SeedPlan``) — and the records of `file`, which replace stored ones by identifier. One
    /// validated, audited transaction; with `dryRun`, only reports what it would do.
    @discardableResult
    public func initialise(file: Dataset? = nil, by user: String, dryRun: Bool = false) async throws
        -> (plan: SeedPlan, outcome: WriteOutcome?)
    {
        let history = try await lastWriters()
        let registered = registry.dataset
        let plan = try await plan(registered: registered, history: history, file: file)
        guard !dryRun else { return (plan, nil) }
        let upgrades = Set(plan.upgrades), additions = Set(plan.additions)
        let outcome = try await write(summary: "Loaded the registered data.", by: SeedPlan.actor(user)) { edit in
            edit.merge(registered.subset(additions.union(upgrades)))
            if let file { edit.merge(file) }
        }
        return (plan, outcome)
    }

    /// Who last wrote each record the audit log names (nil actor: last change was a deletion).
    private func lastWriters() async throws -> [RecordKey: (actor: String, deleted: Bool)] {
        var writers: [RecordKey: (actor: String, deleted: Bool)] = [:]
        var after: Int64 = 0
        while true {
            let page = try await store.auditLog(after: after, limit: 10_000)
            for entry in page {
                guard let kind = entry.recordKind else { continue }
                writers[RecordKey(kind: kind, id: entry.id)] = (entry.actor, entry.after == nil)
            }
            guard let last = page.last, page.count == 10_000 else { break }
            after = last.sequence
        }
        return writers
    }

    private func plan(registered: Dataset, history: [RecordKey: (actor: String, deleted: Bool)],
                      file: Dataset?) async throws -> SeedPlan {
        let stored = try await snapshot().stored.dataset
        var plan = SeedPlan()
        let shipped = try registered.encodedRecords()
        let seededKeys = Set(shipped.keys.filter { key in history[key].map { !$0.deleted && SeedPlan.isSeeding($0.actor) } ?? false })
        let current = try stored.encodedRecords(seededKeys)
        for key in shipped.keys.sorted() {
            guard let last = history[key] else {
                plan.additions.append(key)
                continue
            }
            if last.deleted || !SeedPlan.isSeeding(last.actor) {
                plan.kept.append(key)
            } else if current[key] != shipped[key] {
                plan.upgrades.append(key)
            }
        }
        plan.fromFile = file?.count ?? 0
        return plan
    }
}
