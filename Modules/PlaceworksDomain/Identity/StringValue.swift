/// A value that is a string with a meaning: a role, a delegated function, a rule ID, a source
/// document. Written as a plain string; written in code as a string literal. Open for
/// extension: a borough may define its own values.
public protocol StringValue: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral where RawValue == String
{
    init(rawValue: String)
}

extension StringValue {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
}
