import PlaceworksDomain

/// What the LCP paper (September 2021) commits Partnership Southwark to on the way to 1 April 2022,
/// and the partnership records it refers to: the three 2021 transition milestones (SWK-TRN-1), the
/// Memorandum of Understanding (SWK-MOU-1), the recruitment of the Partnership Southwark Director
/// (SWK-GOV-8), and — from the recovery plan (2020) — the plan itself, the transformation fund
/// (SWK-FIN-2) and the engagement and involvement plan (SWK-ENG-1).
///
/// What the papers do not say is left unrecorded: no completion dates, signatures, constituent
/// partners, contributions, allocations, costs or stage dates. The rules report those as not
/// recorded (or not assessable) until a governance team records them.
public enum TransitionPlan {
    /// The formal response on leadership and governance, to SEL ICS by the end of October 2021.
    public static let response: ID<Milestone> = "swk-trn-response"
    /// The draft PSSB terms of reference, shared with the wider partnership for endorsement before November 2021.
    public static let strategicBoardTerms: ID<Milestone> = "swk-trn-pssb-terms"
    /// Decisions on the roadmap to a joint LCP Director post and a joint committee, by the end of November 2021.
    public static let roadmap: ID<Milestone> = "swk-trn-roadmap"

    /// (identifier, title, the month it is due by).
    public static let milestones: [(id: ID<Milestone>, title: String, due: Day)] = [
        (response, "Submit a formal response outlining proposed leadership and governance arrangements for Southwark to SEL ICS",
         "2021-10-01"),
        (strategicBoardTerms, "Share the draft PSSB terms of reference with the wider partnership for endorsement",
         "2021-10-01"),
        (roadmap, "Formalise decisions on the roadmap to a joint LCP Director post and a joint committee", "2021-11-01"),
    ]

    /// Partnership Southwark's Memorandum of Understanding.
    public static let memorandum: ID<Agreement> = "swk-mou"
    /// The recruitment of the Partnership Southwark Director.
    public static let directorRecruitment: ID<Recruitment> = "swk-director-recruitment"
    /// The recovery plan (2020) as a publication: the plan recovery commitments are recorded against.
    public static let recoveryPlan: ID<Publication> = "swk-recovery-plan"
    /// The engagement and involvement plan the recovery plan commits to (§7, §10).
    public static let engagementPlan: ID<Publication> = "swk-engagement-plan"
    /// The Partnership Southwark transformation fund.
    public static let transformationFund: ID<Fund> = "swk-transformation-fund"

    static var dataset: Dataset {
        let place = SouthwarkData.place
        return Dataset(
            milestones: milestones.map {
                Milestone(id: $0.id, place: place, title: $0.title, due: $0.due, precision: .month)
            },
            funds: [
                Fund(id: transformationFund, place: place, name: "Partnership Southwark transformation fund",
                     arrangement: .pooled, purpose: .transformation,
                     hosts: [FundHost(organisation: SouthwarkData.ccg, period: Period(from: "2020-04-01", to: "2022-06-30"))]),
            ],
            publications: [
                Publication(id: recoveryPlan, place: place, type: .plan,
                            title: "Partnership Southwark recovery plan (2020)"),
                Publication(id: engagementPlan, place: place, type: .engagementPlan,
                            title: "Partnership Southwark engagement and involvement plan"),
            ],
            recruitments: [
                Recruitment(id: directorRecruitment, place: place, title: "Partnership Southwark Director",
                            role: SouthwarkData.director,
                            stages: [
                                RecruitmentStage(scope: .internal,
                                                 eligibility: "executive-level staff within constituent partner organisations",
                                                 basis: .secondment),
                                RecruitmentStage(scope: .external, eligibility: "external candidates, if required"),
                            ]),
            ],
            agreements: [
                Agreement(id: memorandum, place: place, title: "Partnership Southwark Memorandum of Understanding",
                          type: .memorandum),
            ])
    }
}
