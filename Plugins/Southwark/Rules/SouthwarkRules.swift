import PlaceworksDomain

/// Every rule the Southwark extension registers: the SWK rules of the LCP paper and the recovery
/// plan, and the ALL rules of the 2009 Southwark Alliance review.
public enum SouthwarkRules {
    public static var all: [Rule] { strategicBoard + leadership + delivery + resources + transition + alliance }

    /// SWK-GOV-1, -2, -5, -6, -7: the PSSB, its remit, the service-user voice, transparency, options.
    static var strategicBoard: [Rule] {
        [StrategicBoardRules.status, StrategicBoardRules.remit, StrategicBoardRules.livedExperience,
         StrategicBoardRules.transparency, OptionRules.recorded]
    }

    /// SWK-GOV-3, -4, -8: how the Chair and the Director are appointed, and the Director's recruitment.
    static var leadership: [Rule] { [LeadershipRules.chair, LeadershipRules.director, DirectorRecruitmentRules.stages] }

    /// SWK-WS-1..4, SWK-OUT-1, -2, SWK-ENG-1: workstreams, recovery-plan governance, milestones,
    /// progress updates, outcomes and the outcomes framework, engagement.
    static var delivery: [Rule] {
        [WorkstreamRules.workstreams, WorkstreamRules.governance, WorkstreamRules.milestones,
         ProgressUpdateRules.forumUpdates, WorkstreamRules.outcomes, OutcomesFrameworkRules.framework,
         EngagementPlanRules.engagement]
    }

    /// SWK-FIN-1, -2, -3, SWK-RISK-1: the delegated budget, the transformation fund, cost-neutral
    /// recovery commitments, the recovery-plan risks.
    static var resources: [Rule] {
        [BudgetRules.delegatedBudget, TransformationFundRules.fund, TransformationFundRules.costNeutral,
         RiskRules.recoveryPlanRisks]
    }

    /// SWK-TRN-1, SWK-MOU-1: the 2021 transition milestones and the Memorandum of Understanding.
    static var transition: [Rule] { [TransitionRules.milestones, PartnershipAgreementRules.memorandum] }

    /// ALL-MEM-1, -2, ALL-MTG-1, ALL-WS-1, ALL-STR-1, -2, ALL-PMO-1.
    static var alliance: [Rule] {
        [AllianceRules.councilBalance, AllianceRules.deputies, AllianceRules.quarterlyMeetings,
         AllianceRules.sponsoredWorkstreams, AllianceRules.thematicPartnerships, AllianceRules.executiveSubCommittee,
         AllianceRules.programmeManagement]
    }
}
