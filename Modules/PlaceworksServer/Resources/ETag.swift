import Hummingbird

/// Entity tags: a record's version (`"12"`), or a data version for a listing or findings
/// (`"p-E09000028-40"`, `"d-40"`); and the `If-Match` / `If-None-Match` checks.
enum ETag {
    static func record(_ version: Int64) -> String { "\"\(version)\"" }

    /// Whether `If-None-Match` names `tag` (or is `*`): the client's copy is current.
    static func notModified(_ request: Request, tag: String) -> Bool {
        guard let header = request.headers[.ifNoneMatch] else { return false }
        return header.split(separator: ",").contains { part in
            let value = part.trimmingCharacters(in: .whitespaces)
            return value == "*" || value == tag || value == "W/" + tag
        }
    }

    /// The record version `If-Match` names. Writes to existing records require it: 428 without.
    static func expectedVersion(_ request: Request) throws -> Int64 {
        guard let header = request.headers[.ifMatch] else {
            throw Problem(.preconditionRequired, "This change needs an If-Match header with the record's ETag "
                + "(from a GET of the record), so it cannot overwrite someone else's change.")
        }
        var value = header.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("W/") { value.removeFirst(2) }
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        guard let version = Int64(value), version > 0 else {
            throw Problem.badRequest("If-Match must be a record's ETag such as \"12\", not \(header).", field: "If-Match")
        }
        return version
    }
}
