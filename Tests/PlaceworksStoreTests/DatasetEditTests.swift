import PlaceworksDomain
import PlaceworksStore
import PlaceworksTestSupport
import Testing

@Suite("Dataset edits: what a commit writes")
struct DatasetEditTests {
    /// The test world as if read from a store where every record is at version 1.
    static func stored() throws -> StoredDataset {
        let changes = try DatasetEdit(base: StoredDataset()).with { $0.merge(TestWorld.dataset) }.changes()
        let records = changes.enumerated().map { index, change in
            guard case let .put(body, place) = change.action else { fatalError("a new dataset only creates") }
            return StoredRecord(key: change.key, place: place, version: Int64(index + 1), created: Int64(index + 1), body: body,
                                updatedAt: Timestamp(millisecondsSince1970: 0))
        }
        return try StoredDataset(records: records)
    }

    @Test("records encode and decode back to the same dataset, in the same order")
    func roundTrip() throws {
        let stored = try Self.stored()
        #expect(stored.dataset == TestWorld.dataset)
        #expect(stored.versions.count == TestWorld.dataset.count)
    }

    @Test("an unchanged edit writes nothing; a change writes only its record, based on the version read")
    func onlyChanges() throws {
        let stored = try Self.stored()
        var edit = DatasetEdit(base: stored)
        #expect(try edit.changes().isEmpty)
        try edit.update(Risk.self, id: "tb-risk-1") { $0.impact = 5 }
        let changes = try edit.changes()
        #expect(changes.count == 1)
        #expect(changes.first?.key == RecordKey(kind: .risk, id: "tb-risk-1"))
        #expect(changes.first?.expectedVersion == stored.version(of: ID<Risk>("tb-risk-1")))
    }

    @Test("records are filed under their place, through their seat or body where they have no place of their own")
    func places() throws {
        let changes = try DatasetEdit(base: StoredDataset()).with { $0.merge(TestWorld.dataset) }.changes()
        func place(_ kind: RecordKind) -> String?? {
            guard case let .put(_, place)? = changes.first(where: { $0.key.kind == kind })?.action else { return nil }
            return place
        }
        #expect(place(.membership) == "E09000999")
        #expect(place(.meeting) == "E09000999")
        #expect(place(.place) == "E09000999")
        #expect(place(.person) == .some(nil))
    }

    @Test("removing a record deletes it; an explicit base version overrides the one read")
    func removeAndBasedOn() throws {
        var edit = DatasetEdit(base: try Self.stored())
        try edit.remove(Meeting.self, id: "tb-meeting-2022-03")
        edit.put(TestWorld.dataset.risks[0], basedOn: 42)
        try edit.update(Milestone.self, id: "tb-ms-1", basedOn: 7) { $0.status = .cancelled }
        let changes = try edit.changes()
        let meeting = RecordKey(kind: .meeting, id: "tb-meeting-2022-03")
        #expect(changes.contains(.delete(meeting, basedOn: try #require(edit.base.versions[meeting]))))
        #expect(changes.first { $0.key.kind == .milestone }?.expectedVersion == 7)
        #expect(!changes.contains { $0.key.kind == .risk }, "an unchanged put was written")
        #expect(throws: StoreError.recordNotFound(kind: .risk, id: "nope")) {
            try edit.update(Risk.self, id: "nope") { $0.impact = 1 }
        }
    }

    @Test("problems in the edited dataset are reported before anything is written")
    func problems() throws {
        var edit = DatasetEdit(base: try Self.stored())
        edit.put(Membership(id: "ghost", seat: "no-such-seat", person: "tb-person-pcn"))
        #expect(edit.problems().contains { $0.field == "seat" })
    }

    @Test("a record that would not load again is refused before anything is written, naming the field")
    func readsBack() throws {
        var edit = DatasetEdit(base: try Self.stored())
        try edit.update(Membership.self, id: edit.dataset.memberships[0].id) {
            $0.period = Period(from: "2022-04-01", to: "2021-03-31")
        }
        #expect(edit.problems().isEmpty, "references and ranges are fine")
        #expect {
            try edit.changes()
        } throws: { error in
            guard case let StoreError.invalidData(problems) = error else { return false }
            return problems.first?.field == "period.to" && problems.first?.reason.contains("before it starts") == true
        }
    }
}

extension DatasetEdit {
    func with(_ change: (inout DatasetEdit) -> Void) -> DatasetEdit {
        var copy = self
        change(&copy)
        return copy
    }
}
