import Foundation
import Hummingbird
import PlaceworksApplication
import PlaceworksDomain

/// `GET /api/v1/findings?as_of=…&place=…`: the checks' findings for one place or the whole ICS,
/// as of a day (default today), with the rule set and data version they were computed from.
struct FindingsController: Sendable {
    let engine: Engine

    func register(on group: RouterGroup<ServerContext>) {
        group.get("findings") { request, _ in try await findings(request) }
    }

    struct Body: Encodable {
        var asOf: String
        var place: String?
        var provenance: CheckProvenance
        var report: Report
    }

    func findings(_ request: Request) async throws -> Response {
        let query = try ListQuery(request, allowed: ["as_of", "place"])
        let day = query.asOf ?? Self.day(of: engine.clock())
        let snapshot = try await engine.snapshot()
        let version: Int64
        if let place = query.place {
            guard snapshot.dataset.places.contains(where: { $0.id.rawValue == place }) else {
                throw Problem.notFound("There is no place \(place); GET /api/v1/places lists them by ONS code.")
            }
            version = try await engine.dataVersion(of: ID(place), in: snapshot)
        } else {
            version = snapshot.dataVersion
        }
        let etag = "\"f-\(engine.ruleSet.digest)-\(query.place ?? "ics")-\(version)-\(day)\""
        if ETag.notModified(request, tag: etag) { return JSONResponse.notModified(etag: etag) }
        let result = try await engine.check(asOf: day, place: query.place.map { ID($0) })
        return try JSONResponse.encode(Body(asOf: "\(day)", place: query.place, provenance: result.provenance,
                                            report: result.report), etag: etag)
    }

    /// The day (in London) of `date`.
    static func day(of date: Date) -> Day { Day.inLondon(date) }
}
