import PlaceworksDomain

/// The ALL rules: the 2009 Southwark Alliance review. They apply to bodies of the Southwark Alliance
/// generation, as of the day checked: before the Alliance existed or after it ended they find nothing.
///
/// The review is undated beyond its year; its proposals are read as taking effect on 1 December 2009
/// (an assumption: they anticipate "an awayday … early in the new year"), and they lapse when
/// Partnership Southwark replaced the Alliance (1 May 2019, recovery plan §1).
enum AllianceRules {
    /// The days the review's proposals apply.
    static let effective = Period(from: SouthwarkAlliance.from, to: SouthwarkAlliance.dissolved.adding(days: -1))

    static let councilBalance = Rule(
        id: "ALL-MEM-1", severity: .warning,
        requirement: "The Council should lead without dominating the Alliance: Council seats are fewer than half of the Alliance Board's seats (the platform's reading of \"appropriately balanced\").",
        citations: [Citation(.allianceReview, "Recommendation 4, proposal principles")],
        effective: effective
    ) { context in
        context.allianceBoards().flatMap { board -> [Concern] in
            let seats = context.data.seats(of: board.id, on: context.asOf)
            guard !seats.isEmpty else { return [] }
            let council = seats.filter { context.data.sectors(of: $0, on: context.asOf).contains(.localAuthority) }.count
            // The balance is counted over the seats the proposals name (Appendix 2 is not in the source).
            guard council * 2 >= seats.count else { return context.passesOnAssumptions(seats, about: board) }
            return [Concern(about: board,
                "The \(board.name) has \(council) Council seats out of \(seats.count); the Council should lead without dominating, so its seats are to be fewer than half.")]
        }
    }

    static let deputies = Rule(
        id: "ALL-MEM-2", severity: .warning,
        requirement: "Every Alliance Board member nominates a deputy who is kept fully briefed and empowered to act and make decisions in their absence, both at and between meetings.",
        citations: [Citation(.allianceReview, "Recommendation 5")],
        effective: effective
    ) { context in
        context.allianceBoards().flatMap { board -> [Concern] in
            var concerns: [Concern] = []
            if board.terms(on: context.asOf)?.deputiesMayAct != true {
                concerns.append(Concern(about: board,
                    "The \(board.name)'s terms do not empower members' deputies to act and make decisions in their absence; every member's deputy is to be empowered to act, at and between meetings."))
            }
            concerns += context.data.members(of: board.id, on: context.asOf).compactMap { seat, membership -> Concern? in
                guard let membership else { return nil }
                let member = context.name(of: membership.person)
                if let deputy = membership.deputy {
                    guard !membership.deputyBriefed else { return nil }
                    return Concern(about: membership,
                        "\(member)'s deputy on the \(board.name) (\(seat.title)), \(context.name(of: deputy)), is not recorded as briefed and empowered to act in their absence.",
                        place: board.place, body: board.id)
                }
                return Concern(about: membership,
                    "\(member), who holds the seat “\(seat.title)” on the \(board.name), has not nominated a deputy; every member nominates a deputy briefed and empowered to act in their absence.",
                    place: board.place, body: board.id)
            }
            return concerns
        }
    }

    static let quarterlyMeetings = Rule(
        id: "ALL-MTG-1", severity: .warning,
        requirement: "The Alliance Board meets quarterly: it never goes longer than a quarter without meeting, from its establishment to the day checked.",
        citations: [Citation(.allianceReview, "Recommendation 5")],
        effective: effective
    ) { context in
        context.allianceBoards().flatMap { board -> [Concern] in
            var concerns: [Concern] = []
            let cadence = board.terms(on: context.asOf)?.cadence
            if let cadence, !cadence.isAtLeastAsFrequent(as: .quarterly) {
                concerns.append(Concern(about: board,
                    "The \(board.name) is set to meet \(cadence.rawValue); it is to meet at least quarterly."))
            } else if cadence == nil {
                concerns.append(Concern(about: board,
                    "The \(board.name)'s terms of reference set no meeting cadence; it is to meet quarterly."))
            }
            return concerns + meetingGaps(board, context: context)
        }
    }

    /// The quarters the Board went without meeting: before its first meeting, between meetings, and
    /// since its last (or ever, if it has never met).
    static func meetingGaps(_ board: Body, context: RuleContext) -> [Concern] {
        let since = max(board.date(of: .established) ?? board.date(of: .shadow) ?? context.asOf,
                        context.effectiveFrom ?? SouthwarkAlliance.from)
        return context.meetingGaps(of: board, since: since, cadence: .quarterly, wording: "quarterly")
    }

