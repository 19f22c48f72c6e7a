import PlaceworksDomain

/// Southwark's LCP leadership and governance options 1, 2a, 2b and 3, with their gateway
/// requirements (southwark-lcp… "Potential options").
///
/// The slide says the options "could work in a phased way or be fast-tracked if gateways are met":
/// the options are steps, and each list of "likely gateway requirements" stands between two steps.
/// The first list (printed beside option 1) is what partners meet to move from option 1 to
/// option 2 (2a or 2b); the second (printed between options 2b and 3) is what they meet to move from
/// option 2 to option 3. So each option carries its own shape (who appoints the Director, what kind
/// of committee the PSSB is, whose delegations it discharges, the supporting leadership team) and
/// the gateways on the way to it: option 1 none, options 2a and 2b the first list, option 3 both.
/// An arrangement exactly as option 1 describes meets option 1. Gateway requirements are told apart
/// from the shape by their identifiers (`gateway-1-…`, `gateway-2-…`). Prose requirements are
/// commitments by the keys of ``SouthwarkCommitment``.
public enum GovernanceOptions {
    public static let option1: ID<GovernanceOption> = "swk-option-1"
    public static let option2a: ID<GovernanceOption> = "swk-option-2a"
    public static let option2b: ID<GovernanceOption> = "swk-option-2b"
    public static let option3: ID<GovernanceOption> = "swk-option-3"

    static let citation = Citation(.southwarkLCP, "Potential options")

    static var dataset: Dataset { Dataset(options: [one, twoA, twoB, three]) }

    static let leadershipTeam = GatewayRequirement(
        id: "leadership-team",
        text: "The LCP Director is supported by a multi-disciplinary leadership team from across the partnership",
        criterion: .leadershipTeam)

    /// The first list of "likely gateway requirements": between option 1 and option 2.
    public static let gatewayToOption2: [GatewayRequirement] = [
        GatewayRequirement(
            id: "gateway-1-partner-delegations",
            text: "Delegated responsibilities from statutory partner (LA or Trust) are defined over and above ICS Board delegations",
            criterion: .delegationsFromPartnersBesidesICB(minimum: 1)),
        GatewayRequirement(
            id: "gateway-1-resources",
            text: "Ability to maximise resources and budgets in line with delegated responsibilities",
            criterion: .everyDelegationBudgeted),
        GatewayRequirement(
            id: "gateway-1-outcomes-framework",
            text: "Agreed outcomes framework with regular reporting to the PSSB and collaborative solutions to ensure outcome delivery",
            criterion: .commitment(SouthwarkCommitment.outcomesFramework)),
        GatewayRequirement(
            id: "gateway-1-commissioning-team",
            text: "PS Commissioning team are embedded into the Partnership to support planning, delivery and transformation of integrated care",
            criterion: .commitment(SouthwarkCommitment.embeddedCommissioningTeam)),
    ]

    /// The second list of "likely gateway requirements": between option 2 and option 3.
    public static let gatewayToOption3: [GatewayRequirement] = [
        GatewayRequirement(
            id: "gateway-2-extended-delegations",
            text: "Extended delegated responsibilities and budgets are defined across more than one statutory partner",
            criterion: .budgetedDelegationsFrom(minimum: 2)),
        GatewayRequirement(
            id: "gateway-2-shared-vision",
            text: "A shared vision across Southwark has been developed and agreed – underpinned by a single plan and budget",
            criterion: .commitment(SouthwarkCommitment.sharedVisionSinglePlanAndBudget)),
        GatewayRequirement(
            id: "gateway-2-unified-team",
            text: "A single and unified approach to LCP functions with mixed-employment or hosted PS team working in an integrated way to deliver these functions",
            criterion: .commitment(SouthwarkCommitment.unifiedPartnershipTeam)),
        GatewayRequirement(
            id: "gateway-2-pssb-decisions",
            text: "PSSB making strategic decisions informed by individual sovereign organisations with PSSB ToR enabling decision making on specific functions/services/populations",
            criterion: .commitment(SouthwarkCommitment.strategicBoardDecisionMaking)),
    ]

    /// The gateway lists each option carries, by label: the gateways on the way to it.
    public static let gateways: [String: [GatewayRequirement]] = [
        "1": [], "2a": gatewayToOption2, "2b": gatewayToOption2, "3": gatewayToOption2 + gatewayToOption3,
    ]

