import PlaceworksDomain

extension LewishamRules {
    /// LEW-MEM-1: the LCP Board has every seat §6.3 lists (one finding per missing seat).
    ///
    /// Reading: seats beyond the list are allowed (§6.5 expects engagement to inform membership);
    /// only missing seats are reported.
    static var boardMembership: Rule {
        Rule(
            id: "LEW-MEM-1", severity: .error,
            requirement: "The LCP Board's membership is: Place lead; Executive Director for Community Services "
                + "(DASS); Executive Director for CYP; Director of Public Health; Healthwatch representative; two VCSE "
                + "representatives; SLaM executive; Lewisham and Greenwich NHS Trust executive; two Primary Care "
                + "members; social care provider representative.",
            citations: [paper("§6.3")]
        ) { context in
            context.places.flatMap { place -> [Concern] in
                guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else { return [] }
                let seats = context.data.seats(of: committee.id, on: context.asOf)
                return LCPBoardSeats.requirements.missing(from: seats, in: context.data, on: context.asOf)
                    .map { requirement, number in
                        Concern(about: committee,
                            "The \(committee.name) has no seat for “\(requirement.title(ofSeat: number))”; the "
                                + "Lewisham LCP paper (§6.3) lists it in the Board's membership. Add the seat.")
                    }
            }
        }
    }
}
