import Foundation
import PlaceworksDomain

/// The store's whole dataset as read at one moment, with every record's version.
///
/// The dataset holds full history (every dated fact); answering "as of" a day is the core's job
/// (``PlaceworksDomain/DatasetIndex``).
public struct StoredDataset: Sendable, Hashable {
    public var dataset: Dataset
    /// Every record's version, by key.
    public var versions: [RecordKey: Int64]

    public init(dataset: Dataset = Dataset(), versions: [RecordKey: Int64] = [:]) {
        self.dataset = dataset
        self.versions = versions
    }

    /// Decodes `records` (in creation order) into a dataset.
    public init(records: [StoredRecord]) throws(StoreError) {
        var byKind: [RecordKind: [StoredRecord]] = [:]
        var versions: [RecordKey: Int64] = [:]
        for record in records {
            byKind[record.key.kind, default: []].append(record)
            versions[record.key] = record.version
        }
        var dataset = Dataset()
        let decoder = JSONDecoder()
        for kind in RecordKind.allCases {
            guard let list = byKind[kind] else { continue }
            try kind.shelf.load(list, into: &dataset, decoder: decoder)
        }
        self.init(dataset: dataset, versions: versions)
    }

    /// The version of the record with identifier `id`, or nil if the store does not hold it.
    public func version<E: Entity>(of id: ID<E>) -> Int64? {
        versions[RecordKey(id)]
    }
}
