import PlaceworksDomain

extension LewishamRules {
    /// The panel stakeholders §7.2's "stakeholder involvement" asks for, one of which must sit.
    static let stakeholders: Set<Stakeholder> = [.healthwatch, .voluntarySector, .serviceUser]

    /// LEW-LEAD-3: (a) the Executive Place Lead is drawn from the partnership — the appointee's
    /// employer at appointment holds an LCP Board seat or convenes the Board, or an external stage
    /// followed an internal stage that did not appoint — and partners and stakeholders sit on the
    /// panel (error: "will be drawn", "key elements will be"); (b) the shadow appointee is in post
    /// before 1 April 2022 (warning: a slipped date). The appointment decision's date is LEW-PLAN-1.
    /// The partnership is read from the Board's first terms and seats (1 April 2022) when the
    /// appointment comes before them: "employer at appointment", judged against the partnership
    /// being formed. (b) is judged on the recorded appointment: a vacant role, or an appointment dated
    /// from April that is not substantive. A substantive appointment replaces the record of the
    /// shadow one before it, so a later holder is not read as the shadow appointment having slipped. It refines SEL-LCP-2: an employer
    /// outside the partnership is reported once, in §7.1's words (`lead:employer`).
    static var executivePlaceLeadRecruitment: Rule {
        Rule(
            id: "LEW-LEAD-3", severity: .error,
            requirement: "The Executive Place Lead is drawn from the partnership (the appointee's employer holds an LCP "
                + "Board seat or convenes it, or external recruitment followed an internal stage that did not appoint), "
                + "with partner and stakeholder involvement (the panel includes partner organisations and Healthwatch, "
                + "the VCSE sector or a service user); the shadow appointee is in post before 1 April 2022 (warning).",
            citations: [paper("§7.1"), paper("§7.2")],
            refines: ["SEL-LCP-2"],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            let day = context.asOf, data = context.data
            return context.places.flatMap { place -> [Concern] in
                guard let role = data.leadershipRolesByID[LewishamData.executivePlaceLead], role.place == place.id else {
                    return []
                }
                var concerns: [Concern] = []
                let recruitments = data.recruitments(in: place.id).filter { $0.role == role.id }
                    .filter { ($0.opens ?? day) <= day }
                let appointed = role.appointment?.date.map { $0 <= day } ?? false
                let atAppointment = max(role.appointment?.date.flatMap { $0 <= day ? $0 : nil } ?? day,
                                        LewishamData.established)
                let partners = data.partnerOrganisations(of: LewishamData.lcpBoard, on: atAppointment)
                if let holder = role.holder, appointed {
                    let employer = role.employer
                    let fromPartnership = employer.map(partners.contains) ?? false
                    let externalAfterInternal = recruitments.contains { recruitment in
                        recruitment.stages.contains { external in
                            external.scope == .external && recruitment.stages.contains { earlier in
                                earlier.scope == .internal && earlier.outcome == .notAppointed
                                    && isOnOrBefore(earlier.closes, external.opens)
                            }
                        }
                    }
                    if !fromPartnership && !externalAfterInternal {
                        let name = data.people[holder]?.displayName ?? holder.rawValue
                        let at = employer.map { "employed by \(data.name(of: $0))" }
                            ?? "with no employer recorded"
                        concerns.append(Concern(about: role, "\(name) was appointed \(role.title) \(at), which neither "
                            + "holds a seat on nor convenes the LCP Board, and no external stage is recorded after an "
                            + "internal stage that did not appoint; §7.1 says the leader will be drawn from the "
                            + "partnership, with external recruitment to follow if needed.", place: place.id)
                            .about(problems: "lead:employer"))
                    }
                }
                if recruitments.isEmpty && appointed {
                    concerns.append(Concern(about: role, "No recruitment (panel) is recorded for the \(role.title); "
                        + "§7.2 says partner and stakeholder involvement will be key elements.", place: place.id))
                } else if !recruitments.isEmpty {
                    let panel = recruitments.flatMap(\.panel)
                    let hasPartner = panel.contains { member in
                        (member.organisation.map(partners.contains) ?? false) || member.stakeholder == .partner
                    }
                    let hasStakeholder = panel.contains { $0.stakeholder.map(stakeholders.contains) ?? false }
                    if !hasPartner || !hasStakeholder {
                        let missing = [hasPartner ? nil : "partner organisations",
                                       hasStakeholder ? nil : "Healthwatch, the VCSE sector or a service user"].compactMap { $0 }
                        concerns.append(Concern(about: role, "The recruitment of the \(role.title) records no panel "
                            + "member from \(missing.joined(separator: " or from ")); §7.2 says partner and stakeholder "
                            + "involvement will be key elements.", place: place.id))
                    }
                }
                let lateShadow = appointed && role.appointment?.status != .substantive
                    && (role.appointment?.date.map { $0 > LewishamData.nextStepsDue } ?? false)
                if day >= LewishamData.established && (role.holder == nil || !appointed || lateShadow) {
                    concerns.append(Concern(about: role, "No \(role.title) is recorded in post (shadow or otherwise) "
                        + "before 1 April 2022; §7.2 asked for recruitment to conclude in time for a shadow appointment "
                        + "to be in place before April.", place: place.id).reported(as: .warning))
                }
                return concerns
            }
        }
    }

    /// Whether both days are recorded and the first is not after the second.
    private static func isOnOrBefore(_ first: Day?, _ second: Day?) -> Bool {
        guard let first, let second else { return false }
        return first <= second
    }
}
