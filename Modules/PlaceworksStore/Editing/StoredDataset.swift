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
    /// For each record last written by an import, that import's audit entry (``StoredRecord/source``).
    public var sources: [RecordKey: Int64]

    public init(dataset: Dataset = Dataset(), versions: [RecordKey: Int64] = [:], sources: [RecordKey: Int64] = [:]) {
        self.dataset = dataset
        self.versions = versions
        self.sources = sources
    }

    /// Decodes `records` (in creation order) into a dataset.
    public init(records: [StoredRecord]) throws(StoreError) {
        var byKind: [RecordKind: [StoredRecord]] = [:]
        var versions: [RecordKey: Int64] = [:]
        var sources: [RecordKey: Int64] = [:]
        for record in records {
            byKind[record.key.kind, default: []].append(record)
            versions[record.key] = record.version
            if let source = record.source { sources[record.key] = source }
        }
        // Decoding is most of a read: chunks of records are decoded on every core at once, then
        // put together in the order they were read.
        var chunks: [(kind: RecordKind, records: ArraySlice<StoredRecord>)] = []
        for kind in RecordKind.allCases {
            guard let list = byKind[kind] else { continue }
            for start in stride(from: 0, to: list.count, by: Self.chunkSize) {
                chunks.append((kind, list[start..<min(start + Self.chunkSize, list.count)]))
            }
        }
        let results = chunks.parallelMap { chunk -> Result<Any, StoreError> in
            do throws(StoreError) {
                return .success(try chunk.kind.shelf.decode(chunk.records, decoder: JSONDecoder()))
            } catch {
                return .failure(error)
            }
        }
        var dataset = Dataset()
        var lists: [RecordKind: [Any]] = [:]
        for (chunk, result) in zip(chunks, results) {
            lists[chunk.kind, default: []].append(try result.get())
        }
        for kind in RecordKind.allCases { kind.shelf.append(lists[kind] ?? [], to: &dataset) }
        self.init(dataset: dataset, versions: versions, sources: sources)
    }

    /// The version of the record with identifier `id`, or nil if the store does not hold it.
    public func version<E: Entity>(of id: ID<E>) -> Int64? {
        versions[RecordKey(id)]
    }
}

extension StoredDataset {
    /// How many records one task decodes.
    static let chunkSize = 2_000
}
