import PlaceworksDomain

/// The two papers the SEL rules cite, which describe the ICS's structures. South East London
/// registers them; Southwark and Lewisham, which require it, cite them too.
extension SourceDocument {
    /// Southwark LCP leadership and governance paper (2021), with the SEL ICS structures.
    public static let southwarkLCP: SourceDocument = "southwark-lcp-leadership-and-governance-2021.txt"
    /// Lewisham LCP development paper (2021).
    public static let lewishamLCP: SourceDocument = "lewisham-lcp-development-2021.txt"
}

enum SouthEastLondonDocuments {
    static func register(into registrar: inout Registrar) {
        // Sent to partners after the ICS and ICB Chairs' letter of 7 September 2021; the options
        // were canvassed from September 2021.
        registrar.add(document: .southwarkLCP, title: "Southwark LCP leadership and governance paper (2021)",
                      issued: "2021-09-07")
        // The Lewisham LCP development paper, September 2021.
        registrar.add(document: .lewishamLCP, title: "Lewisham LCP development paper (2021)", issued: "2021-09-01")
    }
}
