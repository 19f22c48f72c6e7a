/// How serious a finding is.
///
/// - `error`: not compliant with a requirement partners agreed or guidance makes mandatory.
/// - `warning`: guidance says "should", or a date or threshold has slipped.
/// - `info`: noted for the reader.
public enum Severity: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
