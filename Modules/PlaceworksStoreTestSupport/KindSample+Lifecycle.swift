import PlaceworksDomain
import PlaceworksStore
import Testing

extension KindSample {
    /// Creates, reads, updates and ends the sample record, checking what the store holds after each step.
    func lifecycle(in database: TestDatabase) async throws {
        try await database.withStore { store in
            try await store.importDataset(StoreSamples.world, actor: "setup", at: StoreSamples.now)
            let key = RecordKey(record.id)

            var edit = try await store.edit()
            edit.put(record)
            let created = try await store.commit(edit, actor: "creator", at: StoreSamples.later(1))
            let createdVersion = try #require(created.versions[key], "creating the \(key) gave it no version")
            var read = try await store.snapshot()
            #expect(stored(in: read.dataset) == record, "the \(key) read back differs from the one created")
            #expect(read.versions[key] == createdVersion)
            #expect(created.entries.map(\.operation) == [.created])

            var updated = record
            update(&updated)
            edit = try await store.edit()
            try edit.update(E.self, id: record.id, update)
            let change = try await store.commit(edit, actor: "editor", at: StoreSamples.later(2))
            read = try await store.snapshot()
            #expect(stored(in: read.dataset) == updated, "the \(key) read back differs from the one updated")
            let updatedVersion = try #require(read.versions[key])
            #expect(updatedVersion > createdVersion, "updating the \(key) did not raise its version")
            #expect(change.entries.map(\.operation) == [.updated])

            edit = try await store.edit()
            if let end {
                var ended = updated
                end(&ended)
                try edit.update(E.self, id: record.id, end)
                try await store.commit(edit, actor: "editor", at: StoreSamples.later(3))
                read = try await store.snapshot()
                #expect(stored(in: read.dataset) == ended, "the \(key) read back differs from the one ended")
                #expect((read.versions[key] ?? 0) > updatedVersion)
            } else {
                try edit.remove(E.self, id: record.id)
                let removal = try await store.commit(edit, actor: "editor", at: StoreSamples.later(3))
                read = try await store.snapshot()
                #expect(stored(in: read.dataset) == nil, "the \(key) is still there after removal")
                #expect(read.versions[key] == nil)
                #expect(removal.entries.map(\.operation) == [.deleted])
            }
            #expect(try await store.verifyAuditLog().isIntact)
        }
    }

    private func stored(in dataset: Dataset) -> E? {
        dataset[keyPath: DatasetEdit.path(E.self)].first { $0.id == record.id }
    }
}
