import PlaceworksDomain

/// SEL-ICP-1 and SEL-ICP-2: the membership and ways of working of the Integrated Care Partnership.
extension SouthEastLondonRules {
    static var integratedCarePartnership: [Rule] { [icpMembership, icpWaysOfWorking] }

    /// SEL-ICP-1: the ICP is a committee with the membership the SEL ICS agreed. It judges the ICP
    /// from the day the ICS is established, whether or not the ICB board operates: "This membership
    /// will include …" does not wait for the board (the board's own slip is SEL-ICB-1's finding).
    static var icpMembership: Rule {
        Rule(id: "SEL-ICP-1", severity: .error,
             requirement: "The Integrated Care Partnership is a committee of the ICS Chair and Chief Executive, the "
                + "elected leaders (or nominated cabinet members) of the six boroughs, the chairs of Bromley Healthcare, "
                + "GSTT, LGT, KCH, Oxleas and SLaM, a lead DASS, DCS and DPH drawn from the six SEL postholders, and "
                + "representatives of King's Health Partners, primary care, the VCSE sector and SEL Healthwatch — "
                + "each seat held on the day by a person, with the post its line names where it names one (a "
                + "borough's seat, whatever role it records, by that borough's elected leader or a cabinet member of "
                + "its council). A seat with no holder recorded is info while a recruitment to it is open and its "
                + "window has not passed (the platform's reading).",
             citations: [Citation(.southwarkLCP, "\"SEL Integrated Care Partnership\""),
                         Citation(.lewishamLCP, "§3.4")],
             effective: Period(from: SouthEastLondonData.icsEstablished)) { context in
            context.systems.flatMap { system -> [Concern] in
                guard let id = system.partnership, let icp = context.data.bodies[id] else {
                    return [Concern(about: system, "\(system.name) has no Integrated Care Partnership recorded; "
                        + "record the ICP and the seats of its agreed membership.")]
                }
                // The rule takes effect when the ICP is established (1 April 2022): an ICP recorded but not
                // operating from then is missing, as much as one not recorded.
                guard icp.isOperating(on: context.asOf) else {
                    return [Concern(about: icp, "The \(icp.name) is recorded but not operating on "
                        + "\(context.asOf.spelledOut); the ICS's Integrated Care Partnership operates from "
                        + "\(SouthEastLondonData.icsEstablished.spelledOut). Record when it was established.")]
                }
                var concerns: [Concern] = []
                if icp.kind != .committee && icp.kind != .jointCommittee {
                    concerns.append(Concern(about: icp, "The \(icp.name) is recorded as a \(icp.kind.rawValue); "
                        + "the ICP will be a committee rather than a body (Lewisham §3.3)."))
                }
                let seats = SeatFacts.of(icp.id, data: context.data, on: context.asOf)
                let lines = icpSeats(of: system, context)
                for shortfall in lines.shortfalls(among: seats) {
                    concerns.append(shortfall.concern(Concern(about: icp, shortfall.sentence(
                        body: icp, why: "\"This membership will include\" it (Southwark LCP paper, \"SEL Integrated "
                            + "Care Partnership\"). " + shortfall.remedy)), on: context.asOf))
                }
                concerns += postholderConcerns(icp, seats: seats, lines: lines, system: system, context)
                return concerns
            }
        }
    }

