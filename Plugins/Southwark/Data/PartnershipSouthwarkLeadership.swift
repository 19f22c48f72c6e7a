import PlaceworksDomain

/// Partnership Southwark's leadership roles and the ICB's delegation to the Director.
///
/// - The Partnership Southwark Director: Southwark's Executive Place Lead, an ICB appointment made by
///   joint recruitment with all partners and a stakeholder panel, open first to executive-level
///   staff of the partners on secondment (southwark-lcp… "Governance and leadership proposals" 2.A).
/// - The PSSB Chair: an open expressions-of-interest process for senior leaders across the
///   Partnership, with a panel of partner and community/service-user representatives (B.IV). The
///   paper only asks partners to *consider* an associate Chair, so none is recorded.
/// - The Strategic Chair, who chairs the 2020 Strategic Board, and the Programme Director of the
///   recovery-plan governance (recovery plan §7).
///
/// Every role is vacant: the documents name no holder.
enum PartnershipSouthwarkLeadership {
    static let icbDelegation: ID<Delegation> = "swk-icb-delegation"

    static var dataset: Dataset {
        Dataset(
            leadershipRoles: [
                LeadershipRole(
                    id: SouthwarkData.director, title: "Partnership Southwark Director", kind: .executiveLead,
                    role: .executivePlaceLead, place: SouthwarkData.place, body: SouthwarkData.strategicBoard,
                    employer: SouthwarkData.icb, conflictPoliciesOf: [SouthwarkData.icb],
                    appointment: Appointment(
                        process: .jointRecruitment,
                        panel: ["all partners", "stakeholder panel"],
                        openTo: "executive-level staff within constituent partner organisations on secondment in the first instance, externally if required"),
                    period: Period(from: SouthwarkData.strategicBoardEstablished)),
                LeadershipRole(
                    id: SouthwarkData.strategicBoardChair, title: "Chair of the Partnership Southwark Strategic Board",
                    kind: .convenor, role: .chair, place: SouthwarkData.place, body: SouthwarkData.strategicBoard,
                    appointment: Appointment(
                        process: .openExpressionsOfInterest,
                        panel: ["partner representatives", "community and service user representatives"],
                        openTo: "senior leaders from across the Partnership"),
                    period: Period(from: SouthwarkData.strategicBoardShadow)),
                LeadershipRole(
                    id: SouthwarkData.strategicChair, title: "Partnership Southwark Strategic Chair", kind: .convenor,
                    role: .chair, place: SouthwarkData.place, body: SouthwarkData.strategicBoard2020,
                    period: Period(from: SouthwarkData.recoveryPlanGovernanceFrom,
                                   to: SouthwarkData.strategicBoardShadow.adding(days: -1))),
                LeadershipRole(
                    id: SouthwarkData.programmeDirector, title: "Partnership Southwark Programme Director",
                    kind: .programmeLead, role: .programmeDirector, place: SouthwarkData.place,
                    period: Period(from: SouthwarkData.recoveryPlanGovernanceFrom)),
            ],
            delegations: [
                Delegation(
                    id: icbDelegation, delegator: SouthwarkData.icb, toRole: SouthwarkData.director,
                    place: SouthwarkData.place,
                    functions: [.primaryCare, .communityPhysicalHealth, .communityMentalHealth, .prescribing,
                                .continuingHealthcare, .clientGroups],
                    instrument: .schemeOfReservationAndDelegation,
                    assurance: "Discharged through the PSSB, a committee of the ICB operating within the ICB constitution; the ICB remains accountable for its delegations",
                    period: Period(from: SouthwarkData.strategicBoardEstablished)),
            ])
    }
}
