import PlaceworksDomain

/// SEL-LCP-1 to SEL-LCP-3: the ICB's delegation to each place, the Executive Place Lead who holds
/// it, and the committee through which it is discharged.
extension SouthEastLondonRules {
    static var localCarePartnershipDelegation: [Rule] { [lcpDelegation, lcpExecutivePlaceLead, lcpCommitteeForm] }

    /// The non-acute services the ICB delegates to each place (southwark-lcp… "Local Care Partnerships").
    static let nonAcuteFunctions: [(function: DelegatedFunction, label: String)] = [
        (.primaryCare, "primary care"),
        (.communityPhysicalHealth, "community physical health services"),
        (.communityMentalHealth, "community mental health services"),
        (.prescribing, "prescribing"),
        (.continuingHealthcare, "continuing healthcare"),
        (.clientGroups, "client groups"),
    ]

    /// SEL-LCP-1: the ICB delegates the non-acute services to the place's Executive Place Lead.
    static var lcpDelegation: Rule {
        Rule.perPlace(id: "SEL-LCP-1", severity: .error,
             requirement: "The ICB delegates the budget, planning and delivery of non-acute services (primary care, "
                + "community physical and mental health services, prescribing, continuing healthcare, client groups) "
                + "to the place's Executive Place Lead.",
             citations: [Citation(.southwarkLCP, "\"South East London Integrated Care System - Local Care Partnerships\"")],
             effective: Period(from: SouthEastLondonData.icsEstablished)) { place, context in
            // Checked whether or not the place has an LCP committee: the delegation is to the post.
            let committee = context.data.placeCommittee(of: place.id, on: context.asOf)
            let delegations = context.data.delegations(in: place.id, on: context.asOf).filter { delegation in
                context.isICB(delegation.delegator)
                    && delegation.toRole.flatMap({ context.data.leadershipRolesByID[$0] })?.role == .executivePlaceLead
            }.sorted { $0.id < $1.id }
            guard let first = delegations.first else {
                return [Concern(place.subject, "The ICB has delegated no functions to \(place.name)'s Executive "
                    + "Place Lead; record the ICB's delegation of the budget, planning and delivery of non-acute "
                    + "services (\(listed(nonAcuteFunctions.map(\.label)))) to that post.",
                    place: place.id, body: committee?.id)]
            }
            let covered = Set(delegations.flatMap(\.functions))
            let missing = nonAcuteFunctions.filter { !covered.contains($0.function) }.map(\.label)
            // A place's delegated functions may be the extension's reading of what the ICB delegates.
            guard !missing.isEmpty else {
                return context.passesOnAssumptions(delegations, about: place, body: committee?.id,
                                                   unchanged: { $0.functions == $1.functions })
            }
            return [Concern(about: first, "The ICB's delegation to \(place.name)'s Executive Place Lead does not "
                + "cover \(listed(missing)); SEL agreed the ICB delegates all non-acute services to the place.",
                place: place.id, body: committee?.id)]
        }
    }

    /// SEL-LCP-2: one Executive Place Lead per place, employed by the ICB or a statutory LCP partner.
    static var lcpExecutivePlaceLead: Rule {
        Rule.perPlace(id: "SEL-LCP-2", severity: .error,
             requirement: "Each place has one Executive Place Lead (the Local Care Partnership Director), employed by "
                + "the ICB or by their sovereign body, provided it is an LCP partner.",
             citations: [Citation(.southwarkLCP, "\"South East London Integrated Care System - Local Care Partnerships\""),
                         Citation(.lewishamLCP, "§7.1")],
             effective: Period(from: SouthEastLondonData.icsEstablished)) { place, context in
            // Checked whether or not the place has an LCP committee: every SEL place has a lead.
            let committee = context.data.placeCommittee(of: place.id, on: context.asOf)
            let leads = context.data.leadershipRoles(in: place.id, on: context.asOf)
                .filter { $0.role == .executivePlaceLead }.sorted { $0.id < $1.id }
            if leads.isEmpty {
                return [Concern(place.subject, "\(place.name) has no Executive Place Lead (Local Care Partnership "
                    + "Director); appoint one to convene the partnership and hold the ICB's delegation.",
                    place: place.id, body: committee?.id)]
            }
            var concerns: [Concern] = []
            if leads.count > 1 {
                concerns.append(Concern(place.subject, "\(place.name) has \(leads.count) Executive Place Lead "
                    + "roles (\(listed(leads.map(\.title)))); each SEL place has exactly one.",
                    place: place.id, body: committee?.id))
            }
            let lcpPartners = committee.map { partners(of: $0, context) } ?? []
            for lead in leads {
                if lead.holder == nil {
                    concerns.append(Concern(about: lead, "The \(lead.title) post for \(place.name) is vacant; "
                        + "the place needs an Executive Place Lead in post.", place: place.id, body: committee?.id)
                        .about(problems: "lead:vacant"))
                }
                guard let employer = lead.employer else {
                    concerns.append(Concern(about: lead, "The \(lead.title) for \(place.name) has no employer "
                        + "recorded; the post is employed by the ICB or by a sovereign body that is an LCP partner.",
                        place: place.id, body: committee?.id).about(problems: "lead:employer"))
                    continue
                }
                // With no LCP committee there are no partners to read; SEL-LCP-3 reports the committee.
                if let committee, !context.isICB(employer) && !lcpPartners.contains(employer) {
                    concerns.append(Concern(about: lead, "The \(lead.title) for \(place.name) is employed by "
                        + "\(context.data.name(of: employer)), which is neither the ICB nor a partner of the "
                        + "\(committee.name); the post is employed by the ICB or by a sovereign body that is an LCP partner.",
                        place: place.id, body: committee.id).about(problems: "lead:employer"))
                }
            }
            return concerns
        }
    }

