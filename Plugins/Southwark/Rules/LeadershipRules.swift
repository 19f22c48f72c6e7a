import PlaceworksDomain

/// SWK-GOV-3, -4: how the PSSB Chair and the Partnership Southwark Director are appointed.
enum LeadershipRules {
    static let chair = Rule(
        id: "SWK-GOV-3", severity: .error,
        requirement: "The Chair of the Partnership Southwark Strategic Board should be recruited through an open expressions-of-interest process open to senior leaders across the Partnership (a warning), and will be appointed by a recruitment panel of partner and community or service-user representatives (an error).",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals contd., B.IV")],
        effective: Period(from: SouthwarkData.strategicBoardShadow)
    ) { context in
        context.placeCommittees().flatMap { place, committee -> [Concern] in
            // A committee with no Chair at all is reported by SEL-LCP-6.
            let chairs = context.data.leadershipRoles(in: place.id, on: context.asOf)
                .filter { $0.role == .chair && $0.body == committee.id }
            return chairs.flatMap { chair -> [Concern] in
                func concern(_ problems: [String], _ requirement: String) -> Concern {
                    Concern(about: chair, "The \(chair.title): \(spoken(problems)). \(requirement)",
                            place: place.id, body: committee.id)
                }
                guard let appointment = chair.appointment else {
                    return [concern(["no appointment process is recorded"],
                        "The Chair will be appointed by a recruitment panel of partner and community/service-user representatives.")]
                }
                var process: [String] = [], panel: [String] = []
                if appointment.process != .openExpressionsOfInterest {
                    process.append("it is filled by \(appointment.process.described) rather than an open expressions-of-interest process")
                }
                // B.IV: "open to senior leaders from across the Partnership".
                let openTo = (appointment.openTo ?? "").lowercased()
                if !openTo.contains("across the partnership") && !openTo.contains("senior leaders") {
                    process.append("the process is not recorded as open to senior leaders across the Partnership")
                }
                if !context.mentions(appointment.panel, "partner") {
                    panel.append("the panel has no partner representatives")
                }
                if !context.mentions(appointment.panel, "community") && !context.mentions(appointment.panel, "service user")
                    && !context.mentions(appointment.panel, "service-user") {
                    panel.append("the panel has no community or service-user representatives")
                }
                var concerns: [Concern] = []
                if !process.isEmpty {
                    concerns.append(concern(process,
                        "The Chair should be recruited through an open expressions-of-interest process open to senior leaders across the Partnership.")
                        .reported(as: .warning))
                }
                if !panel.isEmpty {
                    concerns.append(concern(panel,
                        "The Chair will be appointed by a recruitment panel of partner and community/service-user representatives."))
                }
                return concerns
            }
        }
    }

    static let director = Rule(
        id: "SWK-GOV-4", severity: .error,
        requirement: "The Partnership Southwark Director is selected with all partners fully involved (the platform's reading: the selection panel records partner representatives), including a stakeholder panel (an error); recruitment should be open first to executive-level staff of the partners on secondment (a warning); and the Director is employed by the ICB or by their sovereign body, provided it is an LCP partner.",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals, 2.A, I–II"),
                    Citation(.southwarkLCP, "South East London Integrated Care System - Local Care Partnerships")],
        effective: Period(from: SouthwarkData.optionsCanvassed)
    ) { context in
        // A place with no Executive Place Lead is reported by SEL-LCP-2.
        context.places.flatMap { place -> [Concern] in
            context.data.leadershipRoles(in: place.id, on: context.asOf)
                .filter { $0.role == .executivePlaceLead }
                .flatMap { role -> [Concern] in
                    func concern(_ text: String) -> Concern { Concern(about: role, text, place: place.id, body: role.body) }
                    var concerns: [Concern] = []
                    if role.holder != nil && role.employer == nil {
                        concerns.append(concern(
                            "The \(role.title) has no employer recorded; the Director is employed by the ICB or by their sovereign body, provided it is an LCP partner. Record the employer."))
                    }
                    if let employer = role.employer, !isPartner(employer, of: place, context: context) {
                        let name = context.data.name(of: employer)
                        concerns.append(concern(
                            "The \(role.title) is employed by \(name), which is neither the ICB nor a partner of the \(place.name) Local Care Partnership; the Director is employed by the ICB or by their sovereign body, provided it is an LCP partner."))
                    }
                    guard let appointment = role.appointment else {
                        concerns.append(concern(
                            "The \(role.title) has no recruitment process recorded; all partners are to be fully involved in selecting the Director, including a stakeholder panel."))
                        return concerns
                    }
                    var selection: [String] = []
                    if !context.mentions(appointment.panel, "partner") { selection.append("not all partners are recorded as involved in the selection") }
                    if !context.mentions(appointment.panel, "stakeholder") { selection.append("the selection has no stakeholder panel") }
                    if !selection.isEmpty {
                        concerns.append(concern(
                            "The \(role.title): \(spoken(selection)). All partners will be fully involved in selecting the Director, including a stakeholder panel."))
                    }
                    let openProcesses: [AppointmentProcess] = [.jointRecruitment, .secondment, .openExpressionsOfInterest]
                    if !openProcesses.contains(appointment.process) || (appointment.openTo ?? "").isEmpty {
                        concerns.append(concern(
                            "The \(role.title) is filled by \(appointment.process.described)\((appointment.openTo ?? "").isEmpty ? ", open to no one recorded" : ""); recruitment should be open and transparent, open first to executive-level staff of the partners on secondment, and externally if required.")
                            .reported(as: .warning))
                    }
                    return concerns
                }
        }
    }

    /// Whether `organisation` may employ the Director: the ICB of the place's ICS (the organisation
    /// whose ODS code is the ICS's), or a sovereign body that is a partner of the place's LCP (named on a
    /// seat or membership of its committee). Being based in the place, or being a CCG, a PCT or another
    /// system's ICB, does not make an organisation either.
    static func isPartner(_ organisation: ID<Organisation>, of place: Place, context: RuleContext) -> Bool {
        guard let record = context.data.organisations[organisation] else { return false }
        if let ics = place.ics, let code = context.data.systems[ics]?.odsCode, record.odsCode == code { return true }
        guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else { return false }
        return context.data.members(of: committee.id, on: context.asOf).contains { seat, membership in
            seat.organisation == organisation || membership?.onBehalfOf == organisation
        }
    }
}

extension AppointmentProcess {
    /// How a board secretary describes the process, e.g. "joint recruitment".
    var described: String {
        switch self {
        case .openExpressionsOfInterest: "open expressions of interest"
        case .jointRecruitment: "joint recruitment"
        case .singleOrganisation: "one organisation's own appointment"
        case .fromMembership: "appointment from the committee's membership"
        case .secondment: "secondment"
        case .other: "another process"
        }
    }
}
