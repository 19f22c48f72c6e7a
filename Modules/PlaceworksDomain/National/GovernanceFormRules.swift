/// NAT-GOV-1, NAT-GOV-2, NAT-GOV-3: the governance forms of thriving-places Table 2, and how a
/// committee of a statutory body or a joint committee is convened.
extension NationalRules {
    static var governanceForms: [Rule] { [oneForm, committeeOfStatutoryBody, jointCommittee] }

    /// Each place body operating on the day, with the terms of reference in force, where its form is `form`.
    static func bodies(of form: GovernanceForm, _ context: RuleContext) -> [(Body, TermsOfReference)] {
        context.places.flatMap { place in
            context.data.operatingBodies(in: place.id, on: context.asOf).compactMap { body in
                guard let terms = body.terms(on: context.asOf), terms.form == form else { return nil }
                return (body, terms)
            }
        }
    }

    /// Table 2's five forms as the requirement and the findings list them.
    static let tableTwoForms = ThrivingPlaces.list(GovernanceForm.tableTwo.map(\.label), "or")

    static let oneForm = Rule.perPlace(
        id: "NAT-GOV-1", severity: .warning,
        requirement: "Every decision-making body of a place's partnership records its governance form, one of the "
            + "approaches that \"could be established\" to support place-based partnerships to make decisions: "
            + "\(tableTwoForms) (the forms are not mutually exclusive). A statutory body's own board or executive "
            + "(one that governs an organisation) is not one of those arrangements. Recording the form is the "
            + "platform's reading: Table 2 describes the forms and sets no duty to record one.",
        citations: [Citation(.thrivingPlaces, "§4 \"Governance and decision-making arrangements\", Table 2")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { place, context in
        // Table 2 is about the arrangements "to support place-based partnerships to make decisions":
        // a body that governs an organisation (a trust's board, the council's Mayor and Cabinet)
        // decides for that organisation under its own constitution, not as one of them.
        context.data.decisionMakingBodies(in: place.id, on: context.asOf).filter { $0.governs == nil }.compactMap { body -> Concern? in
            let concern: Concern
            if let terms = body.terms(on: context.asOf) {
                guard terms.form == nil else { return nil }
                concern = Concern(about: body, "\(body.name) takes decisions but its terms of reference (version "
                    + "\(terms.version)) do not state its governance form; record one of: \(tableTwoForms).")
            } else {
                concern = Concern(about: body, "\(body.name) takes decisions but has no terms of reference in "
                    + "force; adopt terms that state its governance form (\(tableTwoForms)).")
            }
            // A shipped body whose form, or whose taking decisions, an extension assumed (the paper says
            // neither): the finding says it turns on that — not on other assumptions about the body,
            // such as the day it was founded.
            return context.restingOnAssumptions(concern, on: [body], relevant: {
                $0.hasPrefix(Provenance.Topic.governanceForm) || $0.hasPrefix(Provenance.Topic.decisionMaking)
            })
        }
    }

    // Table 2 describes the forms "that could be established" and what each is, with no "must" or
    // "will": NAT-GOV-2 and NAT-GOV-3 are warnings. NAT-GOV-2's findings name their problems
    // (`convenor`, `convenor:not-statutory`, `non-statutory-participation`), so a rule that refines it
    // for one committee (SWK-GOV-1's convenor) replaces only that problem.
    static let committeeOfStatutoryBody = Rule(
        id: "NAT-GOV-2", severity: .warning,
        requirement: "A committee of a statutory body has its terms of reference and scope set by that statutory "
            + "body, and non-statutory providers take part only where that body has recorded it considers this "
            + "appropriate.",
        citations: [Citation(.thrivingPlaces, "Table 2 \"Committee of a statutory body\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { context in
        bodies(of: .committeeOfStatutoryBody, context).flatMap { body, terms -> [Concern] in
            var concerns: [Concern] = []
            if terms.convenedBy.isEmpty {
                concerns.append(Concern(about: body, "\(body.name) is recorded as a committee of a statutory body, "
                    + "but its terms of reference (version \(terms.version)) name no statutory body that set them; "
                    + "record the convening body (e.g. the ICB or the council).").about(problems: "convenor"))
            }
            let notStatutory = terms.convenedBy.filter { !ThrivingPlaces.isStatutory($0, in: context.data) }
            if !notStatutory.isEmpty {
                let names = ThrivingPlaces.list(notStatutory.map { ThrivingPlaces.name(of: $0, in: context.data) })
                concerns.append(Concern(about: body, "\(body.name) is recorded as a committee of a statutory body, "
                    + "but is convened by \(names), which is not a statutory body; only a statutory body can set "
                    + "the terms of reference and scope of its committee.").about(problems: "convenor:not-statutory"))
            }
            // Table 2 does not say that only the convening body delegates to its committee: Lewisham §6.7
            // expects the ICB's committee to transact the council's existing Section 75 agreements.
            if let concern = ThrivingPlaces.unapprovedNonStatutoryParticipation(
                of: body, terms: terms, form: "a committee of a statutory body", in: context.data, on: context.asOf) {
                concerns.append(concern.about(problems: "non-statutory-participation"))
            }
            return concerns
        }
    }

    static let jointCommittee = Rule(
        id: "NAT-GOV-3", severity: .warning,
        requirement: "A joint committee is convened by two or more statutory bodies, which can delegate "
            + "functions to it under their schemes of delegation; non-statutory providers take part only where "
            + "the convening bodies have recorded they consider this appropriate.",
        citations: [Citation(.thrivingPlaces, "Table 2 \"Joint committee\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { context in
        bodies(of: .jointCommittee, context).flatMap { body, terms -> [Concern] in
            var concerns: [Concern] = []
            let statutory = Set(terms.convenedBy.filter { ThrivingPlaces.isStatutory($0, in: context.data) })
            if statutory.count < 2 {
                let names = statutory.map { ThrivingPlaces.name(of: $0, in: context.data) }.sorted()
                let by = names.isEmpty ? "by no statutory body" : "only by \(ThrivingPlaces.list(names))"
                concerns.append(Concern(about: body, "\(body.name) is recorded as a joint committee but is convened "
                    + "\(by); a joint committee is established between two or more statutory bodies (ICB, "
                    + "local authorities, statutory NHS providers, NHS England)."))
            }
            guard let place = body.place else { return concerns }
            for delegation in ThrivingPlaces.delegations(to: body, in: place, data: context.data, on: context.asOf)
            where !terms.convenedBy.contains(delegation.delegator) {
                let name = ThrivingPlaces.name(of: delegation.delegator, in: context.data)
                concerns.append(Concern(about: body, "\(name) delegates functions to the joint committee \(body.name) "
                    + "(delegation \(delegation.id)) but is not one of the bodies that convene it; record it as a "
                    + "convening body in the terms of reference, or delegate through a body that is."))
            }
            if let concern = ThrivingPlaces.unapprovedNonStatutoryParticipation(
                of: body, terms: terms, form: "a joint committee", in: context.data, on: context.asOf) {
                concerns.append(concern)
            }
            return concerns
        }
    }
}
