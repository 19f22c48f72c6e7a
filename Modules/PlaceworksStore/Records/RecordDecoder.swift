import Foundation

/// Decodes stored record bodies into domain values — the hot path of every read.
///
/// Reading the store is mostly turning JSON bodies back into records, and Foundation's
/// `JSONDecoder` spends most of that on bookkeeping a record never needs (a dictionary per object,
/// coding paths for messages). This decoder parses a body into a ``JSONTape`` and answers the
/// domain's `Decodable` conformances from it directly: members are found by comparing bytes,
/// strings and numbers are made only when asked for.
///
/// It is used only where it cannot change what is read: a body it cannot decode, for any reason,
/// is decoded again by `JSONDecoder`, so the record read, or the error reported, is always
/// `JSONDecoder`'s. A test holds the two equal on every kind of record.
package enum RecordDecoder {
    /// Decodes `body` as a `T`, throwing when this decoder cannot (callers fall back to
    /// `JSONDecoder`, see ``decodeOrFallBack(_:from:fallback:)``).
    package static func decode<T: Decodable>(_ type: T.Type, from body: String) throws -> T {
        var body = body
        return try body.withUTF8 { bytes in
            let tape = try JSONTape(bytes)
            return try tape.value(T.self, 0)
        }
    }

    /// Decodes `body` as a `T`, falling back to `fallback` (whose result or error stands) when this
    /// decoder cannot.
    package static func decodeOrFallBack<T: Decodable>(_ type: T.Type, from body: String,
                                                       fallback: JSONDecoder) throws -> T {
        if let value = try? decode(T.self, from: body) { return value }
        return try fallback.decode(T.self, from: Data(body.utf8))
    }
}

// MARK: Values

private extension JSONTape {
    func mismatch<T>(_ type: T.Type, _ node: Int) -> DecodingError {
        .typeMismatch(type, .init(codingPath: [], debugDescription: "expected \(type), found \(kind(node))"))
    }

    func bool(_ node: Int) throws -> Bool {
        switch kind(node) {
        case .true: true
        case .false: false
        default: throw mismatch(Bool.self, node)
        }
    }

    func text(_ node: Int) throws -> String {
        guard let value = string(node) else { throw mismatch(String.self, node) }
        return value
    }

    func floatingPoint<F: BinaryFloatingPoint & LosslessStringConvertible>(_ type: F.Type, _ node: Int) throws -> F {
        guard let digits = number(node), let value = F(String(decoding: digits, as: UTF8.self)), value.isFinite else {
            throw mismatch(F.self, node)
        }
        return value
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type, _ node: Int) throws -> I {
        guard let value = integer(node), let result = I(exactly: value) else { throw mismatch(I.self, node) }
        return result
    }

    func value<T: Decodable>(_ type: T.Type, _ node: Int) throws -> T {
        if T.self == String.self { return try text(node) as! T }
        return try T(from: TapeDecoder(tape: self, node: node))
    }
}

// MARK: Decoder

// The containers hold the tape `unowned(unsafe)`: ``RecordDecoder/decode(_:from:)`` keeps it alive
// for the whole decode, and containers do not outlive the `init(from:)` that asked for them. It
// spares a retain and release per value, most of what decoding a record otherwise costs.

private struct TapeDecoder: Decoder {
    unowned(unsafe) let tape: JSONTape
    let node: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tape.kind(node) == .object else { throw tape.mismatch([String: Any].self, node) }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(tape: tape, object: node))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tape.kind(node) == .array else { throw tape.mismatch([Any].self, node) }
        return TapeUnkeyedContainer(tape: tape, array: node)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TapeSingleValueContainer(tape: tape, node: node)
    }
}

private struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    unowned(unsafe) let tape: JSONTape
    let object: Int

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        tape.members(object).compactMap { tape.string($0.key).flatMap(Key.init(stringValue:)) }
    }

    func contains(_ key: Key) -> Bool { tape.member(object, named: key.stringValue) != nil }

    private func required(_ key: Key) throws -> Int {
        guard let node = tape.member(object, named: key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no value for “\(key.stringValue)”"))
        }
        return node
    }

    /// The member's node, or nil when it is missing or null.
    private func present(_ key: Key) -> Int? {
        guard let node = tape.member(object, named: key.stringValue), tape.kind(node) != .null else { return nil }
        return node
    }

    func decodeNil(forKey key: Key) throws -> Bool { tape.kind(try required(key)) == .null }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tape.bool(required(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try tape.text(required(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try tape.floatingPoint(type, required(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try tape.floatingPoint(type, required(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try tape.integer(type, required(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try tape.integer(type, required(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try tape.integer(type, required(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try tape.integer(type, required(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try tape.integer(type, required(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try tape.integer(type, required(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try tape.integer(type, required(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try tape.integer(type, required(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try tape.integer(type, required(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try tape.integer(type, required(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try tape.value(type, required(key)) }

    // One lookup for an optional member, where the protocol's defaults make three.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map(tape.bool) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map(tape.text) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try present(key).map { try tape.floatingPoint(type, $0) }
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try present(key).map { try tape.integer(type, $0) }
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key).map { try tape.value(type, $0) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TapeDecoder(tape: tape, node: required(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TapeDecoder(tape: tape, node: required(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let node = tape.member(object, named: "super") else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "no value for “super”"))
        }
        return TapeDecoder(tape: tape, node: node)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { TapeDecoder(tape: tape, node: try required(key)) }
}

private struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    unowned(unsafe) let tape: JSONTape
    private var position: Int
    // Three words in all, so the container fits an existential's inline buffer (no allocation).
    private let elements: Int32
    private var decoded: Int32 = 0

    init(tape: JSONTape, array: Int) {
        self.tape = tape
        elements = tape.nodes[array].start
        position = array + 1
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { Int(elements) }
    var currentIndex: Int { Int(decoded) }
    var isAtEnd: Bool { decoded >= elements }

    /// The next element's node; moves past it.
    private mutating func next() throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "the list has no more elements"))
        }
        let node = position
        position = Int(tape.nodes[node].next)
        decoded += 1
        return node
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, tape.kind(position) == .null else { return false }
        _ = try next()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try tape.bool(next()) }
    mutating func decode(_ type: String.Type) throws -> String { try tape.text(next()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try tape.floatingPoint(type, next()) }
    mutating func decode(_ type: Float.Type) throws -> Float { try tape.floatingPoint(type, next()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try tape.integer(type, next()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try tape.integer(type, next()) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try tape.integer(type, next()) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try tape.integer(type, next()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try tape.integer(type, next()) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try tape.integer(type, next()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try tape.integer(type, next()) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try tape.integer(type, next()) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try tape.integer(type, next()) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try tape.integer(type, next()) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.value(type, next()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try TapeDecoder(tape: tape, node: next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try TapeDecoder(tape: tape, node: next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { TapeDecoder(tape: tape, node: try next()) }
}

private struct TapeSingleValueContainer: SingleValueDecodingContainer {
    unowned(unsafe) let tape: JSONTape
    let node: Int

    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { tape.kind(node) == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try tape.bool(node) }
    func decode(_ type: String.Type) throws -> String { try tape.text(node) }
    func decode(_ type: Double.Type) throws -> Double { try tape.floatingPoint(type, node) }
    func decode(_ type: Float.Type) throws -> Float { try tape.floatingPoint(type, node) }
    func decode(_ type: Int.Type) throws -> Int { try tape.integer(type, node) }
    func decode(_ type: Int8.Type) throws -> Int8 { try tape.integer(type, node) }
    func decode(_ type: Int16.Type) throws -> Int16 { try tape.integer(type, node) }
    func decode(_ type: Int32.Type) throws -> Int32 { try tape.integer(type, node) }
    func decode(_ type: Int64.Type) throws -> Int64 { try tape.integer(type, node) }
    func decode(_ type: UInt.Type) throws -> UInt { try tape.integer(type, node) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try tape.integer(type, node) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try tape.integer(type, node) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try tape.integer(type, node) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try tape.integer(type, node) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.value(type, node) }
}
