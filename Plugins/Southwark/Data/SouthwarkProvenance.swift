import PlaceworksDomain

/// The provenance of every record the Southwark extension ships, by subject kind and identifier:
/// the paragraphs it cites and, where the documents leave something open, what is assumed and why.
/// The extension answers ``PlaceworksExtension/provenance(of:_:)`` from it.
///
/// ```swift
/// SouthwarkProvenance.of(.body, "swk-bbb")?.citations   // the LCP paper and recovery plan §7
/// ```
public enum SouthwarkProvenance {
    static let lcp = SourceDocument.southwarkLCP
    static let plan = SourceDocument.recoveryPlan
    static let review = SourceDocument.allianceReview

    static let planSignOff = "Dated from the plan's sign-off (August 2020, §10): the plan gives no start date."
    /// The PSSB's `replaces` of the recovery plan's Strategic Board: B.III runs the PSSB "in tandem with
    /// the borough based board" and no paper says the 2020 board ends or that the PSSB takes it over.
    static let replacesStrategicBoard2020 = "Replaces the recovery plan's 2020 Strategic Board, whose name and remit it takes over: no paper says that board ends, or that the PSSB replaces it."
    /// The PSSB's shadow terms: B.III runs it "given the current SEL CCG constitution" and names no form.
    static let shadowUnderTheCCG = "In shadow form (1 November 2021 to 31 March 2022) a committee of SEL CCG, which convenes it, answering to the Health and Wellbeing Board: B.III runs the shadow PSSB \"given the current SEL CCG constitution\", before the ICB exists, and names no form for it."
    static let allianceDates = "Dated 1 December 2009 to 30 April 2019: the review gives no dates; it anticipates an awayday \"early in the new year\", and Partnership Southwark was established in May 2019 (recovery plan §1)."

    /// The provenance of the shipped record of `kind` with identifier `id`; nil if it is not shipped here.
    public static func of(_ kind: SubjectKind, _ id: String) -> Provenance? {
        switch kind {
        case .organisation: organisation(id)
        case .body: body(id)
        case .seat: seat(id)
        case .leadershipRole: role(id)
        case .delegation:
            id == "swk-icb-delegation"
                ? Provenance([Citation(lcp, "South East London Integrated Care System - Local Care Partnerships"),
                                    Citation(lcp, "Governance and leadership proposals contd., B.I")])
                : nil
        case .budget:
            id == DelegatedBudget.id.rawValue
                ? Provenance([Citation(lcp, "Current Southwark borough delegated budgets (20/21)")],
                                   assuming: ["Recorded as published through the paper's presentation to the Health and Wellbeing Board (23 September 2021, \"Next steps\"), which meets in public."])
                : nil
        case .workstream: workstream(id)
        case .milestone:
            id.hasPrefix("swk-ms-") ? Provenance([Citation(plan, "§10 How will we deliver this: milestones for delivery")])
                : transitionMilestone(id)
        case .fund:
            id == TransitionPlan.transformationFund.rawValue
                ? Provenance([Citation(plan, "§6 Planning for recovery: finance – borough context")],
                             assuming: ["Hosted by SEL CCG from its formation (1 April 2020) to its closure (30 June 2022): the plan says the fund \"is currently hosted by the CCG\" and gives no dates; no transfer is recorded."])
                : nil
        case .publication:
            switch id {
            case TransitionPlan.recoveryPlan.rawValue:
                Provenance([Citation(plan, "§1 Introduction")])
            case TransitionPlan.engagementPlan.rawValue:
                Provenance([Citation(plan, "§7 How will we deliver this: our proposed governance arrangements"),
                            Citation(plan, "§10 How will we deliver this: milestones for delivery")])
            default: nil
            }
        case .recruitment:
            id == TransitionPlan.directorRecruitment.rawValue
                ? Provenance([Citation(lcp, "Governance and leadership proposals, 2.A.I and 2.A.II")]) : nil
        case .agreement:
            id == TransitionPlan.memorandum.rawValue
                ? Provenance([Citation(lcp, "Our principles for working together as Partnership Southwark")]) : nil
        case .risk:
            id.hasPrefix("swk-risk-")
                ? Provenance([Citation(plan, "§6 Planning for recovery: finance – borough context, Risks"),
                                    Citation(plan, "§7 How will we deliver this: leadership")],
                                   assuming: ["On the Leadership Forum's register, opened on 17 July 2020: the plan names no register; the Forum oversees Recovery Plan delivery (§7)."])
                : nil
        case .option:
            id.hasPrefix("swk-option-")
                ? Provenance([Citation(lcp, "Potential options")],
                                   assuming: ["The gateway lists stand between the phased options (the first between options 1 and 2, the second between 2 and 3): the slide prints them beside the options without saying so."])
                : nil
        default: nil
        }
    }

