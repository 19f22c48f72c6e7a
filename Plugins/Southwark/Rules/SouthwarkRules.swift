import PlaceworksDomain

/// Every rule the Southwark extension registers: the SWK rules of the LCP paper and the recovery
/// plan, and the ALL rules of the 2009 Southwark Alliance review.
public enum SouthwarkRules {
    public static var all: [Rule] { strategicBoard + leadership + delivery + resources + alliance }

    /// SWK-GOV-1, -2, -5, -6, -7: the PSSB, its remit, the service-user voice, transparency, options.
    static var strategicBoard: [Rule] {
        [StrategicBoardRules.status, StrategicBoardRules.remit, StrategicBoardRules.livedExperience,
         StrategicBoardRules.transparency, OptionRules.recorded]
    }

    /// SWK-GOV-3, -4: how the Chair and the Director are appointed.
    static var leadership: [Rule] { [LeadershipRules.chair, LeadershipRules.director] }

    /// SWK-WS-1..3, SWK-OUT-1: workstreams, recovery-plan governance, milestones, outcomes.
    static var delivery: [Rule] {
        [WorkstreamRules.workstreams, WorkstreamRules.governance, WorkstreamRules.milestones, WorkstreamRules.outcomes]
    }

    /// SWK-FIN-1, SWK-RISK-1.
    static var resources: [Rule] { [BudgetRules.delegatedBudget, RiskRules.recoveryPlanRisks] }

    /// ALL-MEM-1, -2, ALL-MTG-1, ALL-WS-1, ALL-STR-1, -2, ALL-PMO-1.
    static var alliance: [Rule] {
        [AllianceRules.councilBalance, AllianceRules.deputies, AllianceRules.quarterlyMeetings,
         AllianceRules.sponsoredWorkstreams, AllianceRules.thematicPartnerships, AllianceRules.executiveSubCommittee,
         AllianceRules.programmeManagement]
    }
}
