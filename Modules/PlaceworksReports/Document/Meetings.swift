/// A decision taken at a meeting.
public struct DecisionEntry: Codable, Sendable, Hashable {
    public var id: String
    public var date: String
    public var body: String
    public var item: String
    public var summary: String
    /// "Public" or "Private".
    public var session: String
    /// People who withdrew, by name.
    public var excluded: String?
}

/// A declaration of interest at a meeting.
public struct DeclarationEntry: Codable, Sendable, Hashable {
    public var date: String
    public var body: String
    public var person: String
    public var item: String
    public var interest: String
}
