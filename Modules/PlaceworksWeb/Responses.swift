import Foundation
import HTTPTypes
import Hummingbird

/// Why a page cannot be shown, in words for the reader; its status is the response's.
struct WebError: Error {
    var status: HTTPResponse.Status
    var title: String
    var detail: String

    static func notFound(_ detail: String) -> WebError { WebError(status: .notFound, title: "Not found", detail: detail) }
    static func badRequest(_ detail: String) -> WebError {
        WebError(status: .badRequest, title: "That address cannot be read", detail: detail)
    }
    static func forbidden(_ detail: String) -> WebError {
        WebError(status: .forbidden, title: "Not allowed", detail: detail)
    }
}

/// Responses of the web pages: HTML with security headers, downloads and calendars.
enum WebResponse {
    /// No scripts, no external anything: the pages' only style is inline, their only images inline SVG.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
    ]

    static func html(_ document: HTML, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: document.markup)))
    }

    static func download(_ data: Data, contentType: String, filename: String, inline: Bool = false) -> Response {
        var headers = securityHeaders
        headers[.contentType] = contentType
        headers[.contentDisposition] = "\(inline ? "inline" : "attachment"); filename=\"\(filename)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func calendar(_ text: String, filename: String) -> Response {
        var headers: HTTPFields = [.contentType: "text/calendar; charset=utf-8"]
        headers[.contentDisposition] = "inline; filename=\"\(filename)\""
        headers[.cacheControl] = "max-age=300"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// "See other": where a form goes after it saved (so reloading does not post it again).
    static func redirect(to location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    static func error(_ error: WebError, signedIn: String? = nil, csrf: String? = nil) -> Response {
        html(Layout.page(title: error.title, main: """
        <h1>\(error.title)</h1><p>\(error.detail)</p><p><a href="/">Go to the dashboard</a></p>
        """, signedIn: signedIn, csrf: csrf), status: error.status)
    }
}
