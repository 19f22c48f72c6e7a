import PlaceworksDomain

/// Every SEL rule: the ICS-level bodies (ICP, ICB board, provider collaboratives) and the Local
/// Care Partnership rules that apply to every SEL place.
public enum SouthEastLondonRules {
    /// The rules, in catalogue order of their groups; the registry orders them by ID.
    public static var all: [Rule] {
        integratedCarePartnership + integratedCareBoard + localCarePartnershipDelegation
            + localCarePartnershipMembership + localCarePartnershipGovernance + providerCollaboratives
            + placeLeadAgreement
    }
}