    static let sponsoredWorkstreams = Rule(
        id: "ALL-WS-1", severity: .warning,
        requirement: "Every new workstream the Alliance Board oversees (one started once the review's proposals took effect) is sponsored explicitly by a named member of the Board.",
        citations: [Citation(.allianceReview, "Recommendation 5")],
        // The same missing or non-member lead of a new workstream is reported once, in Rec 5's words.
        refines: ["GOV-WS-1"],
        effective: effective
    ) { context in
        context.allianceBoards().flatMap { board -> [Concern] in
            let members = context.data.memberPeople(of: board.id, on: context.asOf)
            return context.data.dataset.workstreams
                .filter { $0.overseenBy == board.id && $0.holds(on: context.asOf) }
                // Rec 5 asks this of "all new workstreams": those started before the proposals took effect are not judged.
                .filter { workstream in
                    guard let start = workstream.period.start, let from = context.effectiveFrom else { return false }
                    return start >= from
                }
                .compactMap { workstream -> Concern? in
                    guard let sponsor = workstream.sponsor else {
                        return Concern(about: workstream,
                            "The workstream “\(workstream.name)” overseen by the \(board.name) has no sponsor; every new workstream is sponsored by a named Board member.",
                            place: board.place, body: board.id)
                    }
                    guard !members.contains(sponsor) else { return nil }
                    return Concern(about: workstream,
                        "The workstream “\(workstream.name)” is sponsored by \(context.name(of: sponsor)), who is not a member of the \(board.name) on \(context.asOf.spelledOut); its sponsor is to be a Board member.",
                        place: board.place, body: board.id)
                }
        }
    }

    static let thematicPartnerships = Rule(
        id: "ALL-STR-1", severity: .warning,
        requirement: "The Alliance has six thematic partnerships (Young Southwark; Safer Southwark; Southwark Sustainable Environment; Housing Strategic Partnership; Adult Health and Well-Being; Local Economy), each with a chair, and a plan a thematic partnership agrees counts as agreed by the Alliance.",
        citations: [Citation(.allianceReview, "Recommendation 3"), Citation(.allianceReview, "Recommendation 4"),
                    Citation(.allianceReview, "Recommendation 1, implications")],
        effective: effective
    ) { context in
        context.places.flatMap { place -> [Concern] in
            context.allianceBoards(in: place).flatMap { board -> [Concern] in
                let chairs = context.data.leadershipRoles(in: place.id, on: context.asOf).filter { $0.role == .chair }
                return SouthwarkAlliance.thematicPartnerships.flatMap { expected -> [Concern] in
                    // Recorded under the shipped identifier, or under another with the partnership's name.
                    let recorded = context.operatingBody(expected.id, in: place)
                        ?? context.data.operatingBodies(in: place.id, on: context.asOf).first {
                            $0.name.lowercased() == expected.name.lowercased()
                        }
                    guard let partnership = recorded, partnership.generation == SouthwarkData.allianceGeneration
                    else {
                        return [Concern(about: board,
                            "The thematic partnership \(expected.name) is not recorded as operating under the \(board.name); the Alliance has six thematic partnerships.")]
                    }
                    var concerns: [Concern] = []
                    let chair = chairs.first { $0.body == partnership.id && $0.holder != nil }
                        ?? chairs.first { $0.body == partnership.id }
                    if chair == nil {
                        concerns.append(Concern(about: partnership, "\(partnership.name) has no Chair recorded; each thematic partnership has a chair."))
                    } else if let chair, chair.holder == nil {
                        concerns.append(Concern(about: partnership,
                            "No one holds the role “\(chair.title)” on \(context.asOf.spelledOut); each thematic partnership has a chair. Record who holds it."))
                    }
                    if !partnership.decisionMaking {
                        concerns.append(Concern(about: partnership,
                            "\(partnership.name) is recorded as not taking decisions, but a plan or strategy a thematic partnership agrees counts as agreed by the Alliance."))
                    }
                    return concerns
                }
            }
        }
    }

