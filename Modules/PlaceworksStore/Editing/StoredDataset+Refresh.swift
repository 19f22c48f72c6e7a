import Foundation
import PlaceworksDomain

extension StoredDataset {
    /// Brings the dataset up to date with `entries`: audit entries written after the moment it was
    /// read, oldest first. Only the records the entries name are decoded; a created record joins
    /// the end of its kind's list, as a full read would place it.
    ///
    /// - Throws: ``StoreError/unreadableRecord(kind:id:reason:)`` for an entry of a kind this
    ///   program does not know or a body it cannot read; the dataset is then unchanged.
    public mutating func apply(_ entries: [AuditEntry]) throws(StoreError) {
        var dataset = self.dataset
        var versions = self.versions
        var sources = self.sources
        // Each kind's changes are applied together, in order, so that a refresh costs what it
        // changes and not a search of the list for every record.
        var byKind: [RecordKind: [(id: String, body: String?)]] = [:]
        // An import's entry comes before those of the records it lists, each written once in the
        // same batch: a listed record's next entry is the import's.
        var pending: [String: Int64] = [:]
        for entry in entries {
            if entry.isImport {
                for name in entry.importManifest?.records ?? [] { pending[name] = entry.sequence }
                continue
            }
            guard let kind = entry.recordKind else {
                throw .unreadableRecord(kind: entry.kind, id: entry.id, reason: "“\(entry.kind)” is not a kind of record this program knows")
            }
            let key = RecordKey(kind: kind, id: entry.id)
            sources[key] = pending.removeValue(forKey: ImportManifest.name(key))
            byKind[kind, default: []].append((entry.id, entry.after))
            versions[key] = entry.after == nil ? nil : entry.sequence
        }
        let decoder = JSONDecoder()
        for kind in RecordKind.allCases {
            guard let changes = byKind[kind] else { continue }
            try kind.shelf.apply(changes, to: &dataset, decoder: decoder)
        }
        self.dataset = dataset
        self.versions = versions
        self.sources = sources
    }
}
