import PlaceworksDomain

/// Seats the papers name by who holds them ("the elected leaders of the six boroughs", "Local
/// Authority Partner member (One CEO)", "drawn from the six postholders"): whoever holds such a
/// seat on the day must hold that post. A vacant seat is not judged here (its vacancy is the seat
/// requirement's business).
struct PostholderCheck {
    /// The seats of the body the check applies to.
    let applies: (SeatFacts) -> Bool
    /// Whether one of the holder's posts on the day is the one the paper names.
    let isPost: (Post) -> Bool
    /// The post as the finding names it, e.g. "the chief executive of one of the SEL councils".
    let post: String
    /// Why, with the paper's words and where they are.
    let why: String
    /// The problem key the finding carries, so a more specific rule can refine it.
    let problem: String

    func concerns(_ body: Body, seats: [SeatFacts], _ context: RuleContext) -> [Concern] {
        seats.filter(applies).compactMap { facts -> Concern? in
            guard let holder = facts.holder, let person = context.data.people[holder.person] else { return nil }
            let holdsPost = person.posts.contains { $0.holds(on: context.asOf) && isPost($0) }
            guard !holdsPost else { return nil }
            return Concern(about: body, "\(person.name) holds the \(body.name)'s seat “\(facts.seat.title)” but is "
                + "not recorded as \(post) on \(context.asOf.spelledOut); \(why)")
                .about(problems: problem)
        }
    }
}

extension PostholderCheck {
    /// The check for the seats that fill `line` of a membership list (so a seat the list counts is
    /// never left unchecked), its problem key the line's (`seat:<key>-postholder`).
    init(line: SeatRequirement, isPost: @escaping (Post) -> Bool, post: String, why: String) {
        self.init(applies: line.matches, isPost: isPost, post: post, why: why, problem: "\(line.problemKey)-postholder")
    }
}

extension RuleContext {
    /// The councils (local authority organisations) of the places of `system`.
    func councils(of system: ICS) -> Set<ID<Organisation>> {
        Set(data.dataset.organisations.filter { organisation in
            organisation.isIn(.localAuthority) && organisation.place.flatMap { data.places[$0]?.ics } == system.id
        }.map(\.id))
    }

    /// The council of `place`: its local authority organisations.
    func councils(of place: ID<Place>) -> Set<ID<Organisation>> {
        Set(data.dataset.organisations.filter { $0.isIn(.localAuthority) && $0.place == place }.map(\.id))
    }
}
