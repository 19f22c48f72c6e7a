import PlaceworksStore
import Testing

@Suite("Audit chain hashing")
struct AuditChainTests {
    @Test("an entry's hash is SHA-256 of its documented canonical form")
    func knownHash() {
        // Computed independently: sha256 of the canonical text shown in AuditChain's documentation.
        let hash = AuditChain.hash(sequence: 1, actor: "alice", time: Timestamp(millisecondsSince1970: 1_777_627_800_250),
                                   kind: "risk", id: "tb-risk-1", before: nil, after: #"{"id":"tb-risk-1"}"#,
                                   previousHash: AuditChain.genesisHash)
        #expect(hash == "9749acea2f5f7b62e929b468fea4c79604751c344c9d44a05e17e9c5f87f390e")
    }

    @Test("every field takes part in the hash, and an absent value differs from an empty one")
    func everyFieldCounts() {
        let base = AuditChain.entry(after: .genesis, actor: "alice", time: Timestamp(millisecondsSince1970: 1),
                                    key: RecordKey(kind: .risk, id: "r"), before: nil, after: "{}")
        var variants: [AuditEntry] = []
        for change in [
            { (e: inout AuditEntry) in e.sequence = 2 }, { $0.actor = "bob" },
            { $0.time = Timestamp(millisecondsSince1970: 2) }, { $0.kind = "seat" }, { $0.id = "s" },
            { $0.before = "" }, { $0.after = nil }, { $0.previousHash = String(repeating: "1", count: 64) },
        ] {
            var entry = base
            change(&entry)
            variants.append(entry)
        }
        let hashes = Set(variants.map(AuditChain.expectedHash(of:)))
        #expect(hashes.count == variants.count)
        #expect(!hashes.contains(base.hash))
        #expect(AuditChain.expectedHash(of: base) == base.hash)
    }

    @Test("field boundaries cannot be shifted to forge the same hash")
    func lengthPrefixes() {
        let one = AuditChain.hash(sequence: 1, actor: "a\nkind 1:x", time: Timestamp(millisecondsSince1970: 0), kind: "y",
                                  id: "i", before: nil, after: nil, previousHash: AuditChain.genesisHash)
        let two = AuditChain.hash(sequence: 1, actor: "a", time: Timestamp(millisecondsSince1970: 0), kind: "x\nkind 1:y",
                                  id: "i", before: nil, after: nil, previousHash: AuditChain.genesisHash)
        #expect(one != two)
    }
}
