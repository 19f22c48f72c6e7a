/// A list that may be left out of a data file (read as empty).
@propertyWrapper
public struct Listed<Element: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    public var wrappedValue: [Element]
    public init(wrappedValue: [Element] = []) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode([Element].self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

/// A yes/no that may be left out of a data file (read as `no`).
@propertyWrapper
public struct DefaultFalse: Codable, Sendable, Hashable {
    public var wrappedValue: Bool
    public init(wrappedValue: Bool = false) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode(Bool.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

/// A period that may be left out of a data file (read as "always").
@propertyWrapper
public struct Always: Codable, Sendable, Hashable {
    public var wrappedValue: Period
    public init(wrappedValue: Period = .always) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode(Period.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    public func decode<E>(_ type: Listed<E>.Type, forKey key: Key) throws -> Listed<E> {
        try decodeIfPresent(type, forKey: key) ?? Listed()
    }
    public func decode(_ type: DefaultFalse.Type, forKey key: Key) throws -> DefaultFalse {
        try decodeIfPresent(type, forKey: key) ?? DefaultFalse()
    }
    public func decode(_ type: Always.Type, forKey key: Key) throws -> Always {
        try decodeIfPresent(type, forKey: key) ?? Always()
    }
}
