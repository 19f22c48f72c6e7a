/// NAT-ACC-2 and NAT-ACC-3: a place's accountability arrangements, and the decisions that agree
/// each delegation of statutory functions (thriving-places §4 "Accountability arrangements",
/// "Agreeing the functions of the place-based partnership").
extension NationalRules {
    static var accountabilityArrangements: [Rule] { [agreedAccountability, agreedDelegations] }

    static let agreedAccountability = Rule.perPlaceCommittee(
        id: "NAT-ACC-2", severity: .warning,
        requirement: "From 1 April 2022 the place records its agreed accountability arrangements: how council elected "
            + "members or NHS non-executive directors take part in its decision-making; its relationship with the "
            + "Health and Wellbeing Board; its relationship with the local authority's health overview and scrutiny "
            + "arrangements; and, where statutory functions are delegated to it, the performance-monitoring role "
            + "agreed with the ICB. An arrangement counts once its day agreed is recorded and has come. One finding "
            + "per missing element.",
        citations: [Citation(.thrivingPlaces, "§4 \"Accountability arrangements\" ¶1–2")],
        effective: Period(from: ThrivingPlaces.icbsEstablished)
    ) { place, committee, context in
        let day = context.asOf
        // "should agree": an arrangement with no day agreed is not evidence of agreement; a
        // performance-monitoring role counts when agreed with an ICB.
        let recorded = Set(context.data.accountabilities(in: place.id, on: day)
            .filter { $0.agreed.map { $0 <= day } ?? false }
            .filter { $0.type != .performanceMonitoring
                || ($0.organisation.flatMap { context.data.organisations[$0] }?.isIn(.icb) ?? false) }
            .map(\.type))
        var missing: [(key: String, text: String)] = []
        if recorded.isDisjoint(with: [.electedMemberEngagement, .nonExecutiveEngagement]) {
            missing.append(("accountability:members",
                            "how council elected members or NHS non-executive directors take part in its decision-making"))
        }
        if !recorded.contains(.healthAndWellbeingBoard) {
            missing.append(("accountability:hwb", "its relationship with the Health and Wellbeing Board"))
        }
        if !recorded.contains(.healthScrutiny) {
            missing.append(("accountability:scrutiny",
                            "its relationship with the local authority's health overview and scrutiny arrangements"))
        }
        let delegated = !ThrivingPlaces.statutoryDelegations(in: place.id, data: context.data, on: day).isEmpty
        if delegated && !recorded.contains(.performanceMonitoring) {
            missing.append(("accountability:performance",
                            "the performance-monitoring role agreed with the ICB for the functions delegated to it"))
        }
        return missing.map { element in
            Concern(about: place, "\(place.name) has no agreed accountability arrangement recording \(element.text); "
                + "national guidance says place-based partnerships should agree these.").about(problems: element.key)
        }
    }

    /// What is wrong with the decision recorded as agreeing a delegation, if anything, and how
    /// much: a decision taken by no recorded body, by the body receiving the delegation
    /// (`recipient`: the body or the role's body), or by a body recorded as deciding for others
    /// than the delegator; an ICB's decision not recorded as under its constitution and scheme of
    /// reservation and delegation; a transfer from an organisation the delegator does not succeed
    /// (for a Section 75 agreement, nor the organisation convening the receiving body) (each an
    /// error). A body with nothing recorded of whom it decides for on the day (no terms
    /// naming its convenors, no organisation it governs) is a gap in the record, not a breach: a
    /// warning.
    static func decisionProblem(_ agreed: DelegationDecision, of delegation: Delegation, to recipient: ID<Body>?,
                                _ context: RuleContext) -> (text: String, severity: Severity)? {
        let data = context.data
        let delegator = ThrivingPlaces.name(of: delegation.delegator, in: data)
        if let from = agreed.transferredFrom {
            // An existing Section 75 agreement carries over to the body the successor of its NHS party
            // convenes (Lewisham §6.7: the ICB's committee "transacts" the council's agreements with the CCG).
            var successors: Set<ID<Organisation>> = [delegation.delegator]
            if delegation.instrument == .section75, let recipient {
                successors.formUnion(data.organisations(actingThrough: recipient, on: agreed.date))
            }
            guard !successors.contains(where: { data.organisations[$0]?.succeeds?.predecessor == from }) else { return nil }
            return ("is recorded as transferred from \(ThrivingPlaces.name(of: from, in: data)), which \(delegator) "
                + "is not recorded as succeeding", .error)
        }
        guard let body = agreed.body else { return ("records a decision by no named body of \(delegator)", .error) }
        let name = data.bodies[body]?.name ?? body.rawValue
        guard body != recipient else { return ("is recorded as agreed by \(name), the body it delegates to", .error) }
        let acting = data.organisations(actingThrough: body, on: agreed.date)
        if !acting.isEmpty && !acting.contains(delegation.delegator) {
            return ("is recorded as agreed by \(name), which does not decide for \(delegator)", .error)
        }
        let isICB = data.organisations[delegation.delegator]?.isIn(.icb) ?? false
        if isICB && (agreed.constitutionReference ?? "").isEmpty {
            return ("is not recorded as agreed under \(delegator)'s constitution and scheme of reservation and "
                + "delegation", .error)
        }
        if acting.isEmpty {
            return ("is recorded as agreed by \(name), but nothing records which organisation that body decides for on "
                + "\(agreed.date.spelledOut); record its terms of reference (who convenes it) or the organisation it "
                + "governs", .warning)
        }
        return nil
    }

