import PlaceworksDomain

/// A check's report with what it was computed from.
public struct CheckResult: Codable, Sendable, Hashable {
    public var report: Report
    public var provenance: Provenance

    public init(report: Report, provenance: Provenance) {
        self.report = report
        self.provenance = provenance
    }
}
