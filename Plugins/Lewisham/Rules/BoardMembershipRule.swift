import PlaceworksDomain

extension LewishamRules {
    /// LEW-MEM-1: the LCP Board has every seat §6.3 lists (one finding per missing seat). §6.3 is
    /// "the Proposed Membership", so a missing seat is a warning — except the Director of Public
    /// Health's, which §6.1 makes "a requirement for each LCP" (an error, reported here instead of
    /// SEL-LCP-5's finding, so one missing seat is reported once, in Lewisham's words).
    ///
    /// Reading: membership means a person — a line is met by a member holding a seat that fills it
    /// on the day. A missing seat and a vacant one are both reported (a vacancy as info while a
    /// recruitment to the seat is open and its window has not passed). Seats beyond the list are allowed (§6.5 expects
    /// engagement to inform membership). It refines SEL-LCP-4: the same missing seat is reported
    /// once, in §6.3's words.
    static var boardMembership: Rule {
        Rule(
            id: "LEW-MEM-1", severity: .warning,
            requirement: "The LCP Board's proposed membership is: Place lead; Executive Director for Community Services "
                + "(DASS); Executive Director for CYP; Director of Public Health; Healthwatch representative; two VCSE "
                + "representatives; SLaM executive; Lewisham and Greenwich NHS Trust executive; two Primary Care "
                + "members; social care provider representative.",
            citations: [paper("§6.3"), paper("§6.1")],
            refines: ["SEL-LCP-4", "SEL-LCP-5"],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else { return [] }
                return LCPBoardSeats.requirements.shortfalls(of: committee.id, in: context.data, on: context.asOf)
                    .map { shortfall in
                        let action = shortfall.remedy
                        let why = shortfall.requirement.key == "dph"
                            ? "the Lewisham LCP paper considers the borough Director of Public Health a requirement for each LCP (§6.1) and lists the seat in the Board's membership (§6.3). \(action)"
                            : "the Lewisham LCP paper (§6.3) lists it in the Board's proposed membership. \(action)"
                        return Concern(about: committee, shortfall.sentence(body: committee, why: why))
                            .reported(as: shortfall.severity(severity(of: shortfall.requirement), on: context.asOf))
                            .about(problems: shortfall.problems)
                    }
            }
        }
    }

    /// A line of the proposed membership is a warning; the Director of Public Health's is an error,
    /// because §6.1 makes it "a requirement for each LCP".
    static func severity(of requirement: SeatRequirement) -> Severity {
        requirement.key == "dph" ? .error : .warning
    }
}
