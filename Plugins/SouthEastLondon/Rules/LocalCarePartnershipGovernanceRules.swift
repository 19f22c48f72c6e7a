import PlaceworksDomain

/// SEL-LCP-6 and SEL-LCP-7: the LCP committee's Chair, and whom it answers to.
extension SouthEastLondonRules {
    static var localCarePartnershipGovernance: [Rule] { [lcpChair, lcpReporting] }

    /// SEL-LCP-6: the committee has a Chair agreed by the borough partnership.
    static var lcpChair: Rule {
        Rule.perPlaceCommittee(
            id: "SEL-LCP-6", severity: .warning,
            requirement: "The LCP committee has a Chair agreed by the borough partnership, responsible for its "
                + "effective running.",
            citations: [Citation(.southwarkLCP, "\"South East London Integrated Care System - Local Care Partnerships\""),
                        Citation(.lewishamLCP, "§6.2")],
            effective: Period(from: SouthEastLondonData.icsEstablished)
        ) { _, committee, context in
            let chairs = context.data.dataset.leadershipRoles.filter {
                $0.role == .chair && $0.body == committee.id && $0.holds(on: context.asOf)
            }
            if chairs.isEmpty {
                return [Concern(about: committee, "The \(committee.name) has no Chair; the borough partnership "
                    + "should agree a Chair responsible for the effective running of the committee.")]
            }
            if chairs.allSatisfy({ $0.holder == nil }) {
                return [Concern(about: committee, "The Chair of the \(committee.name) is vacant; the borough "
                    + "partnership should agree who chairs the committee.")]
            }
            // "Agreed by the borough partnership": the appointment was decided, or approved, by a body
            // of the place.
            let held = chairs.filter { $0.holder != nil }
            guard !held.contains(where: { agreedInPlace($0, place: committee.place, context) }) else { return [] }
            return [Concern(about: committee, "The Chair of the \(committee.name) is not recorded as agreed by the "
                + "borough partnership; record the partnership body that agreed the appointment (or its approval).")]
        }
    }

    /// Whether a body of `place` decided the appointment to `role`, or approved it.
    static func agreedInPlace(_ role: LeadershipRole, place: ID<Place>?, _ context: RuleContext) -> Bool {
        let inPlace = { (body: ID<Body>?) in body.flatMap { context.data.bodies[$0] }?.place == place && place != nil }
        return inPlace(role.appointment?.decidedBy)
            || context.data.approvals(of: role.id).contains { inPlace($0.approvedBy) }
    }

    /// SEL-LCP-7: the committee reports into the Health and Wellbeing Board, and the ICB convenes it.
    ///
    /// A Health and Wellbeing Board is recognised as a body of the same place named "… Health and
    /// Wellbeing Board", or a board of the same place convened by the council (a local-authority organisation) under its
    /// terms in force. Any reporting line counts (reports to, sub-committee of, committee of, advises).
    ///
    /// A warning throughout: the slide leaves local reporting "for local determination; provided the
    /// prime relationship in governance terms for NHS funds and responsibilities is with the ICB" — a
    /// condition, with no "must" or "will" — and Lewisham §6.2 says the LCP "is expected to continue to
    /// report into the Health and Wellbeing Board".
    ///
    /// Its findings name their problems (`hwb-line`, `convenor`; terms missing altogether, both), so a
    /// borough rule that reports the same problem in its paper's words (SWK-GOV-1) replaces only that one.
    /// It refines NAT-GOV-2 in the same way: a place committee whose terms name no convenor is reported
    /// once, here, in SEL's words; NAT-GOV-2's other problems about it stay.
    static var lcpReporting: Rule {
        Rule.perPlaceCommittee(id: "SEL-LCP-7", severity: .warning,
             requirement: "The prime governance relationship for NHS funds stays with the ICB (the LCP committee is "
                + "a committee of the ICB or a joint committee the ICB convenes); the committee is expected to report "
                + "into the Health and Wellbeing Board (local reporting is for local determination).",
             citations: [Citation(.southwarkLCP, "\"South East London Integrated Care System - Local Care Partnerships\""),
                         Citation(.lewishamLCP, "§6.2")],
             refines: ["NAT-GOV-2"],
             effective: Period(from: SouthEastLondonData.icsEstablished)) { place, committee, context in
            guard let terms = committee.terms(on: context.asOf) else {
                return [Concern(about: committee, "The \(committee.name) has no terms of reference in force, so "
                    + "nothing shows that it reports into the Health and Wellbeing Board or that the ICB convenes it; "
                    + "record its terms of reference.").about(problems: "hwb-line", "convenor")]
            }
            var concerns: [Concern] = []
            let reportsToBoard = terms.reportsTo.contains { line in
                context.data.bodies[line.to].map { isHealthAndWellbeingBoard($0, of: place, context) } ?? false
            }
            if !reportsToBoard {
                concerns.append(Concern(about: committee, "The \(committee.name) has no reporting line to the "
                    + "\(place.name) Health and Wellbeing Board in its terms of reference (version \(terms.version)); "
                    + "the LCP is expected to report into the Health and Wellbeing Board (Lewisham §6.2), though "
                    + "local reporting is for local determination.").about(problems: "hwb-line"))
            }
            // A form SEL discounted is reported once, by SEL-LCP-3, which names it.
            let discounted: Set<GovernanceForm> = [.consultativeForum, .leadProvider, .individualExecutive]
            if !terms.convenedBy.contains(where: context.isICB), !(terms.form.map(discounted.contains) ?? false) {
                concerns.append(Concern(about: committee, "The \(committee.name) is not convened by the ICB under "
                    + "its terms of reference (version \(terms.version)); the prime governance relationship for NHS "
                    + "funds stays with the ICB, so the committee is a committee of the ICB or a joint committee it convenes.")
                    .about(problems: "convenor"))
            }
            return concerns
        }
    }

    /// Whether `body` is the Health and Wellbeing Board of `place` (see ``lcpReporting``).
    static func isHealthAndWellbeingBoard(_ body: Body, of place: Place, _ context: RuleContext) -> Bool {
        // The place's own board: a neighbouring borough's Health and Wellbeing Board does not count.
        guard body.place == place.id else { return false }
        if body.name.lowercased().contains("health and wellbeing board") { return true }
        guard body.kind == .board else { return false }
        return body.terms(on: context.asOf)?.convenedBy.contains {
            context.data.organisations[$0]?.isIn(.localAuthority) ?? false
        } ?? false
    }
}
