import PlaceworksDomain

/// A check's report with what it was computed from.
public struct CheckResult: Codable, Sendable, Hashable {
    public var report: Report
    public var provenance: CheckProvenance

    public init(report: Report, provenance: CheckProvenance) {
        self.report = report
        self.provenance = provenance
    }
}
