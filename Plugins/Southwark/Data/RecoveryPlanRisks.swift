import PlaceworksDomain

/// The risks the recovery plan names: the six finance risks of §6 and the three "elephants in the
/// room" of §7, on the Partnership Southwark Leadership Forum's register (it oversees delivery of
/// the plan). The plan gives no owner, score or mitigation for any of them, so those are left empty
/// for the partnership to record; SWK-RISK-1 reports each gap.
public enum RecoveryPlanRisks {
    /// (identifier, title).
    public static let risks: [(id: ID<Risk>, title: String)] = [
        ("swk-risk-financial-regime",
         "Uncertainty of not yet knowing what the financial regime for the remainder of the financial year will be"),
        ("swk-risk-relationships",
         "Relationships damaged by the impact of the financial regime on the borough and its partners"),
        ("swk-risk-qipp-mobilisation",
         "QIPP schemes not mobilised as quickly as expected, reducing impact in 2020/21"),
        ("swk-risk-finance-enabler", "Recovery actions impeded by lack of finance as an enabler"),
        ("swk-risk-recruitment",
         "Unable to recruit into key posts in the SEL CCG Southwark borough team because of financial restrictions"),
        ("swk-risk-delegated-powers",
         "Borough unable to use the full powers under delegation because of the NHS financial framework"),
        ("swk-risk-scale-of-change", "Achieving the required level of change across every part of the system"),
        ("swk-risk-organising-delivery", "Establishing how we organise ourselves to deliver services"),
        ("swk-risk-financial-pressures", "Addressing underlying financial pressures across the borough"),
    ]

    static var dataset: Dataset {
        Dataset(risks: risks.map {
            Risk(id: $0.id, place: SouthwarkData.place, body: SouthwarkData.leadershipForum, title: $0.title,
                 opened: SouthwarkData.recoveryPlanDrafted)
        })
    }
}