    /// Who holds the seats the paper names by post (Lewisham §3.4): the ICS Chair and the ICS Chief
    /// Executive hold those posts at the ICB; each trust's seat is held by that trust's chair ("Chairs
    /// of Bromley Healthcare (CIC), Guy's and St Thomas' …"); the lead DASS, DCS and DPH are "drawn
    /// from the six postholders in SEL" (a council of one of the ICS's places); and each borough's
    /// seat — every seat that fills its line, whatever role the seat records — is held by its
    /// "elected leader" (or, as the ICS agreed, a nominated cabinet member of that borough's council).
    static func postholderConcerns(_ icp: Body, seats: [SeatFacts], lines: [SeatRequirement], system: ICS,
                                   _ context: RuleContext) -> [Concern] {
        let councils = context.councils(of: system)
        let line = { (key: String) in lines.first { $0.key == key } }
        var checks: [PostholderCheck] = []
        for (key, role) in [("ics-chair", Role.icsChair), ("ics-chief-executive", .chiefExecutive)] {
            guard let requirement = line(key) else { continue }
            checks.append(icsPostholder(requirement, role: role,
                                        why: "the ICP's \(requirement.title) is the ICS's own (Lewisham §3.4).", context))
        }
        for provider in IntegratedCarePartnership.trustChairs {
            guard let requirement = line("chair-\(provider.slug)") else { continue }
            checks.append(PostholderCheck(
                line: requirement, isPost: { $0.role == .trustChair && $0.organisation == provider.id },
                post: requirement.title,
                why: "the ICP includes the \"Chairs of Bromley Healthcare (CIC), Guy's and St Thomas' Hospital NHS FT, "
                    + "Lewisham and Greenwich NHS Trust, King's College Hospital NHS FT, Oxleas NHS FT and South "
                    + "London and the Maudsley NHS FT\" (Lewisham §3.4), each the chair of that trust."))
        }
        checks += icpLeadDirectors.map { _, role, title in
            PostholderCheck(applies: { $0.seat.role == role },
                            isPost: { $0.role == role && councils.contains($0.organisation) },
                            post: "a \(title) of one of the \(system.name) councils",
                            why: "the lead \(title) is drawn from the six postholders in SEL (Lewisham §3.4).",
                            problem: "seat:lead-\(role.rawValue)-postholder")
        }
        for place in context.data.places(in: system.id) {
            guard let requirement = line(boroughLineKey(place.id)) else { continue }
            let council = context.councils(of: place.id)
            // A lead director's seat recording the borough is a lead line's, not the borough's.
            checks.append(PostholderCheck(
                applies: { facts in requirement.matches(facts) && !icpLeadDirectors.contains { $0.role == facts.seat.role } },
                isPost: { [.electedLeader, .cabinetMember].contains($0.role) && council.contains($0.organisation) },
                post: "the elected leader or a cabinet member of \(place.name)'s council",
                why: "the ICP includes the elected leaders of the six boroughs, or their nominated cabinet "
                    + "members (Lewisham §3.4; that any cabinet member counts, with no nomination recorded, is the "
                    + "platform's reading).",
                problem: "\(requirement.problemKey)-postholder"))
        }
        return checks.flatMap { $0.concerns(icp, seats: seats, context) }
    }

    /// The ICP's lead directors, "drawn from the six postholders in SEL" (Lewisham §3.4): each line's key,
    /// the role its seat records and the post's title.
    static let icpLeadDirectors: [(key: String, role: Role, title: String)] = [
        ("lead-dass", .dass, "Director of Adult Social Care"),
        ("lead-dcs", .directorOfChildrensServices, "Director of Children's Services"),
        ("lead-dph", .dph, "Director of Public Health"),
    ]

    /// The key of a borough's line of the ICP's list (`leader-<place>`, problem `seat:leader-<place>`).
    static func boroughLineKey(_ place: ID<Place>) -> String { "leader-\(place.rawValue)" }

    /// The seats SEL-ICP-1 lists, for the places of `system`, each to be held by a person on the day
    /// ("This membership will include"): a seat with no holder recorded is reported, noted (info) while
    /// inside the window of a recruitment to it open on the day (the platform's reading), an error
    /// otherwise. A borough's line is filled by the ICP's local authority seat for that place, whatever
    /// role the seat records; who holds it is ``postholderConcerns(_:seats:lines:system:_:)``'s to judge.
    static func icpSeats(of system: ICS, _ context: RuleContext) -> [SeatRequirement] {
        var seats: [SeatRequirement] = [
            SeatRequirement(key: "ics-chair", title: "the ICS Chair", criteria: [.seatRole(.icsChair)]),
            SeatRequirement(key: "ics-chief-executive", title: "the ICS Chief Executive",
                            criteria: [.seatRole(.chiefExecutive), .sector(.icb)]),
        ]
        // Lines are filled in list order: the lead directors, "drawn from the six postholders in SEL", are
        // council seats too, and take theirs before a borough's line can.
        seats += icpLeadDirectors.map { key, role, title in
            SeatRequirement(key: key, title: "a lead \(title)", criteria: [.seatRole(role)])
        }
        for place in context.data.places(in: system.id).sorted(by: { $0.name < $1.name }) {
            seats.append(SeatRequirement(
                key: boroughLineKey(place.id),
                title: "the elected leader (or nominated cabinet member) of \(place.name)",
                criteria: [.place(place.id), .sector(.localAuthority)]))
        }
        for provider in IntegratedCarePartnership.trustChairs {
            seats.append(SeatRequirement(
                key: "chair-\(provider.slug)", title: "the chair of \(context.data.organisations[provider.id]?.name ?? provider.name)",
                criteria: [.organisation(provider.id), .role(.trustChair)]))
        }
        seats += [
            // "A senior representative of King's Health Partners": that partnership, not any academic seat.
            SeatRequirement(key: "khp", title: "a senior representative of King's Health Partners",
                            criteria: [.organisation("kings-health-partners")]),
            SeatRequirement(key: "primary-care", title: "a primary care / PCN representative",
                            criteria: [.sector(.primaryCare)]),
            SeatRequirement(key: "vcse", title: "a VCSE representative", criteria: [.sector(.vcse)]),
            SeatRequirement(key: "healthwatch", title: "a representative of the SEL Healthwatch organisations",
                            criteria: [.sector(.healthwatch)]),
        ]
        return seats
    }

