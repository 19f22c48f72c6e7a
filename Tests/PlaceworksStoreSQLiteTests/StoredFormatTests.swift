import Foundation
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStoreSQLite
import Testing

/// A store written by an earlier Placeworks must open and read in every later one. The fixture
/// was written in record format 1 (`place init --data examples/sel-2022.yaml` at schema version 4)
/// and is never regenerated: when the record format changes, this test proves the upgraders read it.
@Suite("Stored format: a committed store from an earlier version still reads")
struct StoredFormatTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/store-format-1.sqlite")

    /// How many records of each kind the fixture holds.
    static let counts: [RecordKind: Int] = [
        .body: 31, .budget: 1, .delegation: 5, .ics: 1, .indicator: 4, .leadershipRole: 17, .meeting: 4,
        .membership: 51, .milestone: 18, .option: 4, .organisation: 29, .person: 51, .place: 6, .risk: 9,
        .seat: 100, .workstream: 7,
    ]

    @Test("the format-1 fixture opens, reads every record, and its audit chain is intact")
    func readsFormatOne() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("store.sqlite")
        try FileManager.default.copyItem(at: Self.fixture, to: copy)
        let store = try await SQLiteStore.open(path: copy.path)
        try await store.closing { store in
            let records = try await store.records()
            #expect(records.allSatisfy { $0.format <= RecordFormat.current })
            let dataset = try await store.loadDataset()
            for (kind, count) in Self.counts {
                #expect(records.filter { $0.key.kind == kind }.count == count, "\(kind)")
            }
            #expect(dataset.count == Self.counts.values.reduce(0, +))
            #expect(dataset.places.contains { $0.id == "E09000028" && $0.name == "Southwark" })
            #expect(try await store.verifyAuditLog().isIntact)
        }
    }

    @Test("a record in a format newer than this program knows is refused with a message, not misread")
    func newerFormatRefused() throws {
        let record = StoredRecord(key: RecordKey(kind: .risk, id: "r"), place: nil, version: 1, created: 1, body: "{}",
                                  updatedAt: Timestamp(millisecondsSince1970: 0), format: RecordFormat.current + 1)
        #expect(throws: StoreError.self) { try StoredDataset(records: [record]) }
        do {
            _ = try StoredDataset(records: [record])
        } catch {
            #expect(error.description.contains("newer than this program"))
        }
    }
}
