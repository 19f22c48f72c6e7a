/// Who counted towards a body's quorum at one meeting, under the terms of reference in force on
/// the day: voting seat-holders attending as members, and deputies standing in for them only where
/// the terms allow deputies to act.
struct QuorumCount {
    /// The quorum rule in force on the day of the meeting.
    let rule: QuorumRule
    let terms: TermsOfReference
    /// The body's voting seats on the day (filled or vacant).
    let votingSeats: Int
    /// Each voting member represented at the meeting, with the person present for them
    /// (the member, or a deputy allowed to act).
    let present: [ID<Person>: ID<Person>]
    /// The sectors each voting member's seats speak for.
    let sectors: [ID<Person>: Set<Sector>]
    /// Deputies who attended for a voting member but could not count, because the terms do not
    /// allow deputies to act.
    let uncountedDeputies: [ID<Person>]
    /// Stand-ins who attended for a voting member but are not that member's nominated deputy, so
    /// could not count.
    let unnominatedStandIns: [ID<Person>]

    /// The result of counting, after leaving some people out.
    struct Outcome {
        let counted: Int
        let required: Int
        /// The sectors the rule requires with no voting member present from them.
        let missingSectors: [Sector]
        var isQuorate: Bool { counted >= required && missingSectors.isEmpty }
    }

    /// Counts `meeting` of `body`; nil when the body has no quorum rule in force that day or no
    /// voting seats recorded (nothing to count against).
    init?(_ meeting: Meeting, of body: Body, in data: DatasetIndex) {
        let day = meeting.date
        guard let terms = body.terms(on: day), let rule = terms.quorum else { return nil }
        let seats = data.seats(of: body.id, on: day).filter(\.voting)
        guard !seats.isEmpty else { return nil }
        var sectors: [ID<Person>: Set<Sector>] = [:]
        var nominated: [ID<Person>: Set<ID<Person>>] = [:]
        for seat in seats {
            guard let membership = data.membership(of: seat.id, on: day) else { continue }
            sectors[membership.person, default: []].formUnion(data.sectors(of: seat, on: day))
            if let deputy = membership.deputy { nominated[membership.person, default: []].insert(deputy) }
        }
        var present: [ID<Person>: ID<Person>] = [:]
        for attendance in meeting.attendance where attendance.capacity == .member {
            if sectors[attendance.person] != nil { present[attendance.person] = attendance.person }
        }
        var uncounted: [ID<Person>] = []
        var unnominated: [ID<Person>] = []
        for attendance in meeting.attendance where attendance.capacity == .deputy {
            guard let member = attendance.standingInFor, sectors[member] != nil, present[member] == nil else {
                continue
            }
            if !(nominated[member]?.contains(attendance.person) ?? false) {
                // Only the member's own nominated deputy stands in for them.
                unnominated.append(attendance.person)
            } else if terms.deputiesMayAct {
                present[member] = attendance.person
            } else {
                uncounted.append(attendance.person)
            }
        }
        self.rule = rule
        self.terms = terms
        self.votingSeats = seats.count
        self.present = present
        self.sectors = sectors
        self.uncountedDeputies = uncounted
        self.unnominatedStandIns = unnominated
    }

    /// The count with `excluded` people left out (whether they attended themselves or a deputy
    /// attended for them).
    func outcome(excluding excluded: Set<ID<Person>> = []) -> Outcome {
        let members = present.filter { !excluded.contains($0.key) && !excluded.contains($0.value) }.keys
        let covered = members.reduce(into: Set<Sector>()) { $0.formUnion(sectors[$1] ?? []) }
        return Outcome(counted: members.count, required: rule.required(votingSeats: votingSeats),
                       missingSectors: rule.mustInclude.filter { !covered.contains($0) })
    }

    /// What a count fell short by, e.g. "only 4 of its 12 voting members were present (6 needed), and
    /// none from the required sector (local authority)". `plural` and `singular` are the verb ("were
    /// present" / "was present", "took part" / "took part").
    func shortfall(_ outcome: Outcome, plural: String, singular: String) -> String {
        let sectors = GoodGovernance.list(outcome.missingSectors.map(\.label), "or")
        var text = ""
        if outcome.counted < outcome.required {
            text = "only \(outcome.counted) of its \(GoodGovernance.count(votingSeats, "voting member", "voting members")) "
                + "\(plural) (\(outcome.required) needed)"
            if !sectors.isEmpty { text += ", and none from the required sector (\(sectors))" }
        } else if !sectors.isEmpty {
            text = "no voting member from the required sector (\(sectors)) \(singular)"
        }
        return text
    }
}