    static let agreedDelegations = Rule.perPlace(
        id: "NAT-ACC-3", severity: .error,
        requirement: "From 1 April 2022 a delegation of statutory functions to a place body or person takes effect only "
            + "from a recorded decision of the delegating body agreeing it (for the ICB, under its constitution and "
            + "scheme of reservation and delegation), taken by a body that decides for it, or, for an arrangement "
            + "inherited from the delegator's recorded predecessor, a recorded transfer; no decision is taken under a "
            + "delegated function before the delegation took effect. A deciding body with nothing recorded of whom it "
            + "decides for on the day is a warning (a gap in the record).",
        citations: [Citation(.thrivingPlaces, "§4 \"Agreeing the functions of the place-based partnership\" ¶3")],
        effective: Period(from: ThrivingPlaces.icbsEstablished)
    ) { place, context in
        let day = context.asOf
        return ThrivingPlaces.statutoryDelegations(in: place.id, data: context.data, on: day).flatMap { delegation -> [Concern] in
            let delegator = ThrivingPlaces.name(of: delegation.delegator, in: context.data)
            let body = delegation.toBody ?? delegation.toRole.flatMap { context.data.leadershipRolesByID[$0]?.body }
            var concerns: [Concern] = []
            var takesEffect = delegation.period.start
            if let agreed = delegation.agreedBy {
                if let problem = decisionProblem(agreed, of: delegation, to: body, context) {
                    concerns.append(Concern(about: delegation, "Delegation \(delegation.id) from \(delegator) \(problem.text); "
                        + "the delegating body must be satisfied the partnership can manage the functions and agree the "
                        + "delegation.", place: place.id, body: body).about(problems: "delegation:decision")
                        .reported(as: problem.severity))
                }
                if !agreed.isTransfer {
                    if let start = delegation.period.start, start < agreed.date {
                        concerns.append(Concern(about: delegation, "Delegation \(delegation.id) from \(delegator) starts on "
                            + "\(start.spelledOut), before the decision that agreed it on \(agreed.date.spelledOut); a "
                            + "delegation takes effect only once the delegating body has agreed it.",
                            place: place.id, body: body).about(problems: "delegation:early"))
                    }
                    takesEffect = max(takesEffect ?? agreed.date, agreed.date)
                }
            } else {
                concerns.append(Concern(about: delegation, "Delegation \(delegation.id) from \(delegator) records no "
                    + "decision of \(delegator) agreeing it (nor a recorded transfer from a predecessor); the delegating "
                    + "body must be satisfied the partnership can manage the functions and agree the delegation.",
                    place: place.id, body: body).about(problems: "delegation:decision"))
            }
            guard let takesEffect else { return concerns }
            for exercised in context.data.decisions(exercising: delegation.id) {
                let meeting = exercised.meeting, decision = exercised.decision
                guard meeting.date < takesEffect && meeting.date <= day && context.isInEffect(meeting.date) else { continue }
                let subject = Subject(kind: .decision, id: decision.id, name: decision.summary)
                concerns.append(Concern(subject, "The decision “\(decision.summary)” of \(meeting.date.spelledOut) "
                    + "exercises functions delegated by \(delegator) (delegation \(delegation.id)) before the "
                    + "delegation took effect on \(takesEffect.spelledOut).", place: place.id, body: meeting.body))
            }
            return concerns
        }
    }
}
