/// Checks an audit log: the numbering, each entry's hash, the links between entries, the recorded
/// head, and that the current records are what the log says was written last.
public enum AuditVerifier {
    /// Verifies `entries` (in sequence order) against the recorded `head`, the current `records`
    /// and the `observations` table's rows of each import (their count and digest by import).
    public static func verify(entries: [AuditEntry], head recorded: AuditHead?,
                              records: [StoredRecord],
                              observations: [Int64: ImportedObservations] = [:]) -> AuditVerification {
        var previous = AuditHead.genesis
        var latest: [RecordKey: AuditEntry] = [:]
        var imports: [Int64: ImportManifest] = [:]
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
            if entry.isImport {
                guard let manifest = entry.importManifest else {
                    return broken(entry.sequence, .recordMismatch,
                                  "Audit entry \(entry.sequence) records an import this program cannot read.")
                }
                imports[entry.sequence] = manifest
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
        if let problem = verifyImports(imports, observations: observations, records: records) {
            return broken(problem.sequence, .recordMismatch, problem.message)
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

    /// Checks the observations table and the records' sources against the imports the log records:
    /// each import's rows are the ones its entry counted and hashed, no rows name anything but an
    /// import, and a record attributed to an import is one that import wrote.
    static func verifyImports(_ imports: [Int64: ImportManifest], observations: [Int64: ImportedObservations],
                              records: [StoredRecord]) -> (sequence: Int64, message: String)? {
        for (sequence, stored) in observations.sorted(by: { $0.key < $1.key }) where imports[sequence] == nil {
            return (sequence, "\(stored.count) indicator observations name audit entry \(sequence) as their import, "
                        + "but that entry records no import: they were added outside Placeworks.")
        }
        for (sequence, manifest) in imports.sorted(by: { $0.key < $1.key }) {
            let stored = observations[sequence]
            if (stored?.count ?? 0) != manifest.observations
                || (manifest.observations > 0 && stored?.digest != manifest.observationsDigest) {
                return (sequence, "The indicator observations loaded by import \(sequence) (\(manifest.file)) do not match "
                            + "what its audit entry records (\(manifest.observations) rows, digest "
                            + "\(manifest.observationsDigest?.prefix(12) ?? "none")…): they were changed outside Placeworks.")
            }
        }
        for record in records.sorted(by: { $0.version < $1.version }) {
            guard let source = record.source else { continue }
            guard let manifest = imports[source], manifest.records.contains(ImportManifest.name(record.key)) else {
                return (record.version, "The \(record.key) is marked as loaded by audit entry \(source), which records no "
                            + "import of it: its source was changed outside Placeworks.")
            }
        }
        return nil
    }
}
