/// One line of a membership list as a source words it ("Primary Care (x 2)"): how many seats it
/// names and how a seat is recognised as one of them. Rules check a body against a list of these,
/// written from the paper, with ``SeatRequirement/shortfalls(of:_:in:on:)``.
///
/// A requirement that someone *is a member* is met by a person holding the seat on the day, not by
/// the seat existing: a seat that matches but whose holder is not recorded is reported, in the words
/// of ``SeatShortfall/noHolder(for:recruitingUntil:)`` (the data shows no holder; it does not show
/// that the seat is vacant).
///
/// ```swift
/// let dph = SeatRequirement(key: "dph", title: "Director of Public Health", criteria: [.role(.dph)])
/// for shortfall in [dph].shortfalls(of: committee, in: context.data, on: context.asOf) { … }
/// ```
public struct SeatRequirement: Sendable {
    /// One thing a seat must be to fill the line; a line may combine several (all must hold).
    public enum Criterion: Sendable, Hashable {
        /// The seat carries this role, or its holder has a post with it on the day.
        case role(Role)
        /// The seat itself is recorded with this role (its holder's other posts do not count).
        case seatRole(Role)
        /// The seat speaks for this organisation.
        case organisation(ID<Organisation>)
        /// The seat speaks for this sector (its own sectors, or those of the organisation it represents).
        case sector(Sector)
        /// The seat speaks for this place.
        case place(ID<Place>)

        func isMet(by facts: SeatFacts) -> Bool {
            switch self {
            case let .role(role): facts.roles.contains(role)
            case let .seatRole(role): facts.seat.role == role
            case let .organisation(organisation):
                facts.seat.organisation == organisation || facts.organisation == organisation
            case let .sector(sector): facts.sectors.contains(sector)
            case let .place(place): facts.seat.place == place
            }
        }
    }

    /// A stable slug, used for problem keys (`seat:<key>`) and shipped seats' identifiers.
    public let key: String
    /// The line as the source words it, e.g. "Director of Public Health".
    public let title: String
    /// How many seats the line names.
    public let count: Int
    /// What a seat must be (all of them); with ``anyOf``, a seat meets either.
    public let criteria: [Criterion]
    /// Alternative criteria sets, any of which fills the line (e.g. the elected leader *or* a
    /// nominated cabinet member).
    public let anyOf: [[Criterion]]
    /// Whether a person must hold the seat on the day (true: "is a member").
    public let mustBeHeld: Bool

    public init(key: String, title: String, count: Int = 1, criteria: [Criterion], anyOf: [[Criterion]] = [],
                mustBeHeld: Bool = true) {
        self.key = key
        self.title = title
        self.count = max(1, count)
        self.criteria = criteria
        self.anyOf = anyOf
        self.mustBeHeld = mustBeHeld
    }

    /// Whether a seat fills the line (held or not).
    public func matches(_ facts: SeatFacts) -> Bool {
        let alternatives = anyOf.isEmpty ? [criteria] : anyOf.map { criteria + $0 }
        return alternatives.contains { set in set.allSatisfy { $0.isMet(by: facts) } }
    }

    /// The title of seat `number` (from 1) of the line, e.g. "Primary Care (2 of 2)".
    public func title(ofSeat number: Int) -> String {
        count == 1 ? title : "\(title) (\(number) of \(count))"
    }

    /// The problem key of a shortfall in this line, for refinement (`seat:<key>`).
    public var problemKey: String { "seat:\(key)" }
}

/// A line of a membership list a body does not fill on a day.
public struct SeatShortfall: Sendable {
    public enum Kind: Sendable, Hashable {
        /// No seat fills the line.
        case missing
        /// A seat fills the line but no one holds it on the day; `recruitingUntil` is the end of
        /// the window of a recruitment to it open on the day (``SeatFacts/recruitingUntil``).
        case vacant(Seat, recruitingUntil: Day?)
    }

    public let requirement: SeatRequirement
    /// Which of the line's seats (from 1).
    public let number: Int
    public let kind: Kind

    /// The seat as the source words it, numbered when the line names several.
    public var title: String { requirement.title(ofSeat: number) }

    /// What the partnership does about it: add the missing seat, or record who holds the one with no holder recorded.
    public var remedy: String {
        if case .missing = kind { return "Add the seat." }
        return "Record who holds it."
    }

