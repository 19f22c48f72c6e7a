/// A value written as one piece of text in data files and stored records — a day, a time of day,
/// a financial year: read by parsing the text, written as its description, and refused with a
/// message saying how it should be written.
public protocol WrittenAsText: Codable, CustomStringConvertible {
    /// Parses `text`; nil when it is not written this way.
    init?(parsing text: String)
    /// How the text is written, for messages: "a date in the form YYYY-MM-DD".
    static var writtenForm: String { get }
}

extension WrittenAsText {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = Self(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "“\(text)” is not \(Self.writtenForm)")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension WrittenAsText where Self: ExpressibleByStringLiteral, StringLiteralType == String {
    /// A literal in the code, which must be written correctly.
    public init(stringLiteral value: String) {
        guard let parsed = Self(parsing: value) else { preconditionFailure("“\(value)” is not \(Self.writtenForm)") }
        self = parsed
    }
}
