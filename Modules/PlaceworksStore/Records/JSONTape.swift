import Foundation

/// One JSON text parsed into a flat list of its values in document order — the "tape" that
/// ``RecordDecoder`` reads records from.
///
/// An object is its node followed by a key node and a value subtree per member; an array is its
/// node followed by its elements' subtrees. Every node knows where its subtree ends, so a reader
/// skips a member without looking inside it. Strings and numbers are kept as byte ranges and
/// turned into values only when a decoder asks for them.
final class JSONTape {
    enum Kind: UInt8 {
        case object, array, string, escapedString, number, `true`, `false`, null
    }

    struct Node {
        var kind: Kind
        /// Strings and numbers: the first byte (after the opening quote). Objects and arrays: the
        /// number of members or elements.
        var start: Int32
        /// Strings and numbers: one past the last byte (before the closing quote).
        var end: Int32
        /// The index of the node after this one's subtree.
        var next: Int32
    }

    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "malformed JSON at byte \(offset): \(reason)" }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let nodes: [Node]

    /// Parses `bytes`, which must stay valid for the tape's lifetime.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) {
        self.bytes = bytes
        var nodes: [Node] = []
        nodes.reserveCapacity(bytes.count / 8)
        var parser = Parser(bytes: bytes)
        try parser.value(into: &nodes, depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else { throw Malformed(offset: parser.index, reason: "text after the value") }
        self.nodes = nodes
    }

    // MARK: Reading values

    func kind(_ node: Int) -> Kind { nodes[node].kind }

    /// The text of a string node.
    func string(_ node: Int) -> String? {
        let n = nodes[node]
        let range = UnsafeBufferPointer(rebasing: bytes[Int(n.start)..<Int(n.end)])
        switch n.kind {
        case .string: return String(decoding: range, as: UTF8.self)
        case .escapedString: return Self.unescape(range)
        default: return nil
        }
    }

    /// Whether string node `node` holds exactly `text`.
    func string(_ node: Int, equals text: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = nodes[node]
        switch n.kind {
        case .string:
            let count = Int(n.end - n.start)
            guard count == text.count else { return false }
            return count == 0 || memcmp(bytes.baseAddress! + Int(n.start), text.baseAddress!, count) == 0
        case .escapedString:
            guard let value = string(node) else { return false }
            return value.utf8.elementsEqual(text)
        default:
            return false
        }
    }

    /// The bytes of a number node.
    func number(_ node: Int) -> UnsafeBufferPointer<UInt8>? {
        let n = nodes[node]
        guard n.kind == .number else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(n.start)..<Int(n.end)])
    }

    /// An integer number node's value, when it is written as a whole number that fits.
    func integer(_ node: Int) -> Int64? {
        guard let digits = number(node), !digits.isEmpty else { return nil }
        var index = 0
        let negative = digits[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        guard index < digits.count else { return nil }
        var value: Int64 = 0
        while index < digits.count {
            let digit = digits[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = negative ? times.subtractingReportingOverflow(Int64(digit))
                                            : times.addingReportingOverflow(Int64(digit))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            index += 1
        }
        return value
    }

    /// The members of object node `node`: each key node and its value node.
    func members(_ node: Int) -> MemberSequence { MemberSequence(tape: self, node: node) }

    struct MemberSequence: Sequence, IteratorProtocol {
        let tape: JSONTape
        var remaining: Int
        var position: Int

        init(tape: JSONTape, node: Int) {
            self.tape = tape
            remaining = tape.nodes[node].kind == .object ? Int(tape.nodes[node].start) : 0
            position = node + 1
        }

        mutating func next() -> (key: Int, value: Int)? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let key = position
            position = Int(tape.nodes[key + 1].next)
            return (key, key + 1)
        }
    }

    /// The value node of member `key` of object node `object`, or nil.
    func member(_ object: Int, named key: String) -> Int? {
        var key = key
        return key.withUTF8 { text in
            for (name, value) in members(object) where string(name, equals: text) { return value }
            return nil
        }
    }

    private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[at..<at + 4] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else { out.append(byte); index += 1; continue }
            guard index + 1 < bytes.count else { return nil }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(index) else { return nil }
                index += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                          bytes[index + 1] == UInt8(ascii: "u"), let low = hex4(index + 2),
                          (0xDC00..<0xE000).contains(low) else { return nil }
                    index += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: String(Character(unicode)).utf8)
            default:
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Recursive-descent JSON parser (RFC 8259) writing ``JSONTape/Node``s.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    static let maximumDepth = 512

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func value(into nodes: inout [JSONTape.Node], depth: Int) throws(JSONTape.Malformed) {
        guard depth < Self.maximumDepth else { throw .init(offset: index, reason: "nested too deeply") }
        skipSpace()
        guard index < bytes.count else { throw .init(offset: index, reason: "a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try container(.object, into: &nodes, depth: depth)
        case UInt8(ascii: "["): try container(.array, into: &nodes, depth: depth)
        case UInt8(ascii: "\""): try string(into: &nodes)
        case UInt8(ascii: "t"): try literal("true", .true, into: &nodes)
        case UInt8(ascii: "f"): try literal("false", .false, into: &nodes)
        case UInt8(ascii: "n"): try literal("null", .null, into: &nodes)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number(into: &nodes)
        default: throw .init(offset: index, reason: "unexpected byte \(bytes[index])")
        }
    }

    /// An object or an array: its node, then its members or elements.
    private mutating func container(_ kind: JSONTape.Kind, into nodes: inout [JSONTape.Node],
                                    depth: Int) throws(JSONTape.Malformed) {
        let closing = kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let node = nodes.count
        nodes.append(.init(kind: kind, start: 0, end: 0, next: 0))
        index += 1
        var count: Int32 = 0
        skipSpace()
        if index < bytes.count, bytes[index] == closing {
            index += 1
        } else {
            while true {
                if kind == .object { try member(into: &nodes, depth: depth) } else { try value(into: &nodes, depth: depth + 1) }
                count += 1
                skipSpace()
                guard index < bytes.count else { throw .init(offset: index, reason: "the \(kind) is not closed") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                guard bytes[index] == closing else {
                    throw .init(offset: index, reason: "“,” or “\(Character(Unicode.Scalar(closing)))” was expected")
                }
                index += 1
                break
            }
        }
        nodes[node].start = count
        nodes[node].next = Int32(nodes.count)
    }

    /// An object's member: its name, then its value.
    private mutating func member(into nodes: inout [JSONTape.Node], depth: Int) throws(JSONTape.Malformed) {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw .init(offset: index, reason: "a member name was expected")
        }
        try string(into: &nodes)
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw .init(offset: index, reason: "“:” was expected")
        }
        index += 1
        try value(into: &nodes, depth: depth + 1)
    }

    private mutating func string(into nodes: inout [JSONTape.Node]) throws(JSONTape.Malformed) {
        index += 1
        let start = index
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                nodes.append(.init(kind: escaped ? .escapedString : .string, start: Int32(start), end: Int32(index),
                                   next: Int32(nodes.count + 1)))
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 2
                continue
            }
            guard byte >= 0x20 else { throw .init(offset: index, reason: "a control character in a string") }
            index += 1
        }
        throw .init(offset: start, reason: "the string is not closed")
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONTape.Kind,
                                  into nodes: inout [JSONTape.Node]) throws(JSONTape.Malformed) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
              memcmp(bytes.baseAddress! + index, word.utf8Start, count) == 0 else {
            throw .init(offset: index, reason: "“\(word)” was expected")
        }
        nodes.append(.init(kind: kind, start: Int32(index), end: Int32(index + count), next: Int32(nodes.count + 1)))
        index += count
    }

    private mutating func number(into nodes: inout [JSONTape.Node]) throws(JSONTape.Malformed) {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digits = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > digits else { throw .init(offset: start, reason: "a number was expected") }
        guard bytes[digits] != UInt8(ascii: "0") || index == digits + 1 else {
            throw .init(offset: start, reason: "a number cannot start with 0")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fraction = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > fraction else { throw .init(offset: start, reason: "digits were expected after “.”") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponent = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > exponent else { throw .init(offset: start, reason: "digits were expected in the exponent") }
        }
        nodes.append(.init(kind: .number, start: Int32(start), end: Int32(index), next: Int32(nodes.count + 1)))
    }
}
