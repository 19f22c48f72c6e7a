/// How many findings of each severity.
public struct SeverityCounts: Codable, Sendable, Hashable {
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    public var total: Int
    /// The counts in words: "1 error, 3 warnings and 0 notes".
    public var text: String

    public init(errors: Int, warnings: Int, notes: Int) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        total = errors + warnings + notes
        text = "\(Formatting.count(errors, "error")), \(Formatting.count(warnings, "warning")) and "
            + Formatting.count(notes, "note")
    }
}

/// The findings, grouped by severity (errors first).
public struct FindingGroups: Codable, Sendable, Hashable {
    public var counts: SeverityCounts
    public var groups: [FindingGroup]
}

/// The findings of one severity.
public struct FindingGroup: Codable, Sendable, Hashable {
    /// `error`, `warning` or `info`.
    public var severity: String
    /// "Errors", "Warnings", "Notes".
    public var label: String
    public var count: Int
    public var findings: [FindingEntry]
}

/// One finding, with the requirement it breaches and where that requirement is written.
public struct FindingEntry: Codable, Sendable, Hashable {
    /// The finding's anchor within the document, e.g. `finding-3`.
    public var anchor: String
    public var rule: String
    public var severity: String
    /// "Error", "Warning", "Note": the severity in words, never by colour alone.
    public var severityLabel: String
    public var requirement: String
    public var message: String
    public var subject: String
    public var subjectKind: String
    public var subjectID: String
    public var placeID: String?
    public var place: String?
    public var body: String?
    public var citations: [String]
    public var citationText: String
}