    /// The organisations that are partners of the place's LCP — statutory or not, since the slide
    /// allows employment by "their sovereign body (provided they are an LCP partner)": those convening
    /// its committee and those its committee's seats speak for.
    static func partners(of committee: Body, _ context: RuleContext) -> Set<ID<Organisation>> {
        context.data.partnerOrganisations(of: committee.id, on: context.asOf)
    }

    /// SEL-LCP-3: delegated functions are discharged through a committee of the ICB or a joint committee.
    static var lcpCommitteeForm: Rule {
        Rule(id: "SEL-LCP-3", severity: .error,
             requirement: "Delegated functions are discharged through a committee of the ICB or a joint committee of "
                + "the ICB and the local authority or statutory providers; a consultative forum (option 1) and a lead "
                + "provider (option 5) are discounted in SEL.",
             citations: [Citation(.southwarkLCP, "\"National guidance for place-based arrangements\""),
                         Citation(.lewishamLCP, "§6.6")],
             refines: ["NAT-GOV-1"],
             effective: Period(from: SouthEastLondonData.icsEstablished)) { context in
            context.places.flatMap { place -> [Concern] in
                guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else {
                    guard context.icbInPlace else { return [] }
                    if context.data.operatingBodies(in: place.id, on: context.asOf).isEmpty {
                        return [Concern(about: place, "\(place.name) has no Local Care Partnership committee recorded "
                            + "from \(SouthEastLondonData.icsEstablished.spelledOut); the ICB's delegated functions "
                            + "are discharged through one (a committee of the ICB, or a joint committee of the ICB and "
                            + "the council or statutory providers).").about(problems: "lcp-committee")]
                    }
                    return [Concern(about: place, "\(place.name) has partnership bodies but none is recorded as the "
                        + "LCP committee that discharges its delegated functions; record which body it is (a committee "
                        + "of the ICB, or a joint committee of the ICB and the council or statutory providers).")
                        .about(problems: "lcp-committee")]
                }
                // No terms in force: SEL-LCP-7 reports it. Terms that state no form: reported here at
                // error ("will be discharged through a committee" of the ICB or a joint committee), in
                // place of NAT-GOV-1's warning, which this rule refines.
                guard let terms = committee.terms(on: context.asOf) else { return [] }
                guard let form = terms.form else {
                    return [Concern(about: committee, "The terms of reference of the \(committee.name) (version "
                        + "\(terms.version)) record no governance form; in SEL delegated functions are discharged "
                        + "through a committee of the ICB or a joint committee of the ICB and the council or statutory "
                        + "providers: record which it is.").about(problems: "form")]
                }
                switch form {
                case .consultativeForum, .leadProvider:
                    return [Concern(about: committee, "The \(committee.name) is constituted as a \(form.label), an "
                        + "option the SEL ICS has discounted; delegated functions are discharged through a committee "
                        + "of the ICB or a joint committee of the ICB and the council or statutory providers.")
                        .about(problems: "form")]
                case .individualExecutive:
                    return [Concern(about: committee, "The \(committee.name) is constituted as an individual "
                        + "executive arrangement; in SEL delegated functions are discharged through a committee of the "
                        + "ICB or a joint committee of the ICB and the council or statutory providers.")
                        .about(problems: "form")]
                // Committees in common include the ICB's own committee, exercising its functions.
                case .committeeOfStatutoryBody, .jointCommittee, .committeesInCommon:
                    return []
                }
            }
        }
    }
}
