import PlaceworksDomain

extension LewishamRules {
    /// LEW-GOV-1: from 1 April 2022 the LCP Board alone holds the remit of the boards it replaces.
    ///
    /// Reading: on or after 1 April 2022, a body of the place other than the place committee is a
    /// second body holding the remit when it still operates and the committee replaces it, shares
    /// an entry of its remit, or is flagged as a place committee too.
    static var singleCommittee: Rule {
        Rule(
            id: "LEW-GOV-1", severity: .error,
            requirement: "From 1 April 2022 the LCP Board replaces the LHCP Executive Board and the Lewisham "
                + "Borough Based Board: no second body holds that remit.",
            citations: [paper("§6.1")],
            effective: Period(from: LewishamData.established)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else { return [] }
                let remit = Set(committee.remit)
                return context.data.operatingBodies(in: place.id, on: context.asOf)
                    .filter { $0.id != committee.id }
                    .sorted { $0.id < $1.id }
                    .compactMap { other -> Concern? in
                        let why: String
                        if committee.replaces.contains(other.id) {
                            why = "the \(committee.name) replaced it"
                        } else if let shared = other.remit.first(where: remit.contains) {
                            why = "it holds the same remit as the \(committee.name) (\(shared))"
                        } else if other.placeCommittee {
                            why = "it is recorded as a place committee alongside the \(committee.name)"
                        } else {
                            return nil
                        }
                        return Concern(about: other,
                            "The \(other.name) is still operating on \(context.asOf.spelledOut), but \(why). From 1 April 2022 "
                                + "the \(committee.name) is the single committee for that remit: record the "
                                + "\(other.name)'s dissolution, or its new, different remit.")
                    }
            }
        }
    }
}
