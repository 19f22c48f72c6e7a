import PlaceworksDomain

/// SEL-PC-1: the provider collaboratives.
extension SouthEastLondonRules {
    static var providerCollaboratives: [Rule] { [formalCollaboratives] }

    /// SEL-PC-1: two formal collaboratives (acute, mental health) at chief-executive level; the
    /// community services collaborative is a network with no delegated functions.
    static var formalCollaboratives: Rule {
        Rule(id: "SEL-PC-1", severity: .error,
             requirement: "There are two formal provider collaboratives, acute and mental health, whose board members "
                + "are at chief-executive level; the community services collaborative is a network with no delegated "
                + "functions.",
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
                            + "collaborative operating; SEL agreed two formal collaboratives, one for acute and one "
                            + "for mental health providers."))
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
                + "members, each at chief-executive level and agreed with the ICS Chair.")]
        }
        return seats.filter { !$0.roles.contains(.chiefExecutive) }.map { facts in
            Concern(about: facts.seat, "The seat “\(facts.seat.title)” on the \(collaborative.name) is not at "
                + "chief-executive level; members of a formal provider collaborative's board are chief executives.",
                body: collaborative.id)
        }
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
            concerns.append(Concern(about: delegation, "\(context.name(of: delegation.delegator)) delegates functions "
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
