import PlaceworksDomain

extension LewishamRules {
    /// LEW-MEM-2: from 1 April 2022, every LCP Board member who holds a seat on behalf of an
    /// organisation is recorded as having authority to make decisions for it (§6.1: "should have a
    /// membership that includes … the authority to make decisions where they represent an
    /// organisation", a warning). One finding per member without it. The organisation is the one the
    /// membership records, or else the seat's (a seat that carries an organisation is held for it).
    static var memberAuthority: Rule {
        Rule(
            id: "LEW-MEM-2", severity: .warning,
            requirement: "From 1 April 2022 every LCP Board member who holds a seat on behalf of an organisation is "
                + "recorded as having authority to make decisions for that organisation.",
            citations: [paper("§6.1")],
            effective: Period(from: LewishamData.established)
        ) { context in
            let day = context.asOf, data = context.data
            return context.places.flatMap { place -> [Concern] in
                guard let board = data.bodies[LewishamData.lcpBoard], board.place == place.id,
                      board.exists(on: day) else { return [] }
                return data.members(of: board.id, on: day).compactMap { seat, membership -> Concern? in
                    // The organisation the member speaks for: recorded on the membership, or else the seat's.
                    guard let membership,
                          let organisation = membership.onBehalfOf ?? seat.organisation,
                          membership.authorityToDecide != true else { return nil }
                    let person = data.people[membership.person]?.displayName ?? membership.person.rawValue
                    let name = data.name(of: organisation)
                    return Concern(about: membership, "\(person) holds the \(board.name) seat “\(seat.title)” on "
                        + "behalf of \(name) but is not recorded as having authority to make decisions for it "
                        + "(record the post that gives it, or the delegation from \(name)).", place: place.id, body: board.id)
                }
            }
        }
    }
}
