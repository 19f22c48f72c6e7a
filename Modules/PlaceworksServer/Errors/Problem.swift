import Foundation
import Hummingbird

/// An error answered as `application/problem+json` (RFC 9457): a status, a short title, a
/// `detail` a reader can act on and, for invalid input, the `field` at fault. Never a stack
/// trace or SQL.
public struct Problem: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var title: String
    public var detail: String
    public var field: String?
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ detail: String, field: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.title = status.reasonPhrase
        self.detail = detail
        self.field = field
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var object: [String: Any] = ["type": "about:blank", "title": title, "status": Int(status.code), "detail": detail]
        if let field { object["field"] = field }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        var headers = headers
        headers[.contentType] = "application/problem+json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func badRequest(_ detail: String, field: String? = nil) -> Problem { Problem(.badRequest, detail, field: field) }
    static func notFound(_ detail: String) -> Problem { Problem(.notFound, detail) }
    static func unprocessable(_ detail: String, field: String? = nil) -> Problem {
        Problem(.unprocessableContent, detail, field: field)
    }
}
