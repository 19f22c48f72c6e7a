/// NAT-GOV-6: what the terms of reference of a committee exercising delegated statutory functions
/// state, and their approval by each delegating body (thriving-places §4 "Governance and
/// decision-making arrangements" ¶2, ¶4, ¶5).
extension NationalRules {
    static var termsOfReferenceSubstance: [Rule] { [delegatedCommitteeTerms] }

    static let delegatedCommitteeTerms = Rule.perPlace(
        id: "NAT-GOV-6", severity: .warning,
        requirement: "From 1 April 2022 the terms of reference in force for a committee or joint committee exercising "
            + "delegated statutory functions at place state how disagreement between partners is managed, whether a "
            + "lead member is required (and which of its seats holds that role), and which seats carry no decision-making "
            + "rights (a list, possibly empty); and that version is recorded as agreed by each delegating statutory "
            + "body. One finding per missing element.",
        citations: [Citation(.thrivingPlaces, "§4 \"Governance and decision-making arrangements\" ¶2, ¶4 and ¶5")],
        effective: Period(from: ThrivingPlaces.icbsEstablished)
    ) { place, context in
        let day = context.asOf
        return context.data.decisionMakingBodies(in: place.id, on: day).flatMap { body -> [Concern] in
            let delegators = Set(ThrivingPlaces.delegations(to: body, in: place.id, data: context.data, on: day)
                .filter { $0.toOrganisation == nil && ThrivingPlaces.isStatutory($0.delegator, in: context.data) }
                .map(\.delegator))
            guard !delegators.isEmpty, let terms = body.terms(on: day) else { return [] }
            let version = "its terms of reference (version \(terms.version))"
            var concerns: [Concern] = []
            func report(_ key: String, _ text: String) {
                concerns.append(Concern(about: body, "\(body.name) exercises delegated statutory functions but "
                    + "\(version) \(text).").about(problems: key))
            }
            if (terms.disagreementProcedure ?? "").isEmpty {
                report("terms:disagreement", "do not state how disagreement between partners is managed")
            }
            switch terms.leadMemberRequired {
            case nil: report("terms:lead-member", "do not state whether a lead member is required")
            case true? where terms.leadMemberSeat == nil:
                report("terms:lead-member", "require a lead member but do not name the seat that holds the role")
            case true?:
                let seats = context.data.seats(of: body.id, on: day).map(\.id)
                if let seat = terms.leadMemberSeat, !seats.contains(seat) {
                    report("terms:lead-member", "name seat \(seat) as the lead member's, which is not a seat of "
                        + "\(body.name) on \(day.spelledOut)")
                }
            default: break
            }
            if terms.seatsWithoutDecisionRights == nil {
                report("terms:decision-rights", "do not state which seats, if any, carry no decision-making rights "
                    + "(record an empty list where every seat has them)")
            }
            // NAT-GOV-2 already reports a committee of a statutory body whose terms no statutory body set.
            let unset = terms.form == .committeeOfStatutoryBody
                && !terms.convenedBy.contains { ThrivingPlaces.isStatutory($0, in: context.data) }
            guard !unset else { return concerns }
            let approvals = context.data.approvals(of: body.id).filter { approval in
                approval.date <= day && (approval.matter == nil || approval.matter == .termsOfReference)
                    && approval.version == terms.version
            }
            let approvers = approvals.reduce(into: Set<ID<Organisation>>()) {
                $0.formUnion(context.data.approvingOrganisations(of: $1))
            }
            for delegator in delegators.sorted() where !approvers.contains(delegator) {
                report("terms:approval:\(delegator)", "are not recorded as agreed by "
                    + "\(ThrivingPlaces.name(of: delegator, in: context.data)), which delegates functions to it")
            }
            return concerns
        }
    }
}
