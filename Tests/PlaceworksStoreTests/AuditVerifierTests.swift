import PlaceworksStore
import Testing

@Suite("Audit log verification")
struct AuditVerifierTests {
    /// A log of `count` entries creating records r1, r2…, and the records it leaves.
    static func chain(_ count: Int) -> (entries: [AuditEntry], records: [StoredRecord]) {
        var head = AuditHead.genesis
        var entries: [AuditEntry] = []
        var records: [StoredRecord] = []
        for index in 1...count {
            let key = RecordKey(kind: .person, id: "r\(index)")
            let entry = AuditChain.entry(after: head, actor: "setup", time: Timestamp(millisecondsSince1970: Int64(index)),
                                         key: key, before: nil, after: #"{"id":"r\#(index)"}"#)
            entries.append(entry)
            records.append(StoredRecord(key: key, place: nil, version: entry.sequence, created: entry.sequence,
                                        body: entry.after!, updatedAt: entry.time))
            head = AuditHead(sequence: entry.sequence, hash: entry.hash)
        }
        return (entries, records)
    }

    static func verify(_ entries: [AuditEntry], _ records: [StoredRecord], head: AuditHead?) -> AuditVerification {
        AuditVerifier.verify(entries: entries, head: head, records: records)
    }

    @Test("an untouched log is intact and reports its head")
    func intact() {
        let (entries, records) = Self.chain(5)
        let head = AuditHead(sequence: 5, hash: entries[4].hash)
        let result = Self.verify(entries, records, head: head)
        #expect(result.isIntact)
        #expect(result.entries == 5)
        #expect(result.head == head)
        #expect(Self.verify([], [], head: .genesis).isIntact)
    }

    @Test("an altered entry is named")
    func altered() {
        var (entries, records) = Self.chain(5)
        entries[2].actor = "mallory"
        let problem = Self.verify(entries, records, head: AuditHead(sequence: 5, hash: entries[4].hash)).problem
        #expect(problem?.sequence == 3)
        #expect(problem?.reason == .altered)
        #expect(problem?.message == "Audit entry 3 has been altered: its contents no longer match its hash.")
    }

    @Test("a deleted entry is named")
    func deleted() {
        var (entries, records) = Self.chain(5)
        entries.remove(at: 1)
        let problem = Self.verify(entries, records, head: AuditHead(sequence: 5, hash: entries[3].hash)).problem
        #expect(problem?.sequence == 2)
        #expect(problem?.reason == .missing)
    }

    @Test("swapped entries are named at the first one out of place")
    func swapped() {
        var (entries, records) = Self.chain(5)
        (entries[1], entries[2]) = (entries[2], entries[1])
        (entries[1].sequence, entries[2].sequence) = (2, 3)
        let problem = Self.verify(entries, records, head: AuditHead(sequence: 5, hash: entries[4].hash)).problem
        #expect(problem?.sequence == 2)
        #expect(problem?.reason == .outOfOrder)
    }

    @Test("entries removed from the end are noticed against the recorded head")
    func truncated() {
        var (entries, records) = Self.chain(5)
        let head = AuditHead(sequence: 5, hash: entries[4].hash)
        entries.removeLast(2)
        records.removeLast(2)
        let problem = Self.verify(entries, records, head: head).problem
        #expect(problem?.sequence == 4)
        #expect(problem?.reason == .missing)
    }

    @Test("records changed, added or deleted outside the store are noticed")
    func recordsOutsideTheLog() {
        let (entries, records) = Self.chain(3)
        let head = AuditHead(sequence: 3, hash: entries[2].hash)
        var changed = records
        changed[1].body = #"{"id":"r2","name":"forged"}"#
        #expect(Self.verify(entries, changed, head: head).problem?.reason == .recordMismatch)
        var added = records
        added.append(StoredRecord(key: RecordKey(kind: .person, id: "x"), place: nil, version: 9, created: 9, body: "{}",
                                  updatedAt: Timestamp(millisecondsSince1970: 0)))
        #expect(Self.verify(entries, added, head: head).problem?.reason == .recordMismatch)
        let removed = Array(records.dropFirst())
        #expect(Self.verify(entries, removed, head: head).problem?.sequence == 1)
    }
}
