/// Something wrong inside a dataset: a duplicated identifier, a reference to a record that does
/// not exist, or a value out of range — named by the record and field, with the reason.
public struct DatasetProblem: Sendable, Hashable, CustomStringConvertible {
    /// The record, e.g. "memberships[3] (swk-m-12)".
    public var record: String
    public var field: String
    public var reason: String

    public init(record: String, field: String, reason: String) {
        self.record = record
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(record), field “\(field)”: \(reason)" }
}

extension Dataset {
    /// Every problem in the dataset: duplicate identifiers, references to missing records,
    /// values outside their range. An empty list means the dataset is consistent.
    public func problems() -> [DatasetProblem] {
        duplicateProblems() + problems(of: self)
    }

    /// The problems of the records in `subset` — references that do not resolve in this dataset,
    /// values outside their range — and identifiers `subset` holds twice. `subset` holds records
    /// of this dataset that changed: a consistent dataset stays consistent after a change exactly
    /// when the changed records have no problems, unless a record was removed (then check the
    /// whole dataset). Reads only the identifiers of the kinds `subset` refers to.
    public func problems(ofChanged subset: Dataset) -> [DatasetProblem] {
        subset.duplicateProblems() + problems(of: subset)
    }

    /// Records of one kind that share an identifier.
    func duplicateProblems() -> [DatasetProblem] {
        var problems: [DatasetProblem] = []
        func ids<E: Entity>(_ list: [E], _ key: String) {
            var seen = Set<ID<E>>()
            for (index, record) in list.enumerated() where !seen.insert(record.id).inserted {
                problems.append(.init(record: "\(key)[\(index)] (\(record.id))", field: "id",
                                      reason: "the identifier \(record.id) is used by another record too"))
            }
        }
        ids(systems, "systems"); ids(places, "places"); ids(organisations, "organisations"); ids(people, "people")
        ids(bodies, "bodies"); ids(seats, "seats"); ids(memberships, "memberships")
        ids(leadershipRoles, "leadershipRoles"); ids(delegations, "delegations"); ids(budgets, "budgets")
        ids(workstreams, "workstreams"); ids(milestones, "milestones"); ids(risks, "risks")
        ids(indicators, "indicators"); ids(meetings, "meetings"); ids(options, "options")
        return problems
    }

