import Hummingbird
import PlaceworksApplication

/// `GET /api/v1/popolo?place=…&as_of=…`: the partnership as Popolo JSON. Open data: without a
/// token it holds public items only; with a valid token, private meetings and decisions too.
struct PopoloController: Sendable {
    let engine: Engine
    let tokens: AccessTokens

    func register(on router: Router<ServerContext>) {
        router.get("api/v1/popolo") { request, context in try await export(request, context: context) }
    }

    func export(_ request: Request, context: ServerContext) async throws -> Response {
        let query = try ListQuery(request, allowed: ["as_of", "place"])
        var includePrivate = false
        if let secret = try TokenAuthenticator.bearer(request) {
            do {
                _ = try await TokenAuthenticator.verify(secret, with: tokens, context: context)
            } catch let problem as Problem where problem.status == .unauthorized {
                throw TokenAuthenticator.unauthorised("The API token is not valid; leave it out for the public export.")
            }
            includePrivate = true
        }
        let snapshot = try await engine.snapshot()
        if let place = query.place, !snapshot.dataset.places.contains(where: { $0.id.rawValue == place }) {
            throw Problem.notFound("There is no place \(place); GET /api/v1/places lists them by ONS code.")
        }
        let etag = "\"popolo-\(includePrivate ? "all" : "public")-\(query.place ?? "ics")-\(query.asOf.map { "\($0)" } ?? "all")-\(snapshot.dataVersion)\""
        if ETag.notModified(request, tag: etag) { return JSONResponse.notModified(etag: etag) }
        let export = PopoloExport(snapshot.dataset, place: query.place, asOf: query.asOf, includePrivate: includePrivate)
        return try JSONResponse.encode(export, etag: etag)
    }
}
