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
        context.allianceBoards().compactMap { board -> Concern? in
            let seats = context.data.seats(of: board.id, on: context.asOf)
            guard !seats.isEmpty else { return nil }
            let council = seats.filter { context.data.sectors(of: $0, on: context.asOf).contains(.localAuthority) }.count
            guard council * 2 >= seats.count else { return nil }
            return Concern(about: board,
                "The \(board.name) has \(council) Council seats out of \(seats.count); the Council should lead without dominating, so its seats are to be fewer than half.")
        }
    }

    static let deputies = Rule(
        id: "ALL-MEM-2", severity: .error,
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
        id: "ALL-MTG-1", severity: .error,
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
        id: "ALL-WS-1", severity: .error,
        requirement: "Every workstream the Alliance Board oversees is sponsored explicitly by a named member of the Board.",
        citations: [Citation(.allianceReview, "Recommendation 5")],
        effective: effective
    ) { context in
        context.allianceBoards().flatMap { board -> [Concern] in
            let members = context.data.memberPeople(of: board.id, on: context.asOf)
            return context.data.dataset.workstreams
                .filter { $0.overseenBy == board.id && $0.holds(on: context.asOf) }
                .compactMap { workstream -> Concern? in
                    guard let sponsor = workstream.sponsor else {
                        return Concern(about: workstream,
                            "The workstream “\(workstream.name)” overseen by the \(board.name) has no sponsor; every workstream is sponsored by a named Board member.",
                            place: board.place, body: board.id)
                    }
                    guard !members.contains(sponsor) else { return nil }
                    return Concern(about: workstream,
                        "The workstream “\(workstream.name)” is sponsored by \(context.name(of: sponsor)), who is not a member of the \(board.name) on \(context.asOf.spelledOut); its sponsor must be a Board member.",
                        place: board.place, body: board.id)
                }
        }
    }

    static let thematicPartnerships = Rule(
        id: "ALL-STR-1", severity: .error,
        requirement: "The Alliance has six thematic partnerships (Young Southwark; Safer Southwark; Southwark Sustainable Environment; Housing Strategic Partnership; Adult Health and Well-Being; Local Economy), each with a chair, and a plan a thematic partnership agrees counts as agreed by the Alliance.",
        citations: [Citation(.allianceReview, "Recommendation 3"), Citation(.allianceReview, "Recommendation 4"),
                    Citation(.allianceReview, "Recommendation 1, implications")],
        effective: effective
    ) { context in
        context.places.flatMap { place -> [Concern] in
            context.allianceBoards(in: place).flatMap { board -> [Concern] in
                let chaired = Set(context.data.leadershipRoles(in: place.id, on: context.asOf)
                    .filter { $0.role == .chair }.compactMap(\.body))
                return SouthwarkAlliance.thematicPartnerships.compactMap { expected -> Concern? in
                    guard let partnership = context.operatingBody(expected.id, in: place),
                          partnership.generation == SouthwarkData.allianceGeneration
                    else {
                        return Concern(about: board,
                            "The thematic partnership \(expected.name) is not recorded as operating under the \(board.name); the Alliance has six thematic partnerships.")
                    }
                    if !chaired.contains(partnership.id) {
                        return Concern(about: partnership, "\(partnership.name) has no Chair recorded; each thematic partnership has a chair.")
                    }
                    if !partnership.decisionMaking {
                        return Concern(about: partnership,
                            "\(partnership.name) is recorded as not taking decisions, but a plan or strategy a thematic partnership agrees counts as agreed by the Alliance.")
                    }
                    return nil
                }
            }
        }
    }

    static let executiveSubCommittee = Rule(
        id: "ALL-STR-2", severity: .error,
        requirement: "The Alliance has an executive sub-committee chaired by the Leader of the Council; any other of its small number of sub-committees may be chaired by another member.",
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

    /// Whether an executive sub-committee is chaired by the Leader of the Council.
    static func leaderConcern(_ committee: Body, place: Place, context: RuleContext) -> Concern? {
        let chair = context.data.leadershipRoles(in: place.id, on: context.asOf)
            .first { $0.role == .chair && $0.body == committee.id }
        let leaderSeat = context.data.seats(of: committee.id, on: context.asOf).first {
            $0.role == .electedLeader && context.data.sectors(of: $0, on: context.asOf).contains(.localAuthority)
        }
        guard let chair else {
            return Concern(about: committee, "The \(committee.name) has no Chair recorded; it is chaired by the Leader of the Council.")
        }
        guard let leaderSeat else {
            return Concern(about: committee,
                "The \(committee.name) has no seat for the Leader of the Council, who chairs it; record the Leader's seat.")
        }
        guard let holder = chair.holder else { return nil }
        if let leader = context.data.membership(of: leaderSeat.id, on: context.asOf)?.person {
            guard holder != leader else { return nil }
            return Concern(about: committee,
                "The \(committee.name) is chaired by \(context.name(of: holder)), not the Leader of the Council (\(context.name(of: leader))).")
        }
        let isLeader = context.data.people[holder]?.posts.contains { $0.role == .electedLeader && $0.holds(on: context.asOf) } ?? false
        guard !isLeader else { return nil }
        return Concern(about: committee,
            "The \(committee.name) is chaired by \(context.name(of: holder)), who is not recorded as Leader of the Council; the Leader chairs it.")
    }

    static let programmeManagement = Rule(
        id: "ALL-PMO-1", severity: .error,
        requirement: "The Alliance manages its business with programme management disciplines: project management, tracking, risk management and performance management.",
        citations: [Citation(.allianceReview, "Recommendation 8")],
        effective: effective
    ) { context in
        context.places.flatMap { place -> [Concern] in
            context.allianceBoards(in: place).compactMap { board -> Concern? in
                let remits = context.data.operatingBodies(in: place.id, on: context.asOf)
                    .filter { $0.generation == SouthwarkData.allianceGeneration }
                    .flatMap { $0.remit + ($0.terms(on: context.asOf)?.functions ?? []) }
                let missing = SouthwarkAlliance.disciplines.filter { !context.mentions(remits, $0) }
                guard !missing.isEmpty else { return nil }
                return Concern(about: board,
                    "No Southwark Alliance body is responsible for \(spoken(missing)); programme management of the Alliance's business covers project management, tracking, risk management and performance management.")
            }
        }
    }
}