    static let executiveSubCommittee = Rule(
        id: "ALL-STR-2", severity: .warning,
        requirement: "The Alliance has an executive sub-committee chaired by the Leader of the Council.",
        citations: [Citation(.allianceReview, "Recommendation 7")],
        effective: effective
    ) { context in
        context.places.flatMap { place -> [Concern] in
            context.allianceBoards(in: place).compactMap { board -> Concern? in
                let executive = context.data.operatingBodies(in: place.id, on: context.asOf).first {
                    $0.generation == SouthwarkData.allianceGeneration && $0.kind == .subCommittee && isExecutive($0)
                }
                guard let executive else {
                    return Concern(about: board,
                        "The \(board.name) has no executive sub-committee; one is to be established, chaired by the Leader of the Council.")
                }
                return leaderConcern(executive, place: place, context: context)
            }
        }
    }

    /// Whether a sub-committee is the executive one: the shipped one, or one named "executive".
    static func isExecutive(_ committee: Body) -> Bool {
        committee.id == SouthwarkAlliance.executiveSubCommittee || committee.name.lowercased().contains("executive")
    }

    /// Whether an executive sub-committee is chaired by the Leader of the Council: a person holds its
    /// Chair on the day and is the Leader — the holder of the committee's Leader seat, or of a Leader
    /// post. The Leader's seat is asked for only when nothing else shows who the Leader is.
    static func leaderConcern(_ committee: Body, place: Place, context: RuleContext) -> Concern? {
        let chair = context.data.leadershipRoles(in: place.id, on: context.asOf)
            .first { $0.role == .chair && $0.body == committee.id }
        guard let chair else {
            return Concern(about: committee, "The \(committee.name) has no Chair recorded; it is chaired by the Leader of the Council.")
        }
        guard let holder = chair.holder else {
            return Concern(about: committee,
                "No one holds the Chair of the \(committee.name) on \(context.asOf.spelledOut); it is chaired by the Leader of the Council. Record who holds it.")
        }
        let isLeader = context.data.people[holder]?.posts.contains { $0.role == .electedLeader && $0.holds(on: context.asOf) } ?? false
        guard !isLeader else { return nil }
        let leaderSeat = context.data.seats(of: committee.id, on: context.asOf).first {
            $0.role == .electedLeader && context.data.sectors(of: $0, on: context.asOf).contains(.localAuthority)
        }
        if let leaderSeat, let leader = context.data.membership(of: leaderSeat.id, on: context.asOf)?.person {
            guard holder != leader else { return nil }
            return Concern(about: committee,
                "The \(committee.name) is chaired by \(context.name(of: holder)), not the Leader of the Council (\(context.name(of: leader))).")
        }
        return Concern(about: committee,
            "The \(committee.name) is chaired by \(context.name(of: holder)), who is not recorded as Leader of the Council; the Leader chairs it. Record the Leader's post or seat.")
    }

    static let programmeManagement = Rule(
        id: "ALL-PMO-1", severity: .warning,
        requirement: "The Alliance manages its business with programme management disciplines (project management, tracking, risk management and performance management), both for the Board and for each thematic partnership.",
        citations: [Citation(.allianceReview, "Recommendation 8")],
        effective: effective
    ) { context in
        context.places.flatMap { place -> [Concern] in
            context.allianceBoards(in: place).flatMap { board -> [Concern] in
                let bodies = context.data.operatingBodies(in: place.id, on: context.asOf)
                    .filter { $0.generation == SouthwarkData.allianceGeneration }
                let partnerships = SouthwarkAlliance.thematicPartnerships.compactMap { expected in
                    bodies.first { $0.id == expected.id }
                }
                return ([board] + partnerships).compactMap { served -> Concern? in
                    let missing = SouthwarkAlliance.disciplines.filter {
                        !context.mentions(disciplines(for: served, among: bodies, on: context.asOf), $0)
                    }
                    guard !missing.isEmpty else { return nil }
                    return Concern(about: served,
                        "No Southwark Alliance body is responsible for \(spoken(missing)) for the \(served.name); programme management covers project management, tracking, risk management and performance management, both for the Board and for each thematic partnership.")
                }
            }
        }
    }

    /// What is recorded of programme management for `served`: its own remit and functions, and
    /// those of the bodies that report to it or advise it (a secretariat serving it).
    static func disciplines(for served: Body, among bodies: [Body], on day: Day) -> [String] {
        bodies.filter { body in
            body.id == served.id || (body.terms(on: day)?.reportsTo ?? []).contains {
                $0.to == served.id && ($0.relation == .reportsTo || $0.relation == .advises)
            }
        }
        .flatMap { $0.remit + ($0.terms(on: day)?.functions ?? []) }
    }
}
