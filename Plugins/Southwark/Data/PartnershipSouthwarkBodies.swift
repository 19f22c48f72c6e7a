import PlaceworksDomain

/// The bodies of Partnership Southwark: the PSSB and the Borough Based Board it replaces, the
/// Health and Wellbeing Board, and the recovery plan's forums and groups.
///
/// Dates are the documents' own: the PSSB committee proposed by the LCP paper (discussed on
/// 2 September 2021), in shadow from November 2021 and established on 1 April 2022, the Borough
/// Based Board — "a prime committee of SEL CCG" — running in tandem until 31 March 2022
/// (southwark-lcp… "Local Care Partnerships", "Governance and leadership proposals contd."); the
/// recovery-plan bodies from the plan's sign-off in August 2020 (recovery plan §7, §10), among them
/// the 2020 Strategic Board the recovery plan shows, chaired by the Strategic Chair. What the
/// documents leave open (quorum, decision rule, public sessions of the PSSB) is left empty for the
/// partnership to record.
enum PartnershipSouthwarkBodies {
    static var dataset: Dataset {
        Dataset(bodies: [strategicBoard, strategicBoard2020, boroughBasedBoard, healthAndWellbeingBoard, leadershipForum,
                         partnershipAndDeliveryGroup, clinicalAndProfessionalLeadsForum, sroTouchpoint])
    }

    /// The PSSB. In shadow form (November 2021 to March 2022) B.III runs it "given the current SEL CCG
    /// constitution": the ICB does not exist yet, so SEL CCG convenes it and it answers to the Health and
    /// Wellbeing Board only; that it is then a committee of the CCG is the extension's reading (provenance).
    /// From 1 April 2022 it is "a committee of the ICS NHS Body" (B), which convenes it.
    static var strategicBoard: Body {
        let healthAndWellbeingBoard = ReportingLine(to: SouthwarkData.healthAndWellbeingBoard, .subCommitteeOf)
        let reporting = [ReportingLine(to: SouthwarkData.icbBoard, .committeeOf), healthAndWellbeingBoard]
        let functions = [SouthwarkData.delegatedServicesRemit, SouthwarkData.transformationProgrammeRemit]
        return Body(
            id: SouthwarkData.strategicBoard, name: "Partnership Southwark Strategic Board", kind: .committee,
            place: SouthwarkData.place, ics: SouthwarkData.ics, generation: SouthwarkData.partnershipGeneration,
            placeCommittee: true,
            lifecycle: [LifecycleEvent(.proposed, SouthwarkData.optionsCanvassed),
                        LifecycleEvent(.shadow, SouthwarkData.strategicBoardShadow),
                        LifecycleEvent(.established, SouthwarkData.strategicBoardEstablished)],
            // The Borough Based Board is the papers' (B.III); the 2020 Strategic Board is assumed (provenance).
            replaces: [SouthwarkData.boroughBasedBoard, SouthwarkData.strategicBoard2020],
            terms: [
                TermsOfReference(version: "shadow", adopted: SouthwarkData.strategicBoardShadow,
                                 form: .committeeOfStatutoryBody, convenedBy: [SouthwarkData.ccg],
                                 reportsTo: [healthAndWellbeingBoard], functions: functions),
                TermsOfReference(version: "1.0", adopted: SouthwarkData.strategicBoardEstablished,
                                 form: .committeeOfStatutoryBody, convenedBy: [SouthwarkData.icb],
                                 reportsTo: reporting, functions: functions),
            ],
            remit: functions + ["operates as a system-wide board within the principles of collaboration for Partnership Southwark"])
    }

    /// The Strategic Board of the recovery plan's governance (recovery plan §7): it "brings together
    /// Southwark system partners to oversee the transformation and delivery of health and care
    /// services", is "a sub-group of the Health and Wellbeing Board", holds no delegation (the
    /// Borough Based Board does) and is chaired by the Strategic Chair. Recorded as a consultative
    /// forum that takes no delegated decisions, from plan sign-off (August 2020) until the PSSB
    /// committee takes over its name and remit in shadow form (1 November 2021): the paper gives no
    /// end date, so that day is an assumption, and no paper says the PSSB replaces it, so that is one
    /// too (the PSSB's provenance names it).
    static var strategicBoard2020: Body {
        Body(
            id: SouthwarkData.strategicBoard2020, name: "Partnership Southwark Strategic Board (2020)", kind: .board,
            place: SouthwarkData.place, ics: SouthwarkData.ics, generation: SouthwarkData.partnershipGeneration,
            decisionMaking: false,
            lifecycle: [LifecycleEvent(.established, SouthwarkData.recoveryPlanGovernanceFrom),
                        LifecycleEvent(.dissolved, SouthwarkData.strategicBoardShadow)],
            terms: [TermsOfReference(version: "recovery plan 2020", adopted: SouthwarkData.recoveryPlanGovernanceFrom,
                                     form: .consultativeForum,
                                     reportsTo: [ReportingLine(to: SouthwarkData.healthAndWellbeingBoard, .subCommitteeOf)])],
            remit: ["brings together Southwark system partners to oversee the transformation and delivery of health and care services in the borough",
                    "shapes and sets direction in relation to the strategic priorities"])
    }