    /// The problems of `subset`'s records, resolving references against this dataset.
    private func problems(of subset: Dataset) -> [DatasetProblem] {
        var problems: [DatasetProblem] = []
        let known = KnownIdentifiers(self)
        let systems = subset.systems, places = subset.places, organisations = subset.organisations
        let people = subset.people, bodies = subset.bodies, seats = subset.seats, memberships = subset.memberships
        let leadershipRoles = subset.leadershipRoles, delegations = subset.delegations, budgets = subset.budgets
        let workstreams = subset.workstreams, milestones = subset.milestones, risks = subset.risks
        let indicators = subset.indicators, meetings = subset.meetings, options = subset.options

        func check<E: Entity, T>(_ list: [E], _ key: String, _ field: String, _ known: @autoclosure () -> Set<ID<T>>,
                                 _ kind: String, _ refs: (E) -> [ID<T>]) {
            guard !list.isEmpty else { return }
            let known = known()
            for (index, record) in list.enumerated() {
                for ref in refs(record) where !known.contains(ref) {
                    problems.append(.init(record: "\(key)[\(index)] (\(record.id))", field: field,
                                          reason: "there is no \(kind) with the identifier \(ref)"))
                }
            }
        }
        func opt<T>(_ value: T?) -> [T] { value.map { [$0] } ?? [] }

        check(systems, "systems", "board", known.bodies, "body") { opt($0.board) }
        check(systems, "systems", "partnership", known.bodies, "body") { opt($0.partnership) }
        check(places, "places", "ics", known.systems, "ICS") { opt($0.ics) + $0.alsoWithin }
        check(organisations, "organisations", "place", known.places, "place") { opt($0.place) }
        check(organisations, "organisations", "ics", known.systems, "ICS") { opt($0.ics) }
        check(people, "people", "posts.organisation", known.organisations, "organisation") { $0.posts.map(\.organisation) }
        check(bodies, "bodies", "place", known.places, "place") { opt($0.place) }
        check(bodies, "bodies", "ics", known.systems, "ICS") { opt($0.ics) }
        check(bodies, "bodies", "replaces", known.bodies, "body") { $0.replaces }
        check(bodies, "bodies", "terms.convenedBy", known.organisations, "organisation") { $0.terms.flatMap(\.convenedBy) }
        check(bodies, "bodies", "terms.reportsTo", known.bodies, "body") { $0.terms.flatMap { $0.reportsTo.map(\.to) } }
        check(seats, "seats", "body", known.bodies, "body") { [$0.body] }
        check(seats, "seats", "place", known.places, "place") { opt($0.place) }
        check(seats, "seats", "organisation", known.organisations, "organisation") { opt($0.organisation) }
        check(memberships, "memberships", "seat", known.seats, "seat") { [$0.seat] }
        check(memberships, "memberships", "person", known.people, "person") { [$0.person] + opt($0.deputy) }
        check(memberships, "memberships", "onBehalfOf", known.organisations, "organisation") { opt($0.onBehalfOf) }
        check(memberships, "memberships", "agreedWith", known.people, "person") { opt($0.agreedWith) }
        check(leadershipRoles, "leadershipRoles", "place", known.places, "place") { opt($0.place) }
        check(leadershipRoles, "leadershipRoles", "body", known.bodies, "body") { opt($0.body) }
        check(leadershipRoles, "leadershipRoles", "holder", known.people, "person") { opt($0.holder) }
        check(leadershipRoles, "leadershipRoles", "employer", known.organisations, "organisation") {
            opt($0.employer) + $0.jointlyAppointedBy + $0.conflictPoliciesOf
        }
        check(delegations, "delegations", "delegator", known.organisations, "organisation") { [$0.delegator] }
        check(delegations, "delegations", "toBody", known.bodies, "body") { opt($0.toBody) }
        check(delegations, "delegations", "toRole", known.roles, "leadership role") { opt($0.toRole) }
        check(delegations, "delegations", "toOrganisation", known.organisations, "organisation") { opt($0.toOrganisation) }
        check(delegations, "delegations", "place", known.places, "place") { opt($0.place) }
        check(budgets, "budgets", "place", known.places, "place") { [$0.place] }
        check(budgets, "budgets", "delegation", known.delegations, "delegation") { opt($0.delegation) }
        check(workstreams, "workstreams", "place", known.places, "place") { opt($0.place) }
        check(workstreams, "workstreams", "sro", known.people, "person") { opt($0.sro) + opt($0.sponsor) }
        check(workstreams, "workstreams", "leadershipCell", known.bodies, "body") {
            opt($0.leadershipCell) + opt($0.overseenBy)
        }
        check(milestones, "milestones", "place", known.places, "place") { opt($0.place) }
        check(milestones, "milestones", "workstream", known.workstreams, "workstream") { opt($0.workstream) }
        check(risks, "risks", "place", known.places, "place") { opt($0.place) }
        check(risks, "risks", "body", known.bodies, "body") { opt($0.body) + opt($0.escalatedTo) }
        check(risks, "risks", "workstream", known.workstreams, "workstream") { opt($0.workstream) }
        check(risks, "risks", "owner", known.people, "person") { opt($0.owner) }
        check(indicators, "indicators", "place", known.places, "place") { opt($0.place) }
        check(indicators, "indicators", "workstream", known.workstreams, "workstream") { opt($0.workstream) }
        check(meetings, "meetings", "body", known.bodies, "body") { [$0.body] }
        check(meetings, "meetings", "attendance.person", known.people, "person") {
            $0.attendance.flatMap { [$0.person] + opt($0.standingInFor) } + $0.declarations.map(\.person)
                + $0.items.flatMap { $0.decision?.excluded ?? [] }
        }
        check(options, "options", "place", known.places, "place") { [$0.place] }

        for (index, risk) in risks.enumerated() {
            for (field, value) in [("likelihood", risk.likelihood), ("impact", risk.impact)] {
                if let value, !(1...5).contains(value) {
                    problems.append(.init(record: "risks[\(index)] (\(risk.id))", field: field,
                                          reason: "\(value) is outside the 1–5 scale"))
                }
            }
        }
        for (index, meeting) in meetings.enumerated() {
            let items = Set(meeting.items.map(\.id))
            for declaration in meeting.declarations where !items.contains(declaration.item) {
                problems.append(.init(record: "meetings[\(index)] (\(meeting.id))", field: "declarations.item",
                                      reason: "there is no agenda item \(declaration.item) on this meeting"))
            }
            if let starts = meeting.starts, let ends = meeting.ends, ends <= starts {
                problems.append(.init(record: "meetings[\(index)] (\(meeting.id))", field: "ends",
                                      reason: "it ends at \(ends), not after it starts at \(starts)"))
            }
        }
        for (index, budget) in budgets.enumerated() {
            for line in budget.lines where line.category.isEmpty {
                problems.append(.init(record: "budgets[\(index)] (\(budget.id))", field: "lines.category",
                                      reason: "a budget line has no category"))
            }
        }
        return problems
    }
}

/// The identifiers of a dataset's records of the kinds that records refer to, each set built on
/// first use.
private final class KnownIdentifiers {
    private let dataset: Dataset
    init(_ dataset: Dataset) { self.dataset = dataset }

    lazy var systems = Set(dataset.systems.map(\.id))
    lazy var places = Set(dataset.places.map(\.id))
    lazy var organisations = Set(dataset.organisations.map(\.id))
    lazy var people = Set(dataset.people.map(\.id))
    lazy var bodies = Set(dataset.bodies.map(\.id))
    lazy var seats = Set(dataset.seats.map(\.id))
    lazy var roles = Set(dataset.leadershipRoles.map(\.id))
    lazy var delegations = Set(dataset.delegations.map(\.id))
    lazy var workstreams = Set(dataset.workstreams.map(\.id))
}

extension Dataset {
    /// The position (from 0) of the record with identifier `id` in the list named `key` (e.g.
    /// "memberships"), as a file lists them; nil when the list holds no such record.
    public func position(of key: String, id: String) -> Int? {
        func find<E: Entity>(_ list: [E]) -> Int? { list.firstIndex { $0.id.rawValue == id } }
        switch key {
        case "systems": return find(systems)
        case "places": return find(places)
        case "organisations": return find(organisations)
        case "people": return find(people)
        case "bodies": return find(bodies)
        case "seats": return find(seats)
        case "memberships": return find(memberships)
        case "leadershipRoles": return find(leadershipRoles)
        case "delegations": return find(delegations)
        case "budgets": return find(budgets)
        case "workstreams": return find(workstreams)
        case "milestones": return find(milestones)
        case "risks": return find(risks)
        case "indicators": return find(indicators)
        case "meetings": return find(meetings)
        case "options": return find(options)
        default: return nil
        }
    }
}
