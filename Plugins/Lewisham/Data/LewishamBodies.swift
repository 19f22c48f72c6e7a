import PlaceworksDomain

/// The bodies of the Lewisham partnership: the LCP Board, the two boards it replaces, the Health
/// and Wellbeing Board it reports into, and the place leadership team; and the council's Mayor and
/// Cabinet, whose approval of the LCP's committee status §9.1 names.
public enum LewishamBodies {
    /// Leading health and care partnership working in Lewisham: the LHCP Executive Board's remit
    /// until 31 March 2022, the LCP Board's from 1 April 2022 (§6.1, §7.1).
    public static let partnershipRemit = "leading health and care partnership working in Lewisham"
    /// Decisions about NHS resources for Lewisham: the Borough Based Board's remit as a committee
    /// of the SEL CCG until 31 March 2022, the LCP Board's from 1 April 2022 (§6.1, §6.6).
    public static let delegatedResourcesRemit = "decisions about the use of NHS resources delegated to Lewisham"
    /// The Section 75 agreements between health and Lewisham Council (§6.7).
    public static let section75Remit =
        "the Section 75 agreements between health and Lewisham Council (children and young people; adults; Better Care Fund)"

    static var all: [Body] {
        [lcpBoard, lhcpExecutiveBoard, boroughBasedBoard, healthAndWellbeingBoard, leadershipTeam, mayorAndCabinet]
    }

    /// §6: one committee replacing the LHCP Executive Board and the Borough Based Board; from
    /// 1 April 2022 a committee of the ICB able to transact the existing Section 75 agreements,
    /// reporting into the Health and Wellbeing Board (§6.2, §6.7). The local ambition of a joint
    /// committee is not yet an agreed form, so it is not recorded.
    static var lcpBoard: Body {
        Body(
            id: LewishamData.lcpBoard, name: "Lewisham Local Care Partnership Board", kind: .committee,
            place: LewishamData.place, ics: LewishamData.ics, placeCommittee: true,
            lifecycle: [LifecycleEvent(.proposed, LewishamData.proposed),
                        LifecycleEvent(.established, LewishamData.established)],
            replaces: [LewishamData.lhcpExecutiveBoard, LewishamData.boroughBasedBoard],
            terms: [TermsOfReference(
                version: "2022-04 (proposed)", adopted: LewishamData.established, form: .committeeOfStatutoryBody,
                convenedBy: [LewishamData.icb],
                reportsTo: [ReportingLine(to: LewishamData.icbBoard, .committeeOf),
                            ReportingLine(to: LewishamData.healthAndWellbeingBoard, .reportsTo)],
                functions: ["receive and manage the place delegation from the ICB, with the Executive Place Lead",
                            "transact the existing Section 75 agreements between health and Lewisham Council"])],
            remit: [partnershipRemit, delegatedResourcesRemit, section75Remit])
    }

    /// §6.1: the LHCP Executive Board. The paper gives no founding date; it is recorded from
    /// 1 April 2020, when the SEL CCG was formed, as the start of the record. It reports into the
    /// Health and Wellbeing Board, which the LCP "continues" to do (§6.2). Its governance form is
    /// not stated in the paper, nor whether it takes decisions: it is recorded as taking them (the
    /// model's default), as a board the LCP Board replaces — an assumption its provenance names.
    static var lhcpExecutiveBoard: Body {
        Body(
            id: LewishamData.lhcpExecutiveBoard, name: "Lewisham Health and Care Partners (LHCP) Executive Board",
            kind: .board, place: LewishamData.place, ics: LewishamData.ics,
            lifecycle: [LifecycleEvent(.established, "2020-04-01"),
                        LifecycleEvent(.dissolved, LewishamData.predecessorsDissolved)],
            terms: [TermsOfReference(version: "recorded", adopted: "2020-04-01",
                                     reportsTo: [ReportingLine(to: LewishamData.healthAndWellbeingBoard, .reportsTo)])],
            remit: [partnershipRemit])
    }

    /// §6.1: the Lewisham Borough Based Board, "a prime committee of the SEL CCG governing body",
    /// recorded from the CCG's formation on 1 April 2020.
    static var boroughBasedBoard: Body {
        Body(
            id: LewishamData.boroughBasedBoard, name: "Lewisham Borough Based Board", kind: .committee,
            place: LewishamData.place, ics: LewishamData.ics,
            lifecycle: [LifecycleEvent(.established, "2020-04-01"),
                        LifecycleEvent(.dissolved, LewishamData.predecessorsDissolved)],
            terms: [TermsOfReference(version: "recorded", adopted: "2020-04-01", form: .committeeOfStatutoryBody,
                                     convenedBy: [LewishamData.ccg])],
            remit: [delegatedResourcesRemit])
    }

    /// §6.2, §11.1: the council's Health and Wellbeing Board, a statutory board since 1 April 2013
    /// (Health and Social Care Act 2012).
    static var healthAndWellbeingBoard: Body {
        Body(
            id: LewishamData.healthAndWellbeingBoard, name: "Lewisham Health and Wellbeing Board", kind: .board,
            place: LewishamData.place, ics: LewishamData.ics,
            lifecycle: [LifecycleEvent(.established, "2013-04-01")],
            terms: [TermsOfReference(version: "recorded", adopted: "2013-04-01", form: .committeeOfStatutoryBody,
                                     convenedBy: [LewishamData.council])],
            remit: ["encouraging integrated working between those who arrange health and social care services in Lewisham"])
    }

    /// §9.1: "by Mayor and Cabinet for Lewisham council": the council's executive, the body that
    /// decides for the council as a whole (it governs it). The paper gives no date; it is recorded
    /// from the paper's date.
    static var mayorAndCabinet: Body {
        Body(
            id: LewishamData.mayorAndCabinet, name: "Lewisham Mayor and Cabinet", kind: .executive,
            place: LewishamData.place, ics: LewishamData.ics, governs: LewishamData.council,
            lifecycle: [LifecycleEvent(.established, LewishamData.proposed)])
    }

    /// §8: the distributed, multi-disciplinary place leadership team, with representatives to be
    /// confirmed before 1 April 2022 (§9.1). It supports the Executive Place Lead and takes no
    /// decisions of its own.
    static var leadershipTeam: Body {
        Body(
            id: LewishamData.leadershipTeam, name: "Lewisham place leadership team", kind: .leadershipTeam,
            place: LewishamData.place, ics: LewishamData.ics, decisionMaking: false,
            lifecycle: [LifecycleEvent(.proposed, LewishamData.proposed),
                        LifecycleEvent(.established, LewishamData.established)],
            remit: ["supporting the Executive Place Lead in discharging the responsibilities delegated to the LCP"])
    }
}
