import Crypto

/// How audit entries are chained: each entry's hash is SHA-256 over its canonical form, which
/// includes the previous entry's hash.
///
/// The canonical form is a line per field, in a fixed order, each value preceded by its length
/// in UTF-8 bytes (so no choice of text can make two different entries read the same), an
/// absent value written as `-`:
///
/// ```text
/// placeworks-audit-v1
/// sequence 2:17
/// actor 5:alice
/// time 13:1777627800250
/// kind 4:risk
/// id 8:swk-r-03
/// before -
/// after 118:{"id":"swk-r-03",…}
/// previous 64:9f86d08…
/// ```
public enum AuditChain {
    /// The "previous hash" of the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The hash of an entry with these fields.
    public static func hash(sequence: Int64, actor: String, time: Timestamp, kind: String, id: String,
                            before: String?, after: String?, previousHash: String) -> String {
        var text = "placeworks-audit-v1\n"
        func field(_ name: String, _ value: String?) {
            if let value {
                text += "\(name) \(value.utf8.count):\(value)\n"
            } else {
                text += "\(name) -\n"
            }
        }
        field("sequence", String(sequence))
        field("actor", actor)
        field("time", String(time.millisecondsSince1970))
        field("kind", kind)
        field("id", id)
        field("before", before)
        field("after", after)
        field("previous", previousHash)
        let digest = SHA256.hash(data: Array(text.utf8))
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The hash `entry` should carry, computed from its other fields.
    public static func expectedHash(of entry: AuditEntry) -> String {
        hash(sequence: entry.sequence, actor: entry.actor, time: entry.time, kind: entry.kind, id: entry.id,
             before: entry.before, after: entry.after, previousHash: entry.previousHash)
    }

    /// A new entry following `head`.
    public static func entry(after head: AuditHead, actor: String, time: Timestamp, key: RecordKey,
                             before: String?, after: String?, place: String? = nil) -> AuditEntry {
        let sequence = head.sequence + 1
        let hash = hash(sequence: sequence, actor: actor, time: time, kind: key.kind.rawValue, id: key.id,
                        before: before, after: after, previousHash: head.hash)
        return AuditEntry(sequence: sequence, actor: actor, time: time, kind: key.kind.rawValue, id: key.id,
                          before: before, after: after, previousHash: head.hash, hash: hash, place: place)
    }
}
