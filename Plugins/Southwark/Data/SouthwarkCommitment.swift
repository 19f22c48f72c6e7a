/// The commitments Southwark's governance options ask partners to make, by the stable keys a
/// proposed arrangement lists in `commitments` (southwark-lcp… "Potential options").
///
/// ```yaml
/// commitments: [outcomes-framework, embedded-commissioning-team]
/// ```
public enum SouthwarkCommitment {
    /// "Agreed outcomes framework with regular reporting to the PSSB and collaborative solutions to
    /// ensure outcome delivery" (the first gateway list, between options 1 and 2).
    public static let outcomesFramework = "outcomes-framework"
    /// "PS Commissioning team are embedded into the Partnership to support planning, delivery and
    /// transformation of integrated care" (the first gateway list, between options 1 and 2).
    public static let embeddedCommissioningTeam = "embedded-commissioning-team"
    /// The LCP Director holds "a strategic portfolio within the statutory partner" (option 2b).
    public static let directorPortfolioInPartner = "director-portfolio-in-partner"
    /// "A shared vision across Southwark has been developed and agreed – underpinned by a single plan
    /// and budget" (the second gateway list, between options 2 and 3).
    public static let sharedVisionSinglePlanAndBudget = "shared-vision-single-plan-and-budget"
    /// "A single and unified approach to LCP functions with mixed-employment or hosted PS team
    /// working in an integrated way" (the second gateway list, between options 2 and 3).
    public static let unifiedPartnershipTeam = "unified-partnership-team"
    /// "PSSB making strategic decisions informed by individual sovereign organisations with PSSB ToR
    /// enabling decision making on specific functions/services/populations" (the second gateway list,
    /// between options 2 and 3).
    public static let strategicBoardDecisionMaking = "pssb-decision-making-terms"

    /// Every key, in the order the options name them.
    public static let all = [outcomesFramework, embeddedCommissioningTeam, directorPortfolioInPartner,
                             sharedVisionSinglePlanAndBudget, unifiedPartnershipTeam, strategicBoardDecisionMaking]
}
