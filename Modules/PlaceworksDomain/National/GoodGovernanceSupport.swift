/// Helpers the GOV rules share: which bodies and meetings a check looks at, and how people and
/// lists are named in messages.
enum GoodGovernance {
    /// The bodies a check covers: every body of its places, and the ICS-level bodies of its systems.
    static func bodies(in context: RuleContext) -> [Body] {
        context.places.flatMap { context.data.bodies(in: $0.id) }
            + context.systems.flatMap { context.data.bodies(of: $0.id) }
    }

    /// The meetings of `body` held in the twelve months up to and including `day`, oldest first.
    static func recentMeetings(of body: Body, in data: DatasetIndex, through day: Day) -> [Meeting] {
        let start = yearBefore(day)
        return data.meetings(of: body.id, through: day).filter { $0.date > start }
    }

    /// The same calendar day a year earlier (28 February for 29 February).
    static func yearBefore(_ day: Day) -> Day {
        Day(year: day.year - 1, month: day.month, day: day.day)
            ?? Day(year: day.year - 1, month: day.month, day: day.day - 1) ?? day.adding(days: -365)
    }

    /// A person's name, or their identifier when they are not in the data.
    static func name(of person: ID<Person>, in data: DatasetIndex) -> String {
        data.people[person]?.displayName ?? "person \(person)"
    }

    /// A body's name, or its identifier when it is not in the data.
    static func name(of body: ID<Body>, in data: DatasetIndex) -> String {
        data.bodies[body]?.name ?? "body \(body)"
    }

    /// Joins items as a reader would: "a", "a and b", "a, b and c" (or with `conjunction`).
    static func list(_ items: [String], _ conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// "1 voting member", "3 voting members".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }
}
