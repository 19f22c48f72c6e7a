import PlaceworksDomain

extension LewishamRules {
    /// LEW-LEAD-1 (a warning: §8.2 "should be added"): the place leadership team has a children and young people's services lead as
    /// well as the SEL core group.
    ///
    /// Reading: every operating leadership team of the place has a seat carrying the role
    /// `children-and-young-people-lead`. A place with no operating leadership team is left to SEL-LCP-8.
    static var childrenAndYoungPeopleLead: Rule {
        Rule(
            id: "LEW-LEAD-1", severity: .warning,
            requirement: "The place leadership team adds a lead for children and young people's services to the SEL "
                + "core group of designated leads.",
            citations: [paper("§8.2")],
            effective: Period(from: LewishamData.proposed)
        ) { context in
            context.places.flatMap { place -> [Concern] in
                context.data.operatingBodies(in: place.id, on: context.asOf)
                    .filter { $0.kind == .leadershipTeam }
                    .filter { team in
                        !context.data.seats(of: team.id, on: context.asOf)
                            .contains { $0.role == .childrenAndYoungPeopleLead }
                    }
                    .map { team in
                        Concern(about: team,
                            "The \(team.name) has no children and young people's services lead; Lewisham agreed "
                                + "to add one to the SEL core group of designated leads. Add the seat.")
                    }
            }
        }
    }
}
