import PlaceworksDomain

extension LewishamRules {
    /// LEW-GOV-3: from 1 April 2022 the LCP Board is expected (§6.7: "it is expected to be", so a
    /// warning) to be a committee of the ICB (or, the local
    /// ambition, a joint committee including it) holding the three Section 75 delegations.
    ///
    /// Reading: the terms in force make it a committee of a statutory body convened by the ICB of
    /// the place's ICS, or a committee of the ICB's board, or a joint committee the ICB convenes;
    /// and Section 75 delegations in force to it cover children and young people, adults and the
    /// Better Care Fund.
    static var committeeStatus: Rule {
        Rule(
            id: "LEW-GOV-3", severity: .warning,
            requirement: "From 1 April 2022 the LCP Board is expected to be a committee of the ICB able to transact the existing "
                + "Section 75 agreements (children and young people; adults; Better Care Fund); the ambition is a "
                + "joint committee.",
            citations: [paper("§6.7")],
            effective: Period(from: LewishamData.established)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                let day = context.asOf, data = context.data
                guard let committee = data.placeCommittee(of: place.id, on: day) else { return [] }
                var concerns: [Concern] = []
                let system = place.ics.flatMap { data.systems[$0] }
                func isICB(_ id: ID<Organisation>) -> Bool {
                    guard let organisation = data.organisations[id], organisation.isIn(.icb),
                          organisation.holds(on: day) else { return false }
                    guard let system else { return true }
                    if let ods = system.odsCode { return organisation.odsCode == ods || organisation.id.rawValue == ods }
                    return organisation.ics == system.id
                }
                if let terms = committee.terms(on: day) {
                    let convenedByICB = terms.convenedBy.contains(where: isICB)
                    let committeeOfBoard = system?.board.map { board in
                        terms.reportsTo.contains { $0.to == board && $0.relation == .committeeOf }
                    } ?? false
                    let problem: String? = switch terms.form {
                    case .committeeOfStatutoryBody:
                        convenedByICB || committeeOfBoard ? nil : "a committee of a statutory body other than the ICB"
                    case .jointCommittee:
                        convenedByICB ? nil : "a joint committee the ICB does not convene"
                    case .committeesInCommon:
                        convenedByICB ? nil : "committees in common without a committee of the ICB"
                    // Any other form, or none, is SEL-LCP-3's error (the SEL ICS discounts them; "will be
                    // discharged through a committee"): one problem, one finding, at the stronger severity.
                    case .consultativeForum?, .leadProvider?, .individualExecutive?, nil:
                        nil
                    }
                    if let problem {
                        concerns.append(Concern(about: committee,
                            "The \(committee.name)'s terms of reference in force (version \(terms.version)) make it "
                                + "\(problem); from 1 April 2022 it is expected to be a committee of the ICB (or a joint "
                                + "committee with it), able to transact the Section 75 agreements."))
                    }
                } else {
                    concerns.append(Concern(about: committee,
                        "The \(committee.name) has no terms of reference in force on \(day.spelledOut); from 1 April 2022 it is "
                            + "expected to be a committee of the ICB. Record its terms of reference."))
                }

                let delegated = Set(data.delegations(in: place.id, on: day)
                    .filter { $0.toBody == committee.id && $0.instrument == .section75 }
                    .flatMap(\.functions))
                for function in Section75Delegations.functions where !delegated.contains(function) {
                    concerns.append(Concern(about: committee,
                        "No Section 75 agreement for \(label(function)) is delegated to the \(committee.name) on "
                            + "\(day.spelledOut); from 1 April 2022 it is expected to transact the existing Section 75 agreements. "
                            + "Record the delegation."))
                }
                return concerns
            }
        }
    }

    private static func label(_ function: DelegatedFunction) -> String {
        switch function {
        case .childrenAndYoungPeople: "children and young people"
        case .adultSocialCare: "adults"
        case .betterCareFund: "the Better Care Fund"
        default: function.rawValue
        }
    }
}
