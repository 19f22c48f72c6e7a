import PlaceworksDomain

/// SEL-PC-1: the provider collaboratives.
extension SouthEastLondonRules {
    static var providerCollaboratives: [Rule] { [formalCollaboratives] }

    /// SEL-PC-1: two formal collaboratives (acute, mental health) at chief-executive level; the
    /// community services collaborative is a network with no delegated functions.
    ///
    /// Severities from §5's words: the members "will be a matter for those collaborating partners
    /// provided the member is at Chief Executive level … and is agreed with the ICS Chair" (§5.2) and
    /// the community collaborative "will operate as a network" (§5.4) — errors; the two collaboratives
    /// are "to be established" (§5.1), planning wording like "proposed", so a collaborative, or its
    /// board's members, not yet recorded is a warning, as is a delegation §5.4 does "not assume".
    static var formalCollaboratives: Rule {
        Rule(id: "SEL-PC-1", severity: .error,
             requirement: "There are two formal provider collaboratives, acute and mental health (\"to be established\": "
                + "a warning), whose board members are at chief-executive level and agreed with the ICS Chair (that "
                + "they hold a leadership position within the collaborative is not checked: no data records it); the "
                + "community services collaborative is a network (a warning where a delegation to it is recorded, "
                + "which the proposals \"do not assume\").",
             citations: [Citation(.lewishamLCP, "§5")],
             effective: Period(from: SouthEastLondonData.icsEstablished)) { context in
            context.operatingSystems.flatMap { system -> [Concern] in
                let bodies = context.data.bodies(of: system.id).filter { $0.isOperating(on: context.asOf) }
                    .sorted { $0.id < $1.id }
                var concerns: [Concern] = []
                for (focus, label) in [(Sector.acuteProvider, "acute"), (.mentalHealthProvider, "mental health")] {
                    let formal = bodies.filter { $0.kind == .providerCollaborative && $0.focus == focus }
                    if formal.isEmpty {
                        concerns.append(Concern(about: system, "\(system.name) has no formal \(label) provider "
                            + "collaborative operating; two formal collaboratives are \"to be established for SEL, one "
                            + "for acute care providers and one for mental health service providers\" (Lewisham §5.1).")
                            .reported(as: .warning))
                    }
                    for collaborative in formal {
                        concerns += boardConcerns(collaborative, context)
                    }
                }
                for network in bodies where network.focus == .communityProvider {
                    concerns += networkConcerns(network, context)
                }
                return concerns
            }
        }
    }

    /// A formal collaborative's board members are at chief-executive level.
    static func boardConcerns(_ collaborative: Body, _ context: RuleContext) -> [Concern] {
        let seats = SeatFacts.of(collaborative.id, data: context.data, on: context.asOf)
        if seats.isEmpty {
            return [Concern(about: collaborative, "The \(collaborative.name) has no board seats recorded; record its "
                + "members, each at chief-executive level and agreed with the ICS Chair.").reported(as: .warning)]
        }
        var concerns: [Concern] = []
        for facts in seats {
            // §5.2 "the member is at Chief Executive level": the person, read from their posts on the
            // day; a seat no one holds is read from its own role.
            guard let holder = facts.holder, let person = context.data.people[holder.person] else {
                if !facts.roles.contains(.chiefExecutive) {
                    concerns.append(Concern(about: facts.seat, "The seat “\(facts.seat.title)” on the "
                        + "\(collaborative.name) is not at chief-executive level; members of a formal provider "
                        + "collaborative's board are chief executives.", body: collaborative.id))
                }
                continue
            }
            let chiefExecutive = person.posts.contains { $0.holds(on: context.asOf) && $0.role == .chiefExecutive }
            if !chiefExecutive {
                concerns.append(Concern(about: facts.seat, "\(person.name) holds the seat “\(facts.seat.title)” on "
                    + "the \(collaborative.name) but is not recorded as holding a chief executive post; members of a "
                    + "formal provider collaborative's board are at chief-executive level (Lewisham §5.2).",
                    body: collaborative.id))
            }
        }
        // §5.2: a member is "agreed with the ICS Chair": the Chair when the member was appointed (a
        // later change of Chair does not undo the agreement). Judged for seats someone holds.
        for facts in seats {
            guard let holder = facts.holder else { continue }
            let appointed = holder.period.start.map { max($0, SouthEastLondonData.icsEstablished) } ?? context.asOf
            let chairs = Set([icsChair(of: collaborative, on: appointed, context),
                              icsChair(of: collaborative, on: context.asOf, context)].compactMap { $0 })
            let chair = icsChair(of: collaborative, on: appointed, context) ?? icsChair(of: collaborative, on: context.asOf, context)
            guard chair == nil || !chairs.contains(where: { $0 == holder.agreedWith }) else { continue }
            let name = context.data.people[holder.person]?.name ?? holder.person.rawValue
            let who = chair.flatMap { context.data.people[$0]?.name }.map { "the ICS Chair, \($0)" } ?? "the ICS Chair"
            concerns.append(Concern(about: facts.seat, "\(name) holds the seat “\(facts.seat.title)” on the "
                + "\(collaborative.name), but the appointment is not recorded as agreed with \(who); board members "
                + "of a formal provider collaborative are agreed with the ICS Chair (Lewisham §5.2).",
                body: collaborative.id))
        }
        // The member trusts and their seats are the platform's reading of §5 (one chief-executive
        // seat per member trust); the collaborative's assumed shadow date is no part of this pass.
        guard concerns.isEmpty else { return concerns }
        return context.passesOn(context.assumed([collaborative], relevant: { $0.hasPrefix("Member trusts") })
                                    + context.assumed(seats.map(\.seat)), about: collaborative)
    }

    /// The person holding the ICS Chair seat of the collaborative's ICS board on `day`, if recorded.
    static func icsChair(of collaborative: Body, on day: Day, _ context: RuleContext) -> ID<Person>? {
        guard let board = collaborative.ics.flatMap({ context.data.systems[$0]?.board }) else { return nil }
        return context.data.seats(of: board, on: day).filter { $0.role == .icsChair }
            .compactMap { context.data.membership(of: $0.id, on: day)?.person }.first
    }

    /// The community services collaborative is a non-decision-making network with no delegations.
    static func networkConcerns(_ network: Body, _ context: RuleContext) -> [Concern] {
        var concerns: [Concern] = []
        if network.kind != .network || network.decisionMaking {
            concerns.append(Concern(about: network, "The \(network.name) is recorded as a decision-making "
                + "\(network.kind.rawValue.replacingHyphens); SEL agreed the community services collaborative "
                + "operates as a network for sharing practice, without delegated functions."))
        }
        let delegations = context.data.dataset.delegations
            .filter { $0.toBody == network.id && $0.holds(on: context.asOf) }.sorted { $0.id < $1.id }
        for delegation in delegations {
            concerns.append(Concern(about: delegation, "\(context.data.name(of: delegation.delegator)) delegates functions "
                + "to the \(network.name); the SEL proposals do not assume any delegation to the community services "
                + "collaborative, which operates as a network — confirm the delegation was agreed.", body: network.id)
                .reported(as: .warning))
        }
        return concerns
    }
}

extension String {
    /// "provider-collaborative" as "provider collaborative".
    fileprivate var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
}