    static var boroughBasedBoard: Body {
        Body(
            id: SouthwarkData.boroughBasedBoard, name: "Southwark Borough Based Board", kind: .committee,
            place: SouthwarkData.place, ics: SouthwarkData.ics,
            lifecycle: [LifecycleEvent(.established, "2020-04-01"),
                        LifecycleEvent(.dissolved, SouthwarkData.strategicBoardEstablished)],
            terms: [TermsOfReference(version: "SEL CCG constitution", adopted: "2020-04-01",
                                     form: .committeeOfStatutoryBody, convenedBy: [SouthwarkData.ccg],
                                     reportsTo: [ReportingLine(to: SouthwarkData.healthAndWellbeingBoard, .reportsTo)])],
            remit: ["commissioning of delegated local NHS services (from SEL CCG) plus over time local authority scope",
                    "primary care, community physical and mental health services, prescribing, continuing healthcare and client groups"])
    }

    static var healthAndWellbeingBoard: Body {
        Body(
            id: SouthwarkData.healthAndWellbeingBoard, name: "Southwark Health and Wellbeing Board", kind: .board,
            place: SouthwarkData.place, ics: SouthwarkData.ics,
            lifecycle: [LifecycleEvent(.established, "2013-04-01")],
            terms: [TermsOfReference(version: "statutory", adopted: "2013-04-01", form: .committeeOfStatutoryBody,
                                     convenedBy: [SouthwarkData.council])],
            remit: ["sets and oversees the overall health and wellbeing strategy across all policies, based on the JSNA",
                    "discharges other formal statutory duties"])
    }

    static var leadershipForum: Body {
        Body(
            id: SouthwarkData.leadershipForum, name: "Partnership Southwark Leadership Forum", kind: .forum,
            place: SouthwarkData.place, ics: SouthwarkData.ics, generation: SouthwarkData.partnershipGeneration,
            decisionMaking: false,
            lifecycle: [LifecycleEvent(.established, SouthwarkData.recoveryPlanGovernanceFrom)],
            terms: [TermsOfReference(version: "recovery plan 2020", adopted: SouthwarkData.recoveryPlanGovernanceFrom,
                                     cadence: .bimonthly)],
            remit: ["shares learning and progress updates from each workstream",
                    "point of resolution for issues escalated via the Partnership & Delivery Group",
                    "effectiveness of the Partnership and oversight of Recovery Plan delivery"])
    }

    static var partnershipAndDeliveryGroup: Body {
        Body(
            id: SouthwarkData.partnershipAndDeliveryGroup, name: "Partnership & Delivery Group", kind: .group,
            place: SouthwarkData.place, ics: SouthwarkData.ics, generation: SouthwarkData.partnershipGeneration,
            decisionMaking: false,
            lifecycle: [LifecycleEvent(.established, SouthwarkData.recoveryPlanGovernanceFrom)],
            terms: [TermsOfReference(version: "recovery plan 2020", adopted: SouthwarkData.recoveryPlanGovernanceFrom,
                                     reportsTo: [ReportingLine(to: SouthwarkData.leadershipForum, .reportsTo)])],
            remit: ["escalates workstream issues to the Partnership Southwark Leadership Forum"])
    }

    static var clinicalAndProfessionalLeadsForum: Body {
        Body(
            id: SouthwarkData.clinicalAndProfessionalLeadsForum, name: "Clinical & Professional Leads Advisory Forum",
            kind: .forum, place: SouthwarkData.place, ics: SouthwarkData.ics,
            generation: SouthwarkData.partnershipGeneration, decisionMaking: false,
            lifecycle: [LifecycleEvent(.established, SouthwarkData.recoveryPlanGovernanceFrom)],
            terms: [TermsOfReference(version: "recovery plan 2020", adopted: SouthwarkData.recoveryPlanGovernanceFrom,
                                     reportsTo: [ReportingLine(to: SouthwarkData.leadershipTeam, .advises)])],
            remit: ["multi-professional advice to the leadership team on clinical and operational delivery of workstreams"])
    }

    static var sroTouchpoint: Body {
        Body(
            id: SouthwarkData.sroTouchpoint, name: "Workstream SRO touchpoint", kind: .group,
            place: SouthwarkData.place, ics: SouthwarkData.ics, generation: SouthwarkData.partnershipGeneration,
            decisionMaking: false,
            lifecycle: [LifecycleEvent(.established, SouthwarkData.recoveryPlanGovernanceFrom)],
            terms: [TermsOfReference(version: "recovery plan 2020", adopted: SouthwarkData.recoveryPlanGovernanceFrom,
                                     cadence: .monthly)],
            remit: ["the SROs for each workstream, the Programme Director and the Strategic Chair review progress and resolve issues and risks"])
    }
}
