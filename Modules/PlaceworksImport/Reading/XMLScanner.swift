import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the XML of a workbook's large parts — a worksheet, the shared strings — as a stream of
/// start tags, end tags and text, a chunk of the file at a time.
///
/// It reads what spreadsheet programs write: elements (a namespace prefix is dropped from their
/// names), attributes, text with the five named entities and character references, CDATA;
/// comments, processing instructions and a document type are skipped. An attribute or a text
/// becomes a string only when asked for, which is what makes a sheet of many cells quick to read.
/// Anything else — a tag cut short, an unknown entity, text that is not UTF-8 — is an error.
struct XMLScanner {
    enum Event: Equatable {
        /// A start tag (a self-closing tag is a start and then an end).
        case start(String)
        case end(String)
        /// Text between tags: read it with ``text()``.
        case text
    }

    /// Why the XML cannot be read, and how far into it.
    struct Failure: Error, CustomStringConvertible {
        let reason: String
        /// How far into the (inflated) XML, in bytes, when it is known.
        var offset: Int?
        var description: String { offset.map { "\(reason) (at byte \($0))" } ?? reason }
    }

    private var bytes: ChunkedBytes
    /// The last start tag's attributes, or the last text, as it lies in the buffer.
    private var span = 0..<0
    /// Whether the last text was CDATA (read as it is).
    private var literal = false
    /// The end of a self-closing tag, reported after its start.
    private var pendingEnd: String?
    private var started = false

