import Hummingbird
import PlaceworksDomain

/// The query parameters of a listing or findings: `as_of`, `place`, `cursor` and `limit`,
/// each refused with a problem naming it when it cannot be read.
struct ListQuery: Sendable {
    var asOf: Day?
    var place: String?
    var cursor: String?
    var limit: Int

    static let defaultLimit = 100
    static let maximumLimit = 500
    static let names: Set<String> = ["as_of", "place", "cursor", "limit"]

    init(_ request: Request, allowed: Set<String> = names) throws {
        let query = request.uri.queryParameters
        for (name, _) in query where !allowed.contains(String(name)) {
            throw Problem.badRequest("Unknown query parameter \(name); this route takes "
                + allowed.sorted().joined(separator: ", ") + ".", field: String(name))
        }
        if let text = query.get("as_of") {
            guard let day = Day(iso: text) else {
                throw Problem.badRequest("as_of must be a date as YYYY-MM-DD, not \(text).", field: "as_of")
            }
            asOf = day
        }
        place = query.get("place").flatMap { $0.isEmpty ? nil : $0 }
        cursor = query.get("cursor").flatMap { $0.isEmpty ? nil : $0 }
        limit = Self.defaultLimit
        if let text = query.get("limit") {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw Problem.badRequest("limit must be a whole number from 1 to \(Self.maximumLimit), not \(text).",
                                         field: "limit")
            }
            limit = value
        }
    }
}