    /// The severity to report the shortfall at, given the requirement's: a vacancy inside the
    /// window of a recruitment to it open on the day is noted (info); anything else — a date on the
    /// seat with no recruitment recorded included — takes the requirement's severity.
    public func severity(_ requirementSeverity: Severity, on day: Day) -> Severity {
        if case let .vacant(_, until?) = kind, day <= until { return .info }
        return requirementSeverity
    }

    /// The problems a finding about this shortfall names: its line's (`seat:<key>`) and, for a seat
    /// with no holder, the seat's vacancy (`vacancy:<seat>`, as GOV-MEM-1 names it, so the two are
    /// reported once: ``Registry/withoutListedVacancies(_:)``).
    public var problems: [String] {
        guard case let .vacant(seat, _) = kind else { return [requirement.problemKey] }
        return [requirement.problemKey, Self.vacancyKey(seat.id)]
    }

    /// The problem key of the vacancy of `seat`.
    public static func vacancyKey(_ seat: ID<Seat>) -> String { "vacancy:\(seat.rawValue)" }

    /// `concern`, naming this shortfall's problems (``problems``), and noted as info while the seat is
    /// vacant inside the window of an open recruitment (otherwise the rule's severity, with any tightening).
    public func concern(_ concern: Concern, on day: Day) -> Concern {
        let named = concern.about(problems: problems)
        return severity(.error, on: day) == .info ? named.reported(as: .info) : named
    }

    /// A sentence describing the shortfall on `body`, ending with `why` (the source's words).
    public func sentence(body: Body, why: String) -> String {
        switch kind {
        case .missing:
            return "The \(body.name) has no seat for “\(title)”; \(why)"
        case let .vacant(seat, until):
            return Self.noHolder(for: "the \(body.name)'s seat “\(seat.title)” (for \(title))", recruitingUntil: until)
                + "; \(why)"
        }
    }

    /// How every seat finding words a seat with no holder recorded on the day: "No holder is recorded
    /// for `what`", with the window of a recruitment to the seat open on the day. It says what the data
    /// shows, not that the seat is vacant: a holder may simply not have been recorded.
    ///
    /// ```swift
    /// SeatShortfall.noHolder(for: "the ICP's seat “VCSE”", recruitingUntil: "2022-06-30")
    /// // No holder is recorded for the ICP's seat “VCSE” (recruitment is open until 30 June 2022)
    /// ```
    public static func noHolder(for what: String, recruitingUntil until: Day?) -> String {
        "No holder is recorded for \(what)" + (until.map { " (recruitment is open until \($0.spelledOut))" } ?? "")
    }
}

extension Array where Element == SeatRequirement {
    /// The lines of this list that the seats of `body` do not fill on `day`: one entry per missing
    /// or vacant seat. Lines are filled in list order, held seats first. With `oneSeatPerLine`
    /// (a list of seats, e.g. a board's membership) each seat fills one line only; without it (a
    /// list of groups to be represented) one seat may represent several groups, e.g. a trust that
    /// provides both acute and community services.
    public func shortfalls(of body: ID<Body>, in data: DatasetIndex, on day: Day,
                           oneSeatPerLine: Bool = true) -> [SeatShortfall] {
        shortfalls(among: SeatFacts.of(body, data: data, on: day), oneSeatPerLine: oneSeatPerLine)
    }

    /// The lines of this list that `seats` do not fill (see ``shortfalls(of:in:on:oneSeatPerLine:)``).
    public func shortfalls(among seats: [SeatFacts], oneSeatPerLine: Bool = true) -> [SeatShortfall] {
        let ordered = seats.sorted { ($0.isHeld ? 0 : 1, $0.seat.id) < ($1.isHeld ? 0 : 1, $1.seat.id) }
        var unused = ordered
        var result: [SeatShortfall] = []
        for requirement in self {
            var taken: [SeatFacts] = []
            if oneSeatPerLine {
                while taken.count < requirement.count, let index = unused.firstIndex(where: requirement.matches) {
                    taken.append(unused.remove(at: index))
                }
            } else {
                taken = [SeatFacts](ordered.filter(requirement.matches).prefix(requirement.count))
            }
            for (offset, facts) in taken.enumerated() where requirement.mustBeHeld && !facts.isHeld {
                result.append(SeatShortfall(requirement: requirement, number: offset + 1,
                                            kind: .vacant(facts.seat, recruitingUntil: facts.recruitingUntil)))
            }
            if taken.count < requirement.count {
                result += (taken.count + 1...requirement.count).map {
                    SeatShortfall(requirement: requirement, number: $0, kind: .missing)
                }
            }
        }
        return result
    }
}
