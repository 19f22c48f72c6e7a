import PlaceworksDomain

/// SEL-ICP-1 and SEL-ICP-2: the membership and ways of working of the Integrated Care Partnership.
extension SouthEastLondonRules {
    static var integratedCarePartnership: [Rule] { [icpMembership, icpWaysOfWorking] }

    /// SEL-ICP-1: the ICP is a committee with the membership the SEL ICS agreed.
    static var icpMembership: Rule {
        Rule(id: "SEL-ICP-1", severity: .error,
             requirement: "The Integrated Care Partnership is a committee of the ICS Chair and Chief Executive, the "
                + "elected leaders of the six boroughs, the chairs of Bromley Healthcare, GSTT, LGT, KCH, Oxleas and "
                + "SLaM, a lead DASS, DCS and DPH, and representatives of King's Health Partners, primary care, the "
                + "VCSE sector and SEL Healthwatch.",
             citations: [Citation(.southwarkLCP, "\"SEL Integrated Care Partnership\""),
                         Citation(.lewishamLCP, "§3.4")]) { context in
            context.operatingSystems.flatMap { system -> [Concern] in
                guard let id = system.partnership, let icp = context.data.bodies[id] else {
                    return [Concern(about: system, "\(system.name) has no Integrated Care Partnership recorded; "
                        + "record the ICP and the seats of its agreed membership.")]
                }
                guard icp.isOperating(on: context.asOf) else { return [] }
                var concerns: [Concern] = []
                if icp.kind != .committee && icp.kind != .jointCommittee {
                    concerns.append(Concern(about: icp, "The \(icp.name) is recorded as a \(icp.kind.rawValue); "
                        + "the ICP is a committee (a joint committee of the ICB and the councils), not a body."))
                }
                let seats = SeatFacts.of(icp.id, data: context.data, on: context.asOf)
                for requirement in icpSeats(of: system, context) where !requirement.isMet(by: seats) {
                    concerns.append(Concern(about: icp, "The \(icp.name) has no seat for \(requirement.label); "
                        + "add it so the membership matches the composition the ICS agreed."))
                }
                return concerns
            }
        }
    }

    /// The seats SEL-ICP-1 lists, for the places of `system`.
    static func icpSeats(of system: ICS, _ context: RuleContext) -> [SeatRequirement] {
        var seats: [SeatRequirement] = [
            .role("the ICS Chair", .icsChair),
            SeatRequirement("the ICS Chief Executive") { $0.roles.contains(.chiefExecutive) && $0.sectors.contains(.icb) },
        ]
        for place in context.data.places(in: system.id).sorted(by: { $0.name < $1.name }) {
            let id = place.id
            seats.append(SeatRequirement("the elected leader (or nominated cabinet member) of \(place.name)") {
                $0.seat.place == id && !$0.roles.isDisjoint(with: [.electedLeader, .cabinetMember])
            })
        }
        for provider in IntegratedCarePartnership.trustChairs {
            let id = provider.id
            seats.append(SeatRequirement("the chair of \(context.data.organisations[id]?.name ?? provider.name)") {
                $0.organisation == id && $0.roles.contains(.trustChair)
            })
        }
        seats += [
            .role("a lead Director of Adult Social Care", .dass),
            .role("a lead Director of Children's Services", .directorOfChildrensServices),
            .role("a lead Director of Public Health", .dph),
            SeatRequirement("a senior representative of King's Health Partners") {
                $0.organisation == "kings-health-partners" || $0.sectors.contains(.academic)
            },
            .sector("a primary care / PCN representative", .primaryCare),
            .sector("a VCSE representative", .vcse),
            .sector("a representative of the SEL Healthwatch organisations", .healthwatch),
        ]
        return seats
    }

    /// SEL-ICP-2: the ICP decides by consensus, meets in public, and agrees the integrated care strategy.
    static var icpWaysOfWorking: Rule {
        Rule(id: "SEL-ICP-2", severity: .error,
             requirement: "The Integrated Care Partnership takes decisions by consensus, meets in public with the "
                + "opportunity for private meetings, and agrees an integrated care strategy.",
             citations: [Citation(.lewishamLCP, "§3.3")]) { context in
            context.operatingSystems.flatMap { system -> [Concern] in
                guard let icp = system.partnership.flatMap({ context.data.bodies[$0] }),
                      icp.isOperating(on: context.asOf) else { return [] }
                guard let terms = icp.terms(on: context.asOf) else {
                    return [Concern(about: icp, "The \(icp.name) has no terms of reference in force; record them, "
                        + "with decisions by consensus, meetings in public and the integrated care strategy among its functions.")]
                }
                var concerns: [Concern] = []
                if terms.decisionRule != .consensus {
                    let rule = terms.decisionRule.map { "by \($0.rawValue)" } ?? "with no decision rule recorded"
                    concerns.append(Concern(about: icp, "The \(icp.name) takes decisions \(rule) under its terms "
                        + "of reference (version \(terms.version)); the ICP takes decisions by consensus."))
                }
                if !(terms.sessions?.meetsInPublic ?? false) {
                    concerns.append(Concern(about: icp, "The \(icp.name) does not meet in public under its terms of "
                        + "reference (version \(terms.version)); the ICP meets in public, with the opportunity for "
                        + "private meetings."))
                }
                if !terms.functions.contains(where: { $0.lowercased().contains("integrated care strategy") }) {
                    concerns.append(Concern(about: icp, "The terms of reference of the \(icp.name) (version "
                        + "\(terms.version)) do not give it the agreement of the integrated care strategy; the ICP "
                        + "is required to develop and agree one for its population."))
                }
                return concerns
            }
        }
    }
}
