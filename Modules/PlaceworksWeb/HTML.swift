import PlaceworksReports

/// A fragment of HTML. Text interpolated into it is escaped; only another `HTML` value (or
/// `HTML(raw:)`, for markup the reports module has already escaped, such as its SVG charts) goes
/// in as markup — so data can never inject markup into a page.
///
/// ```swift
/// let name = "Smith & <Jones>"
/// let cell: HTML = "<td>\(name)</td>"   // <td>Smith &amp; &lt;Jones&gt;</td>
/// ```
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The markup.
    public private(set) var markup: String

    /// Markup taken as it is: only for text already escaped for HTML.
    public init(raw markup: String) { self.markup = markup }

    public init(stringLiteral value: String) { markup = value }

    public init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

    /// Nothing.
    public static let empty = HTML(raw: "")

    /// One fragment after the other.
    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(raw: lhs.markup + rhs.markup) }

    /// The fragments one after another.
    public init(_ parts: [HTML]) { markup = parts.map(\.markup).joined() }

    public struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { markup += literal }
        public mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }
        public mutating func appendInterpolation(_ text: String?) { markup += HTML.escape(text ?? "") }
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            markup += HTML.escape(value.description)
        }
        public mutating func appendInterpolation(_ fragment: HTML) { markup += fragment.markup }
        public mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { markup += fragment.markup }
        }
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, for element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else { return text }
        return Markup.escape(text)
    }

    /// `text` encoded for a URL's path segment or query value: every byte but the unreserved
    /// (letters, digits, `-._~`) as `%XX`. Text that needs no encoding (identifiers, ONS codes,
    /// dates: most of what pages link to) is returned as it is.
    public static func urlComponent(_ text: String) -> String {
        func unreserved(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"): true
            default: false
            }
        }
        guard !text.utf8.allSatisfy(unreserved) else { return text }
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if unreserved(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0x0f)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
