import PlaceworksDomain

/// SWK-WS-1..3 and SWK-OUT-1: the recovery plan's workstreams, governance, milestones and outcomes.
enum WorkstreamRules {
    /// The days the recovery plan's governance applies: from plan sign-off (August 2020) until the
    /// Partnership Southwark Strategic Board takes over on 1 April 2022. The plan covers 2020/21 with a
    /// "refresh for 2021/22" (§10); its Strategic Chair's role ends in October 2021; the last day is the
    /// day before the PSSB is established.
    static let recoveryPlanPeriod = Period(from: SouthwarkData.recoveryPlanGovernanceFrom,
                                           to: SouthwarkData.strategicBoardEstablished.adding(days: -1))
    /// The last day of August 2020, by which §10 has the leadership cells established ("Aug").
    static let cellsDue: Day = SouthwarkData.recoveryPlanGovernanceFrom.end(of: .month)

    /// SWK-WS-1 (a warning: §7 is "our proposed governance arrangements"). Its findings about a
    /// workstream name their problems (`workstream:sro`); the leadership-cell finding is about the
    /// cell (or the place, when none is recorded), so GOV-WS-1's other findings about the workstream stay.
    static let workstreams = Rule(
        id: "SWK-WS-1", severity: .warning,
        requirement: "The prioritised workstreams Start Well, Live Well, Age Well and Care Well each have a leadership cell (from the end of August 2020) and a nominated SRO, and the SROs, the Programme Director and the Strategic Chair meet monthly, as the recovery plan proposes.",
        citations: [Citation(.recoveryPlan, "§7 How will we deliver this: our proposed governance arrangements"),
                    Citation(.recoveryPlan, "§10 How will we deliver this: milestones for delivery")],
        refines: ["GOV-WS-1"],
        effective: recoveryPlanPeriod
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let recorded = context.data.workstreams(in: place.id, on: context.asOf)
            let roles = context.data.leadershipRoles(in: place.id, on: context.asOf)
            var concerns = RecoveryPlanWorkstreams.streams.flatMap { stream -> [Concern] in
                guard let workstream = recorded.first(where: { $0.id == stream.id })
                    ?? recorded.first(where: { $0.name == stream.name })
                else {
                    return [Concern(about: place,
                        "\(place.name) has no \(stream.name) workstream recorded; the recovery plan prioritises Start Well, Live Well, Age Well and Care Well.")]
                }
                var concerns: [Concern] = []
                let cell = workstream.leadershipCell.flatMap { context.data.bodies[$0] }
                let cellOperates = cell?.kind == .leadershipCell && cell?.isOperating(on: context.asOf) == true
                if context.asOf > cellsDue && !cellOperates {
                    let text = "The \(workstream.name) workstream has no operating leadership cell; each workstream is delivered by a cell of the key partners in its scope, established by the end of August 2020."
                    let concern = cell.map { Concern(about: $0, text, place: place.id, body: workstream.overseenBy) }
                        ?? Concern(about: place, text)
                    concerns.append(concern.about(problems: "workstream:leadership-cell"))
                }
                let nominated = workstream.sro != nil || roles.contains {
                    $0.role == .seniorResponsibleOfficer && $0.holder != nil && $0.body != nil && $0.body == workstream.leadershipCell
                }
                if !nominated {
                    concerns.append(Concern(about: workstream,
                        "The \(workstream.name) workstream has no nominated SRO; each leadership cell has a nominated SRO. Record who holds the role.",
                        place: place.id, body: workstream.overseenBy).about(problems: "workstream:sro"))
                }
                return concerns
            }
            let touchpoint = context.operatingBody(SouthwarkData.sroTouchpoint, in: place)
            let cadence = touchpoint?.terms(on: context.asOf)?.cadence
            if !(cadence?.isAtLeastAsFrequent(as: .monthly) ?? false) {
                concerns.append(Concern(about: place,
                    "\(place.name) records no monthly touchpoint of the workstream SROs, the Programme Director and the Strategic Chair to review progress and resolve issues and risks."))
            } else if let touchpoint {
                // A touchpoint set to meet monthly that does not meet is no touchpoint: read its meetings too.
                let since = max(touchpoint.date(of: .established) ?? context.asOf,
                                context.effectiveFrom ?? SouthwarkData.recoveryPlanGovernanceFrom)
                concerns += context.meetingGaps(of: touchpoint, since: since, cadence: .monthly, wording: "monthly")
            }
            return concerns
        }
    }

    static let governance = Rule(
        id: "SWK-WS-2", severity: .warning,
        requirement: "As the recovery plan proposes, the Partnership Southwark Leadership Forum meets bi-monthly (its terms say so, and it never goes longer than two months without meeting), a Partnership & Delivery Group escalates to it, and a Clinical & Professional Leads Advisory Forum advises the leadership team.",
        citations: [Citation(.recoveryPlan, "§7 How will we deliver this: our proposed governance arrangements")],
        effective: recoveryPlanPeriod
    ) { context in
        context.places.flatMap { place -> [Concern] in
            var concerns: [Concern] = []
            if let forum = context.operatingBody(SouthwarkData.leadershipForum, in: place) {
                let cadence = forum.terms(on: context.asOf)?.cadence
                if !(cadence?.isAtLeastAsFrequent(as: .bimonthly) ?? false) {
                    let meets = cadence.map { "meets \($0.rawValue)" } ?? "has no meeting cadence recorded"
                    concerns.append(Concern(about: forum, "The \(forum.name) \(meets); it is to meet bi-monthly."))
                }
                let since = max(forum.date(of: .established) ?? forum.date(of: .shadow) ?? context.asOf,
                                context.effectiveFrom ?? SouthwarkData.recoveryPlanGovernanceFrom)
                concerns += context.meetingGaps(of: forum, since: since, cadence: .bimonthly, wording: "bi-monthly")
            } else {
                concerns.append(Concern(about: place,
                    "\(place.name) has no Partnership Southwark Leadership Forum operating; it oversees delivery of the recovery plan and meets bi-monthly."))
            }
            if let group = context.operatingBody(SouthwarkData.partnershipAndDeliveryGroup, in: place) {
                let escalates = (group.terms(on: context.asOf)?.reportsTo ?? []).contains { $0.to == SouthwarkData.leadershipForum }
                if !escalates {
                    concerns.append(Concern(about: group,
                        "The \(group.name) is not recorded as escalating to the Partnership Southwark Leadership Forum; the Forum is the point of resolution for issues escalated through it."))
                }
            } else {
                concerns.append(Concern(about: place,
                    "\(place.name) has no Partnership & Delivery Group operating; workstream issues are escalated through it to the Leadership Forum."))
            }
            if let forum = context.operatingBody(SouthwarkData.clinicalAndProfessionalLeadsForum, in: place) {
                let advisesTeam = (forum.terms(on: context.asOf)?.reportsTo ?? []).contains { line in
                    line.relation == .advises && context.data.bodies[line.to]?.kind == .leadershipTeam
                }
                if !advisesTeam {
                    concerns.append(Concern(about: forum,
                        "The \(forum.name) is not recorded as advising the leadership team; it gives multi-professional advice on clinical and operational delivery of the workstreams."))
                }
            } else {
                concerns.append(Concern(about: place,
                    "\(place.name) has no Clinical & Professional Leads Advisory Forum operating to advise the leadership team."))
            }
            return concerns
        }
    }

    static let milestones = Rule(
        id: "SWK-WS-3", severity: .warning,
        requirement: "Every recovery-plan milestone of §10 is recorded, and none has slipped past its due date without being done.",
        citations: [Citation(.recoveryPlan, "§10 How will we deliver this: milestones for delivery")],
        effective: Period(from: SouthwarkData.recoveryPlanDrafted)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let recorded = Dictionary(context.data.milestones(in: place.id).map { ($0.id, $0) }) { first, _ in first }
            return RecoveryPlanMilestones.milestones.compactMap { expected -> Concern? in
                guard let milestone = recorded[expected.id] else {
                    return Concern(about: place,
                        "The recovery-plan milestone “\(expected.title)” (due \(expected.due.spelledOut(expected.due.day == 1 ? .month : .day))) is not recorded; record it with its status.")
                }
                guard milestone.isOverdue(on: context.asOf) else { return nil }
                return Concern(about: milestone,
                    "The recovery-plan milestone “\(milestone.title)” was due by \(milestone.deadline.spelledOut) (the plan dates it \(milestone.dueSpelledOut)) and is not done (status: \(milestone.status.described)); record its completion or agree a revised date.",
                    place: place.id)
            }
        }
    }

    static let outcomes = Rule(
        id: "SWK-OUT-1", severity: .warning,
        requirement: "Partnership priorities are framed through the quadruple aim: every workstream maps to at least one aim and, once the plan's September 2020 milestone has passed, has outcome metrics; together the workstreams cover all four aims.",
        citations: [Citation(.recoveryPlan, "§1 Introduction"),
                    Citation(.recoveryPlan, "§10 How will we deliver this: milestones for delivery")],
        effective: recoveryPlanPeriod
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let workstreams = context.data.workstreams(in: place.id, on: context.asOf)
            let measured = Set(context.data.indicators(in: place.id).compactMap(\.workstream))
            var concerns: [Concern] = []
            for workstream in workstreams {
                if workstream.aims.isEmpty {
                    concerns.append(Concern(about: workstream,
                        "The \(workstream.name) workstream maps to none of the quadruple aims; record the aims it contributes to.",
                        place: place.id, body: workstream.overseenBy))
                }
                if context.asOf > SouthwarkData.outcomeMetricsDue && !measured.contains(workstream.id) {
                    concerns.append(Concern(about: workstream,
                        "The \(workstream.name) workstream has no outcome metrics; record the indicators that show its impact.",
                        place: place.id, body: workstream.overseenBy))
                }
            }
            let covered = Set(workstreams.flatMap(\.aims))
            let uncovered = QuadrupleAim.allCases.filter { !covered.contains($0) }
            if !workstreams.isEmpty && !uncovered.isEmpty {
                concerns.append(Concern(about: place,
                    "No \(place.name) workstream contributes to \(spoken(uncovered.map(\.label))); the quadruple aim frames every outcome."))
            }
            return concerns
        }
    }
}

extension MilestoneStatus {
    /// How a board secretary describes the status, e.g. "in progress".
    var described: String {
        switch self {
        case .planned: "planned"
        case .inProgress: "in progress"
        case .atRisk: "at risk"
        case .done: "done"
        case .cancelled: "cancelled"
        }
    }
}
