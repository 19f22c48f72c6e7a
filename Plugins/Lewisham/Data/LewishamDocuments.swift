import PlaceworksDomain

/// The paper the Lewisham rules cite. South East London registers it (its rules cite it too);
/// Lewisham requires South East London.
extension SourceDocument {
    /// Lewisham LCP development paper (2021), registered by South East London.
    static let lewishamLCP: SourceDocument = "lewisham-lcp-development-2021.txt"
}
