import Hummingbird
import PlaceworksApplication
import PlaceworksStore

/// `GET /api/v1/audit?place=…&cursor=…&limit=…`: the audit log, oldest first, optionally only
/// the entries about records filed under one place; `next` is the sequence number to continue after.
struct AuditController: Sendable {
    let engine: Engine

    func register(on group: RouterGroup<ServerContext>) {
        group.get("audit") { request, _ in try await audit(request) }
    }

    struct Entry: Encodable {
        var sequence: Int64
        var actor: String
        var time: String
        var kind: String
        var id: String
        var place: String?
        var change: String
        var hash: String
    }

    struct Page: Encodable {
        var items: [Entry]
        var next: String?

        enum CodingKeys: String, CodingKey { case items, next }

        /// `next` is always present: null on the last page.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(items, forKey: .items)
            if let next { try container.encode(next, forKey: .next) } else { try container.encodeNil(forKey: .next) }
        }
    }

    func audit(_ request: Request) async throws -> Response {
        let query = try ListQuery(request, allowed: ["place", "cursor", "limit"])
        var after: Int64 = 0
        if let cursor = query.cursor {
            guard let value = Int64(cursor), value >= 0 else {
                throw Problem.badRequest("cursor must be the `next` of a previous page (a sequence number), not \(cursor).",
                                         field: "cursor")
            }
            after = value
        }
        var items: [Entry] = []
        var more = false
        scan: while true {
            let entries = try await engine.store.auditLog(after: after, limit: 1000)
            for entry in entries {
                after = entry.sequence
                if let place = query.place, entry.place != place { continue }
                if items.count == query.limit { more = true; break scan }
                let change = entry.before == nil ? "created" : entry.after == nil ? "deleted" : "updated"
                items.append(Entry(sequence: entry.sequence, actor: entry.actor, time: "\(entry.time)", kind: entry.kind,
                                   id: entry.id, place: entry.place, change: change, hash: entry.hash))
            }
            if entries.count < 1000 { break }
        }
        return try JSONResponse.encode(Page(items: items, next: more ? items.last.map { "\($0.sequence)" } : nil))
    }
}
