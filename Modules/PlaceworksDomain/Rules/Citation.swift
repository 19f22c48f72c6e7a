/// Where a requirement is written: a source document (its file name) and a section.
public struct Citation: Codable, Sendable, Hashable, CustomStringConvertible {
    public var document: SourceDocument
    public var section: String

    public init(_ document: SourceDocument, _ section: String) {
        self.document = document
        self.section = section
    }

    public var description: String { "\(document.rawValue), \(section)" }
}

/// The source documents the rules cite, by file name.
public struct SourceDocument: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// NHS England / LGA, "Thriving places" guidance on place-based partnerships (2021).
    public static let thrivingPlaces: SourceDocument = "thriving-places-guidance-2021.txt"
    /// Southwark LCP leadership and governance paper (2021), with the SEL ICS structures.
    public static let southwarkLCP: SourceDocument = "southwark-lcp-leadership-and-governance-2021.txt"
    /// Lewisham LCP development paper (2021).
    public static let lewishamLCP: SourceDocument = "lewisham-lcp-development-2021.txt"
    /// Partnership Southwark recovery plan (2020).
    public static let recoveryPlan: SourceDocument = "partnership-southwark-recovery-plan-2020.txt"
    /// Southwark Alliance strategic partnerships review (2009).
    public static let allianceReview: SourceDocument = "southwark-alliance-strategic-partnerships-review-2009.txt"
}

extension SourceDocument {
    /// The day the document was issued, as far as it says (its version date, or the date the
    /// platform records for it): the earliest any requirement it states can take effect.
    public var date: Day? { SourceDocument.dates[self] }

    static let dates: [SourceDocument: Day] = [
        // "Version 1, 2 September 2021".
        .thrivingPlaces: "2021-09-02",
        // Sent to partners after the ICS and ICB Chairs' letter of 7 September 2021; the options
        // were canvassed from September 2021.
        .southwarkLCP: "2021-09-07",
        // The Lewisham LCP development paper, September 2021.
        .lewishamLCP: "2021-09-01",
        // The recovery plan's governance is dated from July 2020 (its sources run to July 2020).
        .recoveryPlan: "2020-07-17",
        // The Alliance's response to the Review of Strategic Partnerships, late 2009.
        .allianceReview: "2009-12-01",
    ]
}
