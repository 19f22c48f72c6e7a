/// The GOV rules: good governance practice implied across the documents (quorum, deputies,
/// declared interests, risk management, workstream leadership) and expected by any board secretary.
extension NationalRules {
    /// GOV-MTG-1, GOV-COI-1, GOV-RISK-1 and GOV-WS-1.
    public static var goodGovernance: [Rule] {
        [meetingQuorum, conflictsOfInterest, riskRegister, workstreamLeadership]
    }
}