    /// Reads the XML file at `url`.
    init(url: URL) throws(Failure) {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw Failure(reason: "the file cannot be opened") }
        bytes = ChunkedBytes(handle: handle)
    }

    /// Reads XML held in memory.
    init(data: Data) {
        bytes = ChunkedBytes(data: data)
    }

    /// The next start tag, end tag or text; nil at the end of the document.
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        if !started {
            started = true
            if bytes.skipByteOrderMark() {
                throw Failure(reason: "the XML is UTF-16, which this importer does not read; save the workbook again from Excel")
            }
        }
        while true {
            if bytes.index >= bytes.buffer.count, bytes.fill() == nil { return nil }
            let scanned = bytes.buffer.withUnsafeBufferPointer { Self.scan($0, from: bytes.index, atEnd: bytes.atEnd) }
            switch scanned {
            case .needMore:
                bytes.fill()
            case let .skipped(end):
                bytes.index = end
            case let .text(range, end, cdata):
                span = range
                literal = cdata
                bytes.index = end
                return .text
            case let .end(name, end):
                bytes.index = end
                return .end(name)
            case let .start(name, attributes, end, selfClosing):
                span = attributes
                bytes.index = end
                if selfClosing { pendingEnd = name }
                return .start(name)
            case let .malformed(reason):
                throw Failure(reason: reason, offset: bytes.position)
            }
        }
    }

    /// The value of the last start tag's attribute `name` (as written, prefix and all), entities decoded.
    func attribute(_ name: String) throws(Failure) -> String? {
        let offset = bytes.dropped
        let result: Result<String?, Failure> = bytes.buffer.withUnsafeBufferPointer { buffer in
            var at = span.lowerBound
            let end = span.upperBound
            while at < end {
                while at < end, Self.isSpace(buffer[at]) { at += 1 }
                let nameStart = at
                while at < end, buffer[at] != UInt8(ascii: "="), !Self.isSpace(buffer[at]) { at += 1 }
                let nameEnd = at
                while at < end, Self.isSpace(buffer[at]) { at += 1 }
                guard at < end, buffer[at] == UInt8(ascii: "=") else { break }
                at += 1
                while at < end, Self.isSpace(buffer[at]) { at += 1 }
                guard at < end, buffer[at] == UInt8(ascii: "\"") || buffer[at] == UInt8(ascii: "'") else { break }
                let quote = buffer[at]
                at += 1
                let valueStart = at
                while at < end, buffer[at] != quote { at += 1 }
                guard at < end else { break }
                let valueEnd = at
                at += 1
                if buffer[nameStart..<nameEnd].elementsEqual(name.utf8) {
                    return Result { () throws(Failure) in
                        try Self.decode(UnsafeBufferPointer(rebasing: buffer[valueStart..<valueEnd]), offset: offset + valueStart)
                    }
                }
            }
            return .success(nil)
        }
        return try result.get()
    }

    /// The last text, entities decoded.
    func text() throws(Failure) -> String {
        let offset = bytes.dropped + span.lowerBound
        let result: Result<String, Failure> = bytes.buffer.withUnsafeBufferPointer { buffer in
            let part = UnsafeBufferPointer(rebasing: buffer[span])
            if literal { return Result { () throws(Failure) in try Self.string(part, offset: offset) } }
            return Result { () throws(Failure) in try Self.decode(part, offset: offset) }
        }
        return try result.get()
    }

    // MARK: - Reading the buffer

    private enum Scan {
        case needMore
        case skipped(end: Int)
        case text(Range<Int>, end: Int, cdata: Bool)
        case end(String, end: Int)
        case start(String, attributes: Range<Int>, end: Int, selfClosing: Bool)
        case malformed(String)
    }

    /// Reads one token at `start`: text up to the next `<`, or one tag.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool) -> Scan {
        let open = UInt8(ascii: "<"), close = UInt8(ascii: ">")
        let end = bytes.count
        guard let base = bytes.baseAddress else { return .needMore }
        if bytes[start] != open {
            guard let found = memchr(base + start, Int32(open), end - start) else {
                return atEnd ? .text(start..<end, end: end, cdata: false) : .needMore
            }
            let stop = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            return .text(start..<stop, end: stop, cdata: false)
        }
        func find(_ marker: String, from at: Int) -> Int? {
            let marker = Array(marker.utf8)
            var at = at
            while at + marker.count <= end {
                guard let found = memchr(base + at, Int32(marker[0]), end - at) else { return nil }
                at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + marker.count > end { return nil }
                if (0..<marker.count).allSatisfy({ bytes[at + $0] == marker[$0] }) { return at }
                at += 1
            }
            return nil
        }
        func starts(_ prefix: String) -> Bool {
            start + prefix.utf8.count <= end && bytes[start..<start + prefix.utf8.count].elementsEqual(prefix.utf8)
        }
        guard start + 1 < end else { return atEnd ? .malformed("the document ends inside a tag") : .needMore }
        // Processing instructions, comments and CDATA; a document type is skipped as a tag below.
        if bytes[start + 1] == UInt8(ascii: "?") || bytes[start + 1] == UInt8(ascii: "!") {
            for (opening, closing) in [("<?", "?>"), ("<!--", "-->"), ("<![CDATA[", "]]>")] {
                guard start + opening.utf8.count <= end || atEnd else { return .needMore }
                guard starts(opening) else { continue }
                guard let stop = find(closing, from: start + opening.utf8.count) else {
                    return atEnd ? .malformed("the document ends inside a tag") : .needMore
                }
                let after = stop + closing.utf8.count
                if opening == "<![CDATA[" { return .text(start + opening.utf8.count..<stop, end: after, cdata: true) }
                return .skipped(end: after)
            }
        }
        // A tag: up to the `>` outside quotes.
        var at = start + 1
        var quote: UInt8?
        while at < end {
            let byte = bytes[at]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == close {
                break
            }
            at += 1
        }
        guard at < end else { return atEnd ? .malformed("the document ends inside a tag") : .needMore }
        let tagEnd = at + 1
        if bytes[start + 1] == UInt8(ascii: "!") { return .skipped(end: tagEnd) }
        let closing = bytes[start + 1] == UInt8(ascii: "/")
        var nameStart = start + (closing ? 2 : 1)
        var nameEnd = nameStart
        while nameEnd < at, !isSpace(bytes[nameEnd]), bytes[nameEnd] != UInt8(ascii: "/") {
            if bytes[nameEnd] == UInt8(ascii: ":") { nameStart = nameEnd + 1 }
            nameEnd += 1
        }
        guard nameEnd > nameStart else { return .malformed("a tag has no name") }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self)
        if closing { return .end(name, end: tagEnd) }
        let selfClosing = bytes[at - 1] == UInt8(ascii: "/")
        return .start(name, attributes: nameEnd..<(selfClosing ? at - 1 : at), end: tagEnd, selfClosing: selfClosing)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Text with its entities and character references decoded.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) throws(Failure) -> String {
        guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil else {
            return try string(bytes, offset: offset)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        while at < bytes.count {
            let byte = bytes[at]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                at += 1
                continue
            }
            guard let semicolon = bytes[at...].firstIndex(of: UInt8(ascii: ";")), semicolon - at <= 12 else {
                throw Failure(reason: "an “&” does not start an entity", offset: offset + at)
            }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: bytes[(at + 1)..<semicolon]), as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar else { throw Failure(reason: "“&\(entity);” is not an entity XML defines", offset: offset + at) }
            out.append(contentsOf: String(Character(scalar)).utf8)
            at = semicolon + 1
        }
        return try out.withUnsafeBufferPointer { buffer throws(Failure) in try string(buffer, offset: offset) }
    }

    /// UTF-8 bytes as text; an error when they are not UTF-8.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) throws(Failure) -> String {
        var all: UInt8 = 0
        for byte in bytes { all |= byte }
        if all < 0x80 { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(reason: "the text is not UTF-8", offset: offset)
        }
        return text
    }
}
