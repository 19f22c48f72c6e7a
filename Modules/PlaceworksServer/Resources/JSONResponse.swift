import Foundation
import Hummingbird

/// JSON responses with their entity tag, or 304 when the client's copy is current.
enum JSONResponse {
    static func make(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, etag: String? = nil,
                     extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = "application/json"
        if let etag { headers[.eTag] = etag }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func encode(_ value: some Encodable, status: HTTPResponse.Status = .ok, etag: String? = nil,
                       extra: HTTPFields = [:]) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return make(Array(try encoder.encode(value)), status: status, etag: etag, extra: extra)
    }

    static func notModified(etag: String) -> Response {
        Response(status: .notModified, headers: [.eTag: etag])
    }
}
