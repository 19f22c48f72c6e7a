import PlaceworksDomain

/// Where a report's facts come from: which data and which rules, so two packs can be compared.
public struct ReportProvenance: Codable, Sendable, Hashable {
    /// The data's version, as the application layer words it (`DataVersion`): the store's
    /// audit position, or a dataset file and the digest of its contents.
    public var dataVersion: String
    /// The rules' version, as the application layer words it (`RuleSetVersion`): the
    /// extensions, how many rules, and a digest of their IDs, severities, owners and citations.
    public var ruleSetVersion: String

    public init(dataVersion: String, ruleSetVersion: String) {
        self.dataVersion = dataVersion
        self.ruleSetVersion = ruleSetVersion
    }
}
