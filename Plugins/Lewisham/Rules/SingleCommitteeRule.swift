import PlaceworksDomain

extension LewishamRules {
    /// LEW-GOV-1: from 1 April 2022 the LCP Board alone holds the remit of the boards it replaces.
    ///
    /// Reading: on or after 1 April 2022, a body of the place other than the place committee is a
    /// second body holding the remit when it still operates and the committee replaces it, shares
    /// an entry of its remit, or is flagged as a place committee too. With no place committee
    /// operating (never set up, or still proposed), each body the LCP Board was to replace that
    /// still operates is reported: the replacement has not happened.
    static var singleCommittee: Rule {
        Rule(
            id: "LEW-GOV-1", severity: .error,
            requirement: "From 1 April 2022 the LCP Board replaces the LHCP Executive Board and the Lewisham "
                + "Borough Based Board: no second body holds that remit.",
            citations: [paper("§6.1")],
            effective: Period(from: LewishamData.established)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else {
                    return notReplaced(in: place, context: context)
                }
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

    /// The boards the LCP Board was to replace, still operating with no LCP Board operating.
    static func notReplaced(in place: Place, context: RuleContext) -> [Concern] {
        let lcpBoard = context.data.bodies[LewishamData.lcpBoard]
        let replaced = lcpBoard?.replaces ?? [LewishamData.lhcpExecutiveBoard, LewishamData.boroughBasedBoard]
        let name = lcpBoard?.name ?? "LCP Board"
        return replaced.sorted().compactMap { context.data.bodies[$0] }
            .filter { $0.place == place.id && $0.isOperating(on: context.asOf) }
            .map { old in
                Concern(about: old,
                    "The \(old.name) is still operating on \(context.asOf.spelledOut), and no \(name) is recorded as "
                        + "operating; from 1 April 2022 a single committee, the \(name), replaces it. Record the "
                        + "\(name)'s establishment and the \(old.name)'s dissolution.")
            }
    }
}
