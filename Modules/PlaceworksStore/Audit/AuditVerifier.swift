/// Checks an audit log: the numbering, each entry's hash, the links between entries, the recorded
/// head, and that the current records are what the log says was written last.
public enum AuditVerifier {
    /// Verifies `entries` (in sequence order) against the recorded `head` and the current `records`.
    public static func verify(entries: [AuditEntry], head recorded: AuditHead?,
                              records: [StoredRecord]) -> AuditVerification {
        var previous = AuditHead.genesis
        var latest: [RecordKey: AuditEntry] = [:]
        func broken(_ sequence: Int64, _ reason: AuditBreak.Reason, _ message: String) -> AuditVerification {
            AuditVerification(entries: entries.count, head: entries.last.map { AuditHead(sequence: $0.sequence, hash: $0.hash) } ?? .genesis,
                              problem: AuditBreak(sequence: sequence, reason: reason, message: message))
        }
        for entry in entries {
            let expected = previous.sequence + 1
            if entry.sequence != expected {
                return broken(expected, .missing,
                              "Audit entry \(expected) is missing: the log goes from entry \(previous.sequence) to entry \(entry.sequence).")
            }
            if entry.previousHash != previous.hash {
                return broken(entry.sequence, .outOfOrder,
                              "Audit entry \(entry.sequence) does not follow entry \(previous.sequence): entries were moved, or entry \(previous.sequence) was replaced.")
            }
            if AuditChain.expectedHash(of: entry) != entry.hash {
                return broken(entry.sequence, .altered,
                              "Audit entry \(entry.sequence) has been altered: its contents no longer match its hash.")
            }
            if let kind = entry.recordKind {
                latest[RecordKey(kind: kind, id: entry.id)] = entry
            }
            previous = AuditHead(sequence: entry.sequence, hash: entry.hash)
        }
        if let recorded, recorded != previous {
            if recorded.sequence > previous.sequence {
                return broken(previous.sequence + 1, .missing,
                              "Audit entries \(previous.sequence + 1) to \(recorded.sequence) are missing from the end of the log.")
            }
            return broken(previous.sequence, .altered,
                          "The last audit entry (\(previous.sequence)) is not the one recorded as the head of the log (\(recorded.sequence)).")
        }
        var seen = Set<RecordKey>()
        for record in records.sorted(by: { $0.version < $1.version }) {
            seen.insert(record.key)
            guard let entry = latest[record.key], entry.after != nil else {
                return broken(record.version, .recordMismatch,
                              "The \(record.key) is in the store but the audit log never wrote it: it was added outside Placeworks.")
            }
            if entry.sequence != record.version || entry.after != record.body {
                return broken(record.version, .recordMismatch,
                              "The \(record.key) does not match audit entry \(entry.sequence), the last change the log records for it: it was changed outside Placeworks.")
            }
        }
        for (key, entry) in latest.sorted(by: { $0.value.sequence < $1.value.sequence })
        where entry.after != nil && !seen.contains(key) {
            return broken(entry.sequence, .recordMismatch,
                          "The \(key) written by audit entry \(entry.sequence) is missing from the store: it was deleted outside Placeworks.")
        }
        return AuditVerification(entries: entries.count, head: previous, problem: nil)
    }
}
