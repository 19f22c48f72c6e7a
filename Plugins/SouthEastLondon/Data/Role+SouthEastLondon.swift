import PlaceworksDomain

extension Role {
    /// The Chair of South East London's primary care leadership group, who is the ICB board's
    /// primary medical services partner member (lewisham-lcp… §4.3: "Primary Medical Services Partner
    /// member (Primary Care leadership Group Chair)"). A post with this role says who chairs it.
    public static let primaryCareLeadershipGroupChair: Role = "primary-care-leadership-group-chair"
}
