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
        var problems: [DatasetProblem] = []
        func ids<E: Entity>(_ list: [E], _ key: String) -> Set<ID<E>> {
            var seen = Set<ID<E>>()
            for (index, record) in list.enumerated() where !seen.insert(record.id).inserted {
                problems.append(.init(record: "\(key)[\(index)] (\(record.id))", field: "id",
                                      reason: "the identifier \(record.id) is used by another record too"))
            }
            return seen
        }
        let systemIDs = ids(systems, "systems"), placeIDs = ids(places, "places")
        let organisationIDs = ids(organisations, "organisations"), personIDs = ids(people, "people")
        let bodyIDs = ids(bodies, "bodies"), seatIDs = ids(seats, "seats")
        _ = ids(memberships, "memberships")
        let roleIDs = ids(leadershipRoles, "leadershipRoles"), delegationIDs = ids(delegations, "delegations")
        _ = ids(budgets, "budgets")
        let workstreamIDs = ids(workstreams, "workstreams")
        _ = ids(milestones, "milestones"); _ = ids(risks, "risks"); _ = ids(indicators, "indicators")
        _ = ids(meetings, "meetings"); _ = ids(options, "options")

        func check<E: Entity, T>(_ list: [E], _ key: String, _ field: String, _ known: Set<ID<T>>,
                                 _ kind: String, _ refs: (E) -> [ID<T>]) {
            for (index, record) in list.enumerated() {
                for ref in refs(record) where !known.contains(ref) {
                    problems.append(.init(record: "\(key)[\(index)] (\(record.id))", field: field,
                                          reason: "there is no \(kind) with the identifier \(ref)"))
                }
            }
        }
        func opt<T>(_ value: T?) -> [T] { value.map { [$0] } ?? [] }

        check(systems, "systems", "board", bodyIDs, "body") { opt($0.board) }
        check(systems, "systems", "partnership", bodyIDs, "body") { opt($0.partnership) }
        check(places, "places", "ics", systemIDs, "ICS") { opt($0.ics) + $0.alsoWithin }
        check(organisations, "organisations", "place", placeIDs, "place") { opt($0.place) }
        check(organisations, "organisations", "ics", systemIDs, "ICS") { opt($0.ics) }
        check(people, "people", "posts.organisation", organisationIDs, "organisation") { $0.posts.map(\.organisation) }
        check(bodies, "bodies", "place", placeIDs, "place") { opt($0.place) }
        check(bodies, "bodies", "ics", systemIDs, "ICS") { opt($0.ics) }
        check(bodies, "bodies", "replaces", bodyIDs, "body") { $0.replaces }
        check(bodies, "bodies", "terms.convenedBy", organisationIDs, "organisation") { $0.terms.flatMap(\.convenedBy) }
        check(bodies, "bodies", "terms.reportsTo", bodyIDs, "body") { $0.terms.flatMap { $0.reportsTo.map(\.to) } }
        check(seats, "seats", "body", bodyIDs, "body") { [$0.body] }
        check(seats, "seats", "place", placeIDs, "place") { opt($0.place) }
        check(seats, "seats", "organisation", organisationIDs, "organisation") { opt($0.organisation) }
        check(memberships, "memberships", "seat", seatIDs, "seat") { [$0.seat] }
        check(memberships, "memberships", "person", personIDs, "person") { [$0.person] + opt($0.deputy) }
        check(memberships, "memberships", "onBehalfOf", organisationIDs, "organisation") { opt($0.onBehalfOf) }
        check(memberships, "memberships", "agreedWith", personIDs, "person") { opt($0.agreedWith) }
        check(leadershipRoles, "leadershipRoles", "place", placeIDs, "place") { opt($0.place) }
        check(leadershipRoles, "leadershipRoles", "body", bodyIDs, "body") { opt($0.body) }
        check(leadershipRoles, "leadershipRoles", "holder", personIDs, "person") { opt($0.holder) }
        check(leadershipRoles, "leadershipRoles", "employer", organisationIDs, "organisation") {
            opt($0.employer) + $0.jointlyAppointedBy + $0.conflictPoliciesOf
        }
        check(delegations, "delegations", "delegator", organisationIDs, "organisation") { [$0.delegator] }
        check(delegations, "delegations", "toBody", bodyIDs, "body") { opt($0.toBody) }
        check(delegations, "delegations", "toRole", roleIDs, "leadership role") { opt($0.toRole) }
        check(delegations, "delegations", "toOrganisation", organisationIDs, "organisation") { opt($0.toOrganisation) }
        check(delegations, "delegations", "place", placeIDs, "place") { opt($0.place) }
        check(budgets, "budgets", "place", placeIDs, "place") { [$0.place] }
        check(budgets, "budgets", "delegation", delegationIDs, "delegation") { opt($0.delegation) }
        check(workstreams, "workstreams", "place", placeIDs, "place") { opt($0.place) }
        check(workstreams, "workstreams", "sro", personIDs, "person") { opt($0.sro) + opt($0.sponsor) }
        check(workstreams, "workstreams", "leadershipCell", bodyIDs, "body") {
            opt($0.leadershipCell) + opt($0.overseenBy)
        }
        check(milestones, "milestones", "place", placeIDs, "place") { opt($0.place) }
        check(milestones, "milestones", "workstream", workstreamIDs, "workstream") { opt($0.workstream) }
        check(risks, "risks", "place", placeIDs, "place") { opt($0.place) }
        check(risks, "risks", "body", bodyIDs, "body") { opt($0.body) + opt($0.escalatedTo) }
        check(risks, "risks", "workstream", workstreamIDs, "workstream") { opt($0.workstream) }
        check(risks, "risks", "owner", personIDs, "person") { opt($0.owner) }
        check(indicators, "indicators", "place", placeIDs, "place") { opt($0.place) }
        check(indicators, "indicators", "workstream", workstreamIDs, "workstream") { opt($0.workstream) }
        check(meetings, "meetings", "body", bodyIDs, "body") { [$0.body] }
        check(meetings, "meetings", "attendance.person", personIDs, "person") {
            $0.attendance.flatMap { [$0.person] + opt($0.standingInFor) } + $0.declarations.map(\.person)
                + $0.items.flatMap { $0.decision?.excluded ?? [] }
        }
        check(options, "options", "place", placeIDs, "place") { [$0.place] }

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
