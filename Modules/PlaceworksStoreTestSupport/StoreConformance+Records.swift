import PlaceworksDomain
import PlaceworksStore
import PlaceworksTestSupport
import Testing

extension StoreConformance {
    static func datasetReadsBackEqual(_ database: TestDatabase) async throws {
        let world = StoreSamples.world
        #expect(world.problems().isEmpty, "the sample world is not consistent: \(world.problems())")
        #expect(RecordKind.allCases.allSatisfy { kind in world.count(of: kind) > 0 }, "the sample lacks a kind")
        try await database.withStore { store in
            let receipt = try await store.importDataset(world, actor: "setup", at: StoreSamples.now)
            #expect(receipt.entries.count == world.count)
        }
        // A new handle reads what the first wrote, in the order it was written.
        try await database.withStore { store in
            let read = try await store.snapshot()
            #expect(read.dataset == world)
            #expect(read.versions.count == world.count)
            #expect(read.versions.values.allSatisfy { $0 > 0 })
            let places = try await store.records().filter { $0.key.kind == .membership }.map(\.place)
            #expect(places.allSatisfy { $0 == TestWorld.place.rawValue }, "memberships are not filed under their place")
        }
    }

    static func importTwiceChangesNothing(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let before = try await store.auditLog()
            let again = try await store.importDataset(StoreSamples.world, actor: "setup", at: StoreSamples.later(60))
            #expect(again.isEmpty)
            #expect(try await store.auditLog() == before)
            #expect(try await store.loadDataset() == StoreSamples.world)
        }
    }

    static func asOfQueriesOverStoredHistory(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            var edit = try await store.edit()
            try edit.update(Membership.self, id: "tb-m-vcse") { $0.period.end = "2022-06-30" }
            edit.put(Membership(id: "tb-m-vcse-2", seat: "tb-seat-vcse", person: "tb-deputy-vcse", onBehalfOf: "tb-vcse",
                                period: Period(from: "2022-07-01")))
            try await store.commit(edit, actor: "secretary", at: StoreSamples.later(1))
            let index = DatasetIndex(try await store.loadDataset())
            #expect(index.membership(of: "tb-seat-vcse", on: "2022-05-01")?.person == "tb-person-vcse")
            #expect(index.membership(of: "tb-seat-vcse", on: "2022-07-01")?.person == "tb-deputy-vcse")
            #expect(index.memberships(of: "tb-seat-vcse").count == 2)
        }
    }

    static func invalidDataRefused(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let before = try await store.auditLog()
            var edit = try await store.edit()
            edit.put(Membership(id: "tb-m-ghost", seat: "tb-seat-missing", person: "tb-person-pcn"))
            try edit.update(Risk.self, id: "tb-risk-1") { $0.likelihood = 9 }
            await #expect(throws: StoreError.self) { try await store.commit(edit, actor: "secretary", at: StoreSamples.later(1)) }
            do {
                try await store.commit(edit, actor: "secretary", at: StoreSamples.later(1))
            } catch let StoreError.invalidData(problems) {
                #expect(problems.contains { $0.field == "seat" && $0.reason.contains("tb-seat-missing") })
                #expect(problems.contains { $0.field == "likelihood" })
            }
            #expect(try await store.auditLog() == before)
            #expect(try await store.loadDataset() == StoreSamples.world)
        }
    }

    static func recreatedRecordGetsNewVersion(_ database: TestDatabase) async throws {
        try await seeded(database) { store in
            let first = try #require(try await store.snapshot().version(of: ID<Risk>("tb-risk-1")))
            var edit = try await store.edit()
            try edit.remove(Risk.self, id: "tb-risk-1")
            try await store.commit(edit, actor: "secretary", at: StoreSamples.later(1))
            edit = try await store.edit()
            edit.put(StoreSamples.world.risks[0])
            try await store.commit(edit, actor: "secretary", at: StoreSamples.later(2))
            let again = try #require(try await store.snapshot().version(of: ID<Risk>("tb-risk-1")))
            #expect(again > first, "a record deleted and created again reused an old version")
            // A change based on the first incarnation is refused.
            let stale = RecordChange.put(RecordKey(ID<Risk>("tb-risk-1")), body: "{}", place: nil, basedOn: first)
            await #expect(throws: StoreError.staleVersion(kind: .risk, id: "tb-risk-1", expected: first, actual: again)) {
                try await store.apply([stale], actor: "secretary", at: StoreSamples.later(3))
            }
        }
    }
}

extension Dataset {
    /// How many records of `kind` the dataset holds.
    func count(of kind: RecordKind) -> Int {
        switch kind {
        case .ics: systems.count
        case .place: places.count
        case .organisation: organisations.count
        case .person: people.count
        case .body: bodies.count
        case .seat: seats.count
        case .membership: memberships.count
        case .leadershipRole: leadershipRoles.count
        case .delegation: delegations.count
        case .budget: budgets.count
        case .workstream: workstreams.count
        case .milestone: milestones.count
        case .risk: risks.count
        case .indicator: indicators.count
        case .meeting: meetings.count
        case .option: options.count
        case .fund: funds.count
        case .accountability: accountabilities.count
        case .approval: approvals.count
        case .publication: publications.count
        case .engagement: engagements.count
        case .recruitment: recruitments.count
        case .agreement: agreements.count
        case .commitment: commitments.count
        }
    }
}
