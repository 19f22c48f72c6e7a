import PlaceworksStore

/// The audit log as `place audit log` shows it: a line an entry, except that an import is one
/// line — the file, its SHA-256, rows, and what it wrote — in place of its entry and those of the
/// records it wrote in the same batch.
struct AuditLines {
    let rows: [[String]]

    init(_ entries: [AuditEntry]) {
        var rows: [[String]] = []
        var folded: [String: Int64] = [:]
        for entry in entries {
            if let manifest = entry.importManifest {
                for name in manifest.records { folded[name] = entry.sequence }
                var wrote: [String] = []
                if !manifest.records.isEmpty { wrote.append("\(manifest.records.count) record\(manifest.records.count == 1 ? "" : "s")") }
                if manifest.observations > 0 { wrote.append("\(manifest.observations) observations") }
                rows.append([String(entry.sequence), entry.time.description, entry.actor, "imported",
                             "\(manifest.file) (SHA-256 \(manifest.sha256.prefix(12))…, \(manifest.rows) rows; "
                                 + (wrote.isEmpty ? "nothing new" : wrote.joined(separator: ", ")) + ")"])
                continue
            }
            // A record written by an import in the same batch is shown by the import's line.
            if folded.removeValue(forKey: "\(entry.kind)/\(entry.id)") != nil { continue }
            rows.append([String(entry.sequence), entry.time.description, entry.actor, entry.operation.rawValue,
                         "\(entry.kind) \(entry.id)"])
        }
        self.rows = rows
    }
}
