import Foundation
import PlaceworksDomain

extension Dataset {
    /// Every record (or only those with `keys`) as the store writes it: JSON with sorted keys,
    /// by key. Two records are stored alike exactly when these texts are equal.
    public func encodedRecords(_ keys: Set<RecordKey>? = nil) throws -> [RecordKey: String] {
        let encoder = RecordCoding.encoder()
        var result: [RecordKey: String] = [:]
        for kind in RecordKind.allCases {
            let ids = keys.map { Set($0.filter { $0.kind == kind }.map(\.id)) }
            if let ids, ids.isEmpty { continue }
            try kind.shelf.encode(self, ids: ids, with: encoder, into: &result)
        }
        return result
    }

    /// The records with `keys`, in this dataset's order.
    public func subset(_ keys: Set<RecordKey>) -> Dataset {
        var subset = Dataset()
        for kind in RecordKind.allCases {
            let ids = Set(keys.filter { $0.kind == kind }.map(\.id))
            if !ids.isEmpty { _ = kind.shelf.copy(ids, from: self, into: &subset) }
        }
        return subset
    }
}
