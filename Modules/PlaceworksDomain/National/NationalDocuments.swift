/// The documents the national and good-governance rules cite. The national guidance registers
/// them, as every extension registers the documents it is the one to cite.
extension SourceDocument {
    /// NHS England / LGA, "Thriving places" guidance on place-based partnerships (2021).
    public static let thrivingPlaces: SourceDocument = "thriving-places-guidance-2021.txt"
    /// Southwark Alliance strategic partnerships review (2009): the good-governance rules read
    /// their meeting, workstream and risk practice from it.
    public static let allianceReview: SourceDocument = "southwark-alliance-strategic-partnerships-review-2009.txt"
    /// Partnership Southwark recovery plan (2020): the good-governance rules read their workstream
    /// and risk practice from it.
    public static let recoveryPlan: SourceDocument = "partnership-southwark-recovery-plan-2020.txt"
}

/// The days the national rules' documents were issued: the earliest their requirements take effect.
enum NationalDocuments {
    /// "Version 1, 2 September 2021".
    static let thrivingPlacesIssued: Day = "2021-09-02"
    /// The Alliance's response to the Review of Strategic Partnerships, late 2009.
    static let allianceReviewIssued: Day = "2009-12-01"
    /// The recovery plan's governance is dated from July 2020 (its sources run to July 2020).
    static let recoveryPlanIssued: Day = "2020-07-17"

    static func register(into registrar: inout Registrar) {
        registrar.add(document: .thrivingPlaces, title: "NHS England and LGA, Thriving places (2021)",
                      issued: thrivingPlacesIssued)
        registrar.add(document: .allianceReview, title: "Southwark Alliance strategic partnerships review (2009)",
                      issued: allianceReviewIssued)
        registrar.add(document: .recoveryPlan, title: "Partnership Southwark recovery plan (2020)",
                      issued: recoveryPlanIssued)
    }
}