    static func transitionMilestone(_ id: String) -> Provenance? {
        switch id {
        case TransitionPlan.response.rawValue: Provenance([Citation(lcp, "Next steps")])
        case TransitionPlan.strategicBoardTerms.rawValue:
            Provenance([Citation(lcp, "Governance and leadership proposals contd., B.II")])
        case TransitionPlan.roadmap.rawValue: Provenance([Citation(lcp, "Governance and leadership proposals, 1.A")])
        default: nil
        }
    }

    static func organisation(_ id: String) -> Provenance? {
        switch id {
        case "swk-healthwatch", "community-southwark", "swk-pcns", "age-uk-lewisham-southwark":
            Provenance([Citation(plan, "Partnership Southwark organisations and key reference documents")])
        case "southwark-pct", "met-police-southwark", "jobcentre-plus-lsw", "better-bankside",
             "southwark-housing-associations-group":
            Provenance([Citation(review, "Recommendation 4")])
        case "community-action-southwark":
            Provenance([Citation(review, "Recommendation 9")])
        default: nil
        }
    }

    static func body(_ id: String) -> Provenance? {
        switch id {
        case "swk-pssb":
            Provenance([Citation(lcp, "Governance and leadership proposals contd., B and B.III"),
                              Citation(lcp, "Proposals on leadership and governance, Context")],
                             assuming: ["Proposed from 2 September 2021, when the options were discussed (\"Next steps\").",
                                        shadowUnderTheCCG, replacesStrategicBoard2020])
        case "swk-pssb-2020":
            Provenance([Citation(plan, "§7 How will we deliver this: our proposed governance arrangements")],
                             assuming: [planSignOff, "Ends on 1 November 2021, when the PSSB committee stands up in shadow form: no end is given.",
                                        "A consultative forum: it holds no delegation (the Borough Based Board does)."])
        case "swk-bbb":
            Provenance([Citation(lcp, "South East London Integrated Care System - Local Care Partnerships"),
                              Citation(plan, "§7 How will we deliver this: our proposed governance arrangements")],
                             assuming: ["From 1 April 2020, when SEL CCG was formed: the documents give no start date."])
        case "swk-hwb":
            Provenance([Citation(plan, "§7 How will we deliver this: our proposed governance arrangements")],
                             assuming: ["From 1 April 2013, when health and wellbeing boards became statutory: the documents give no date."])
        case "swk-pslf", "swk-pdg", "swk-cplaf", "swk-sro-touchpoint":
            Provenance([Citation(plan, "§7 How will we deliver this: our proposed governance arrangements")],
                             assuming: [planSignOff])
        case "swk-leadership-team":
            Provenance([Citation(lcp, "Governance and leadership proposals, 2.A.III"),
                              Citation(plan, "§7 How will we deliver this: our proposed governance arrangements")],
                             assuming: [planSignOff])
        case _ where id.hasPrefix("swk-cell-"):
            Provenance([Citation(plan, "§7 How will we deliver this: our proposed governance arrangements")],
                             assuming: [planSignOff])
        case SouthwarkAlliance.board.rawValue:
            Provenance([Citation(review, "Recommendation 1"), Citation(review, "Recommendation 5")],
                             assuming: [allianceDates])
        case SouthwarkAlliance.executiveSubCommittee.rawValue:
            Provenance([Citation(review, "Recommendation 7")], assuming: [allianceDates])
        case SouthwarkAlliance.secretariat.rawValue:
            Provenance([Citation(review, "Recommendation 8")], assuming: [allianceDates])
        case _ where id.hasPrefix("swk-tp-"):
            Provenance([Citation(review, "Recommendation 3"), Citation(review, "Recommendation 1, implications")],
                             assuming: [allianceDates])
        default: nil
        }
    }

