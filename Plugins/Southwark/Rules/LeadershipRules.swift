import PlaceworksDomain

/// SWK-GOV-3, -4: how the PSSB Chair and the Partnership Southwark Director are appointed.
enum LeadershipRules {
    static let chair = Rule(
        id: "SWK-GOV-3", severity: .error,
        requirement: "The Chair of the Partnership Southwark Strategic Board is recruited through an open expressions-of-interest process open to senior leaders across the Partnership, by a panel of partner and community or service-user representatives.",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals contd., B.IV")]
    ) { context in
        context.placeCommittees().flatMap { place, committee -> [Concern] in
            // A committee with no Chair at all is reported by SEL-LCP-6.
            let chairs = context.data.leadershipRoles(in: place.id, on: context.asOf)
                .filter { $0.role == .chair && $0.body == committee.id }
            return chairs.compactMap { chair -> Concern? in
                var problems: [String] = []
                if let appointment = chair.appointment {
                    if appointment.process != .openExpressionsOfInterest {
                        problems.append("it is filled by \(appointment.process.described) rather than an open expressions-of-interest process")
                    }
                    if (appointment.openTo ?? "").isEmpty {
                        problems.append("the process is not recorded as open to senior leaders across the Partnership")
                    }
                    if !context.mentions(appointment.panel, "partner") {
                        problems.append("the panel has no partner representatives")
                    }
                    if !context.mentions(appointment.panel, "community") && !context.mentions(appointment.panel, "service user")
                        && !context.mentions(appointment.panel, "service-user") {
                        problems.append("the panel has no community or service-user representatives")
                    }
                } else {
                    problems.append("no appointment process is recorded")
                }
                guard !problems.isEmpty else { return nil }
                return Concern(about: chair,
                    "The \(chair.title): \(spoken(problems)). The Chair is recruited through open expressions of interest by a panel of partner and community/service-user representatives.",
                    place: place.id, body: committee.id)
            }
        }
    }

    static let director = Rule(
        id: "SWK-GOV-4", severity: .error,
        requirement: "The Partnership Southwark Director is an ICB appointment made by joint recruitment with all partners involved, including a stakeholder panel.",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals, 2.A, I–II")]
    ) { context in
        // A place with no Executive Place Lead is reported by SEL-LCP-2.
        context.places.flatMap { place -> [Concern] in
            context.data.leadershipRoles(in: place.id, on: context.asOf)
                .filter { $0.role == .executivePlaceLead }
                .compactMap { role -> Concern? in
                    var problems: [String] = []
                    if !(role.employer.flatMap { context.data.organisations[$0] }?.isIn(.icb) ?? false) {
                        problems.append("the post is not recorded as an ICB appointment")
                    }
                    if let appointment = role.appointment {
                        if appointment.process != .jointRecruitment {
                            problems.append("it is filled by \(appointment.process.described) rather than joint recruitment with all partners")
                        }
                        if !context.mentions(appointment.panel, "stakeholder") {
                            problems.append("the selection has no stakeholder panel")
                        }
                    } else {
                        problems.append("no recruitment process is recorded")
                    }
                    guard !problems.isEmpty else { return nil }
                    return Concern(about: role,
                        "The \(role.title): \(spoken(problems)). The Director is an ICB appointment made by joint recruitment with all partners, including a stakeholder panel.",
                        place: place.id, body: role.body)
                }
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
