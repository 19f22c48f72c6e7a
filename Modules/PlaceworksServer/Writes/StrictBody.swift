import Foundation
import Hummingbird

/// A JSON request body the write routes accept: its fields are known, and a body naming any
/// other field is refused (a typo must not be silently ignored).
protocol StrictBody: Decodable, Sendable {
    static var fields: Set<String> { get }
}

extension StrictBody {
    /// Reads the request body (at most the context's upload limit) as this type.
    static func read(_ request: Request, context: ServerContext) async throws -> Self {
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw Problem(.unsupportedMediaType, "Send the body as JSON (Content-Type: application/json), not \(type).")
        }
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let data = Data(buffer.readableBytesView)
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw Problem.badRequest("The body is not valid JSON.")
        }
        guard let fields = object as? [String: Any] else {
            throw Problem.badRequest("The body must be a JSON object with the fields "
                + Self.fields.sorted().joined(separator: ", ") + ".")
        }
        if let unknown = fields.keys.sorted().first(where: { !Self.fields.contains($0) }) {
            throw Problem.unprocessable("Unknown field \(unknown); this route takes "
                + Self.fields.sorted().joined(separator: ", ") + ".", field: unknown)
        }
        do {
            return try JSONDecoder().decode(Self.self, from: data)
        } catch let error as DecodingError {
            throw Self.problem(error)
        }
    }

    static func problem(_ error: DecodingError) -> Problem {
        func name(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case let .keyNotFound(key, context):
            let field = name(context.codingPath + [key])
            return .unprocessable("\(field) is required.", field: field)
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            let field = name(context.codingPath)
            return .unprocessable("\(field) must be \(Self.describe(type)).", field: field)
        case let .dataCorrupted(context):
            let field = name(context.codingPath)
            return .unprocessable("\(field.isEmpty ? "the body" : field): \(context.debugDescription)", field: field)
        @unknown default:
            return .unprocessable("The body cannot be read.")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "of the right type (see /openapi.json)"
        }
    }
}
