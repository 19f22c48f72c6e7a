import PlaceworksStore
import Testing

@Suite("Schema migrations and policies")
struct SchemaTests {
    /// Numbers are reserved ahead for work in progress, so a list may skip one until it lands.
    @Test("migrations are numbered from 1 upwards, in order, with distinct names")
    func numbering() {
        let versions = StoreSchema.migrations.map(\.version)
        #expect(versions.first == 1)
        #expect(zip(versions, versions.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Set(StoreSchema.migrations.map(\.name)).count == StoreSchema.migrations.count)
    }

    @Test("status lists applied, pending and unknown migrations")
    func status() {
        let fresh = StoreSchema.status(applied: [])
        #expect(fresh.current == 0 && fresh.pending == StoreSchema.migrations && !fresh.isCurrent)
        let older = StoreSchema.status(applied: [1])
        let versions = StoreSchema.migrations.map(\.version)
        #expect(older.current == 1 && older.pending.map(\.version) == Array(versions.dropFirst()))
        let newer = StoreSchema.status(applied: versions + [99])
        #expect(newer.unknown == [99] && !newer.isCurrent)
        #expect(StoreSchema.status(applied: versions).isCurrent)
    }

    @Test("policies: migrate applies, requireCurrent says what to run, inspect opens as is")
    func policies() throws {
        let older = StoreSchema.status(applied: [1])
        #expect(try SchemaPolicy.migrate.check(older, location: "x") == true)
        #expect(try SchemaPolicy.inspect.check(older, location: "x") == false)
        #expect(throws: StoreError.self) { try SchemaPolicy.requireCurrent.check(older, location: "x") }
        do {
            _ = try SchemaPolicy.requireCurrent.check(older, location: "store.sqlite")
        } catch {
            #expect(error.description.contains("Run `place db migrate`"))
            #expect(error.description.contains("store.sqlite"))
        }
        let newer = StoreSchema.status(applied: [1, 2, 3, 99])
        #expect(throws: StoreError.schemaAhead(location: "x", current: 99, latest: StoreSchema.latestVersion)) {
            try SchemaPolicy.migrate.check(newer, location: "x")
        }
    }

    @Test("a stale-version error tells the reader what happened and what to do")
    func staleMessage() {
        let message = StoreError.staleVersion(kind: .risk, id: "swk-r-3", expected: 12, actual: 15).description
        #expect(message == "The risk swk-r-3 was changed by someone else after you read it (you read version 12, it is now version 15). Nothing was written; reload and try again.")
    }
}
