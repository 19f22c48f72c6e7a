import PlaceworksDomain
import PlaceworksStore
import Testing

extension StoreConformance {
    static func schemaCreatedOnFirstOpen(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let status = try await store.schemaStatus()
            #expect(status.isCurrent)
            #expect(status.current == StoreSchema.latestVersion)
            #expect(status.applied == StoreSchema.migrations)
            #expect(try await store.migrate().isEmpty, "migrating a current store applied something")
            #expect(try await store.loadDataset() == Dataset())
            #expect(try await store.verifyAuditLog().isIntact)
        }
        let reopened = try await database.withStore(.requireCurrent) { store in try await store.schemaStatus() }
        #expect(reopened.isCurrent)
    }

    static func olderStoreRefusedUntilMigrated(_ database: TestDatabase) async throws {
        try await database.migrateTo(1)
        let pending = StoreSchema.migrations.filter { $0.version > 1 }
        do {
            let store = try await database.open(.requireCurrent)
            try? await store.close()
            Issue.record("an older store opened without complaint under .requireCurrent")
        } catch let error as StoreError {
            #expect(error == .schemaBehind(location: location(of: error), current: 1, latest: StoreSchema.latestVersion,
                                           pending: pending.map(\.name)))
            #expect(error.description.contains("place db migrate"), "the message does not say what to run")
        }
        try await database.withStore(.inspect) { store in
            let status = try await store.schemaStatus()
            #expect(status.current == 1)
            #expect(status.pending == pending)
            #expect(try await store.migrate() == pending)
            #expect(try await store.schemaStatus().isCurrent)
        }
        let reopened = try await database.withStore(.requireCurrent) { store in try await store.schemaStatus() }
        #expect(reopened.isCurrent)
    }

    static func olderStoreMigratedOnOpen(_ database: TestDatabase) async throws {
        try await database.migrateTo(2)
        try await database.withStore(.migrate) { store in
            #expect(try await store.schemaStatus().isCurrent)
            try await store.importDataset(StoreSamples.world, actor: "setup", at: StoreSamples.now)
            #expect(try await store.loadDataset() == StoreSamples.world)
        }
    }

    static func newerStoreRefused(_ database: TestDatabase) async throws {
        try await database.withStore { _ in }
        try await database.execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'from-a-newer-release')")
        for policy in [SchemaPolicy.migrate, .requireCurrent] {
            do {
                let store = try await database.open(policy)
                try? await store.close()
                Issue.record("a store from a newer release opened under \(policy)")
            } catch let error as StoreError {
                guard case let .schemaAhead(_, current, latest) = error else {
                    Issue.record("expected schemaAhead, got \(error)")
                    continue
                }
                #expect(current == 999)
                #expect(latest == StoreSchema.latestVersion)
            }
        }
        let status = try await database.withStore(.inspect) { store in try await store.schemaStatus() }
        #expect(status.unknown == [999])
    }

    private static func location(of error: StoreError) -> String {
        if case let .schemaBehind(location, _, _, _) = error { return location }
        return ""
    }
}
