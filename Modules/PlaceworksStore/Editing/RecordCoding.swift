import Foundation

/// How entities are written as JSON record bodies: keys sorted, slashes unescaped, so the same
/// entity always gives the same text.
package enum RecordCoding {
    package static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    package static func encode<E: Encodable>(_ value: E, with encoder: JSONEncoder) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