    static var one: GovernanceOption {
        GovernanceOption(
            id: option1, place: SouthwarkData.place, label: "1",
            summary: "The LCP Director is an individual ICS NHS Body appointment and discharges delegations through the PSSB, a committee of the ICS NHS Body.",
            discountedBecause: "It could undermine the voice of other partners.",
            requirements: [
                GatewayRequirement(id: "1-appointment", text: "The LCP Director is an individual ICS NHS Body appointment",
                                   criterion: .placeLeadAppointedBy(minimum: 1, maximum: 1)),
                GatewayRequirement(id: "1-committee", text: "The PSSB is a committee of the ICS NHS Body",
                                   criterion: .committeeForm([.committeeOfStatutoryBody])),
                leadershipTeam,
            ] + gateways["1", default: []],
            citation: citation)
    }

    static var twoA: GovernanceOption {
        GovernanceOption(
            id: option2a, place: SouthwarkData.place, label: "2a",
            summary: "The LCP Director is a joint appointment between the ICS NHS Body and a statutory partner (LA or Trust), with delegations from both, discharged through the PSSB as a joint committee of the ICS NHS Body and the statutory partner.",
            requirements: [
                GatewayRequirement(
                    id: "2a-appointment",
                    text: "The LCP Director is a joint appointment between the ICS NHS Body and a statutory partner (LA or Trust)",
                    criterion: .placeLeadAppointedBy(minimum: 2, maximum: 2)),
                GatewayRequirement(
                    id: "2a-partner-delegations",
                    text: "The post-holder has delegated ICS NHS Body responsibilities and delegations from the statutory partner",
                    criterion: .delegationsFromPartnersBesidesICB(minimum: 1)),
                GatewayRequirement(
                    id: "2a-committee",
                    text: "The PSSB is a joint committee of the ICS NHS Body and the statutory partner",
                    criterion: .committeeForm([.jointCommittee])),
                leadershipTeam,
            ] + gateways["2a", default: []],
            citation: citation)
    }

    static var twoB: GovernanceOption {
        GovernanceOption(
            id: option2b, place: SouthwarkData.place, label: "2b",
            summary: "The LCP Director is a joint appointment between the ICS NHS Body and a statutory partner (LA or Trust), holds a strategic portfolio within the statutory partner, and discharges delegations through the PSSB as a committee of the ICS NHS Body.",
            requirements: [
                GatewayRequirement(
                    id: "2b-appointment",
                    text: "The LCP Director is a joint appointment between the ICS NHS Body and a statutory partner (LA or Trust)",
                    criterion: .placeLeadAppointedBy(minimum: 2, maximum: 2)),
                GatewayRequirement(id: "2b-portfolio", text: "The post-holder holds a strategic portfolio within the statutory partner",
                                   criterion: .commitment(SouthwarkCommitment.directorPortfolioInPartner)),
                GatewayRequirement(id: "2b-committee", text: "The PSSB is a committee of the ICS NHS Body",
                                   criterion: .committeeForm([.committeeOfStatutoryBody])),
                leadershipTeam,
            ] + gateways["2b", default: []],
            citation: citation)
    }

    static var three: GovernanceOption {
        GovernanceOption(
            id: option3, place: SouthwarkData.place, label: "3",
            summary: "The LCP Director is a joint appointment between the ICS NHS Body and more than one statutory partner, with delegations from each, discharged through the PSSB as a joint committee to which the statutory bodies delegate decision making on specific functions, services or populations.",
            requirements: [
                GatewayRequirement(
                    id: "3-appointment",
                    text: "The LCP Director is a joint appointment between the ICS NHS Body and more than one statutory partner",
                    criterion: .placeLeadAppointedBy(minimum: 3, maximum: nil)),
                GatewayRequirement(
                    id: "3-partner-delegations",
                    text: "The post-holder has delegations from the ICS NHS Body and from the statutory partners",
                    criterion: .delegationsFromPartnersBesidesICB(minimum: 2)),
                GatewayRequirement(
                    id: "3-committee",
                    text: "The PSSB is a joint committee of the ICS NHS Body and the statutory partners",
                    criterion: .committeeForm([.jointCommittee])),
                GatewayRequirement(
                    id: "3-delegation-to-committee",
                    text: "The relevant statutory bodies delegate decision making on specific functions/services/populations to the joint committee in line with their schemes of delegation",
                    criterion: .partnersDelegateToCommittee),
                leadershipTeam,
            ] + gateways["3", default: []],
            citation: citation)
    }
}
