import Foundation
import Hummingbird
import PlaceworksApplication
import PlaceworksDomain

/// `GET /api/v1/<kind>` (a page of records, filtered by place and "as of" a day) and
/// `GET /api/v1/<kind>/{id}` (one record), for every kind in ``Resource/all``: answered from
/// the engine's live snapshot.
struct ReadController: Sendable {
    let engine: Engine
    let catalogue: Catalogue

    func register(on group: RouterGroup<ServerContext>) {
        for resource in Resource.all {
            group.get(RouterPath(resource.path)) { request, _ in try await list(resource, request) }
            group.get(RouterPath(resource.path + "/:id")) { request, context in
                try await one(resource, id: try context.parameters.require("id"), request)
            }
        }
    }

    func list(_ resource: Resource, _ request: Request) async throws -> Response {
        let query = try ListQuery(request)
        let snapshot = try await engine.snapshot()
        let etag: String
        if let place = query.place {
            guard snapshot.dataset.places.contains(where: { $0.id.rawValue == place }) else {
                throw Problem.notFound("There is no place \(place); GET /api/v1/places lists them by ONS code.")
            }
            etag = "\"p-\(place)-\(try await engine.dataVersion(of: ID(place), in: snapshot))\""
        } else {
            etag = "\"d-\(snapshot.dataVersion)\""
        }
        if ETag.notModified(request, tag: etag) { return JSONResponse.notModified(etag: etag) }
        let entries = try catalogue.entries(of: resource, in: snapshot, place: query.place)
        let page = Self.page(entries, query)
        var body: [UInt8] = Array("{\"items\":[".utf8)
        body.reserveCapacity(page.items.reduce(64) { $0 + $1.json.count + 1 })
        for (offset, entry) in page.items.enumerated() {
            if offset > 0 { body.append(UInt8(ascii: ",")) }
            body.append(contentsOf: entry.json)
        }
        body.append(contentsOf: Array("],\"next\":".utf8))
        if let next = page.next {
            body.append(contentsOf: Array(try JSONEncoder().encode(next)))
        } else {
            body.append(contentsOf: Array("null".utf8))
        }
        body.append(UInt8(ascii: "}"))
        return JSONResponse.make(body, etag: etag)
    }

    /// The entries after the cursor that match the query, at most `limit`, and the cursor of the
    /// next page when another matching entry follows.
    static func page(_ entries: [CatalogueEntry], _ query: ListQuery) -> (items: [CatalogueEntry], next: String?) {
        var index = 0
        if let cursor = query.cursor {
            var low = 0, high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].id <= cursor { low = middle + 1 } else { high = middle }
            }
            index = low
        }
        var items: [CatalogueEntry] = []
        while index < entries.count {
            let entry = entries[index]
            index += 1
            if let place = query.place, entry.place != place { continue }
            if let day = query.asOf, !entry.span.contains(day) { continue }
            if items.count == query.limit { return (items, items.last?.id) }
            items.append(entry)
        }
        return (items, nil)
    }

    func one(_ resource: Resource, id: String, _ request: Request) async throws -> Response {
        _ = try ListQuery(request, allowed: [])
        let snapshot = try await engine.snapshot()
        let entries = try catalogue.entries(of: resource, in: snapshot)
        guard let entry = Self.find(id, in: entries) else {
            throw Problem.notFound("There is no \(resource.kind.noun) with the identifier \(id).")
        }
        let etag = ETag.record(entry.version)
        if ETag.notModified(request, tag: etag) { return JSONResponse.notModified(etag: etag) }
        return JSONResponse.make(entry.json, etag: etag)
    }

    static func find(_ id: String, in entries: [CatalogueEntry]) -> CatalogueEntry? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].id == id ? entries[low] : nil
    }
}