    /// The day by which the ICP is taken to have agreed its integrated care strategy: the end of its
    /// first year (the platform's reading; the papers set no date).
    static let strategyDeadline: Day = "2023-03-31"

    /// Whether a meeting of the ICP, on or before the day checked, recorded a decision on an item
    /// about the integrated care strategy.
    static func agreedStrategy(_ icp: Body, _ context: RuleContext) -> Bool {
        context.data.meetings(of: icp.id, through: context.asOf).contains { meeting in
            meeting.items.contains { item in
                guard let decision = item.decision else { return false }
                return (item.title + " " + decision.summary).lowercased().contains("integrated care strategy")
            }
        }
    }

    /// SEL-ICP-2: the ICP decides by consensus, meets in public, and agrees the integrated care strategy.
    static var icpWaysOfWorking: Rule {
        Rule(id: "SEL-ICP-2", severity: .warning,
             requirement: "The Integrated Care Partnership is required to agree an integrated care strategy (error): "
                + "its terms give it the function and, by the end of its first year (31 March 2023, the platform's "
                + "reading: the paper sets no date), a decision of the ICP agreeing it is recorded; it would be expected to take decisions by consensus and to meet in public with the opportunity for "
                + "private meetings (warning).",
             citations: [Citation(.lewishamLCP, "§3.3")],
             effective: Period(from: SouthEastLondonData.icsEstablished)) { context in
            context.operatingSystems.flatMap { system -> [Concern] in
                guard let icp = system.partnership.flatMap({ context.data.bodies[$0] }),
                      icp.isOperating(on: context.asOf) else { return [] }
                guard let terms = icp.terms(on: context.asOf) else {
                    return [Concern(about: icp, "The \(icp.name) has no terms of reference in force; record them, "
                        + "with the integrated care strategy among its functions, decisions by consensus and meetings in "
                        + "public.").reported(as: .error)]
                }
                var concerns: [Concern] = []
                if terms.decisionRule != .consensus {
                    let rule = terms.decisionRule.map { "by \($0.rawValue)" } ?? "with no decision rule recorded"
                    concerns.append(Concern(about: icp, "The \(icp.name) takes decisions \(rule) under its terms "
                        + "of reference (version \(terms.version)); the ICP would be expected to take any decision by consensus."))
                }
                if !(terms.sessions?.meetsInPublic ?? false) {
                    concerns.append(Concern(about: icp, "The \(icp.name) does not meet in public under its terms of "
                        + "reference (version \(terms.version)); the ICP would be expected to meet in public, with the "
                        + "opportunity for private meetings."))
                }
                if !terms.functions.contains(where: { $0.lowercased().contains("integrated care strategy") }) {
                    concerns.append(Concern(about: icp, "The terms of reference of the \(icp.name) (version "
                        + "\(terms.version)) do not give it the agreement of the integrated care strategy; the ICP "
                        + "is required to develop and agree one for its population.").reported(as: .error))
                }
                // "Required to develop and agree": a strategy in the terms but never agreed is not agreed.
                if context.asOf > strategyDeadline, !agreedStrategy(icp, context) {
                    concerns.append(Concern(about: icp, "The \(icp.name) has no decision recorded agreeing the "
                        + "integrated care strategy by \(strategyDeadline.spelledOut); the ICP is required to develop "
                        + "and agree one for its population (Lewisham §3.3). Record the meeting and decision that "
                        + "agreed it.").reported(as: .error))
                }
                // The terms are the platform's reading of what §3.3 says the ICP "would be expected" to do.
                guard concerns.isEmpty else { return concerns }
                return context.passesOnAssumptions([icp], about: icp, relevant: { $0.hasPrefix("Terms of reference") },
                                                   unchanged: { $0.terms(on: context.asOf) == $1.terms(on: context.asOf) })
            }
        }
    }
}
