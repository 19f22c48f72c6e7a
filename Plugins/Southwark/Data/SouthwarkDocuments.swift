import PlaceworksDomain

/// The papers the Southwark rules cite. South East London registers the LCP paper (its rules cite
/// it too), and the national guidance the recovery plan and the Alliance review; Southwark
/// requires South East London and cites them all.
extension SourceDocument {
    /// Southwark LCP leadership and governance paper (2021), registered by South East London.
    static let southwarkLCP: SourceDocument = "southwark-lcp-leadership-and-governance-2021.txt"
}
