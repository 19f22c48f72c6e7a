import PlaceworksDomain

extension LewishamRules {
    /// LEW-LEAD-1 (a warning: §8.2 "should be added"): the place leadership team has a children and young people's services lead as
    /// well as the SEL core group.
    ///
    /// Reading: every operating leadership team of the place has a seat carrying the role
    /// `children-and-young-people-lead`, held by a person on the day — a lead is a person, not a seat.
    /// A vacancy is noted (info) while a recruitment to the seat is open and its window has not passed. A place with no
    /// operating leadership team is left to SEL-LCP-8.
    static var childrenAndYoungPeopleLead: Rule {
        Rule(
            id: "LEW-LEAD-1", severity: .warning,
            requirement: "The place leadership team adds a lead for children and young people's services to the SEL "
                + "core group of designated leads.",
            citations: [paper("§8.2")],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                let line = LeadershipTeamSeats.requirements.filter { $0.key == "cyp" }
                return context.data.operatingBodies(in: place.id, on: context.asOf)
                    .filter { $0.kind == .leadershipTeam }
                    .flatMap { team in
                        line.shortfalls(of: team.id, in: context.data, on: context.asOf).map { shortfall in
                            let action = if case .missing = shortfall.kind { "Add the seat." } else { "Record who holds it." }
                            return Concern(about: team, shortfall.sentence(body: team,
                                why: "Lewisham agreed to add a children and young people's services lead to the SEL core "
                                    + "group of designated leads. \(action)"))
                                .reported(as: shortfall.severity(.warning, on: context.asOf))
                        }
                    }
            }
        }
    }
}