    static func seat(_ id: String) -> Provenance? {
        if id == "swk-pssb-seat-director" {
            return Provenance([Citation(lcp, "Governance and leadership proposals contd., B")],
                                    assuming: ["The Director sits on the PSSB: the paper says the Director discharges delegations through it but lists no seat."])
        }
        if id.hasPrefix("swk-pssb-seat-") {
            return Provenance([Citation(lcp, "South East London Integrated Care System - Local Care Partnerships")])
        }
        if id.hasPrefix("swk-lt-seat-") {
            return Provenance([Citation(lcp, "Governance and leadership proposals, 2.A.III")])
        }
        if id == SouthwarkAlliance.leaderSeat.rawValue {
            return Provenance([Citation(review, "Recommendation 7")],
                                    assuming: ["Only the Leader's seat is recorded: the membership (Appendix 3) is not in the source."])
        }
        if id.hasPrefix("swk-alliance-seat-") {
            return Provenance([Citation(review, "Recommendation 4")],
                                    assuming: ["Seats are those the proposals name: the membership (Appendix 2) is not in the source."])
        }
        return nil
    }

    static func role(_ id: String) -> Provenance? {
        switch id {
        case SouthwarkData.director.rawValue:
            Provenance([Citation(lcp, "Governance and leadership proposals, 2.A, I–II")])
        case SouthwarkData.strategicBoardChair.rawValue:
            Provenance([Citation(lcp, "Governance and leadership proposals contd., B.IV")])
        case SouthwarkData.strategicChair.rawValue:
            Provenance([Citation(plan, "§7 How will we deliver this: our proposed governance arrangements"),
                              Citation(lcp, "Governance and leadership proposals contd., B.IV")],
                             assuming: [planSignOff, "Ends when the PSSB committee stands up in shadow form (1 November 2021)."])
        case SouthwarkData.programmeDirector.rawValue:
            Provenance([Citation(plan, "§7 How will we deliver this: our proposed governance arrangements"),
                              Citation(lcp, "Proposals on leadership and governance, Context")], assuming: [planSignOff])
        case _ where id.hasPrefix("swk-sro-"):
            Provenance([Citation(plan, "§7 How will we deliver this: our proposed governance arrangements")],
                             assuming: [planSignOff])
        case SouthwarkAlliance.executiveChair.rawValue:
            Provenance([Citation(review, "Recommendation 7")], assuming: [allianceDates])
        case _ where id.hasPrefix("swk-tp-"):
            Provenance([Citation(review, "Recommendation 4")], assuming: [allianceDates])
        default: nil
        }
    }

    static func workstream(_ id: String) -> Provenance? {
        if id.hasPrefix("swk-ws-") {
            return Provenance([Citation(plan, "§4 Our priorities"),
                                     Citation(plan, "§7 How will we deliver this: our proposed governance arrangements")],
                                    assuming: [planSignOff, "The quadruple-aim mapping is this module's reading of each workstream's section of §4."])
        }
        if id.hasPrefix("swk-alliance-ws-") {
            return Provenance([Citation(review, "Recommendation 1, implications")],
                                    assuming: ["Dated from 2010 (the mid-term review \"from Summer 2010\"): the review gives no start dates."])
        }
        return nil
    }
}
