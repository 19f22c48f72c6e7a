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
        ids(funds, "funds"); ids(accountabilities, "accountabilities"); ids(approvals, "approvals"); ids(publications, "publications"); ids(engagements, "engagements"); ids(recruitments, "recruitments"); ids(agreements, "agreements"); ids(commitments, "commitments")
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
        let funds = subset.funds, accountabilities = subset.accountabilities, approvals = subset.approvals
        let publications = subset.publications, engagements = subset.engagements, recruitments = subset.recruitments
        let agreements = subset.agreements, commitments = subset.commitments

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
        func checkReferences<E: Entity>(_ list: [E], _ key: String, _ field: String,
                                        _ refs: (E) -> [RecordReference]) {
            guard !list.isEmpty else { return }
            for (index, record) in list.enumerated() {
                for ref in refs(record) where !known.records.contains(ref) {
                    problems.append(.init(record: "\(key)[\(index)] (\(record.id))", field: field,
                                          reason: "there is no \(ref)"))
                }
            }
        }

        check(systems, "systems", "board", known.bodies, "body") { opt($0.board) }
        check(systems, "systems", "partnership", known.bodies, "body") { opt($0.partnership) }
        check(places, "places", "ics", known.systems, "ICS") { opt($0.ics) + $0.alsoWithin }
        check(organisations, "organisations", "place", known.places, "place") { opt($0.place) }
        check(organisations, "organisations", "ics", known.systems, "ICS") { opt($0.ics) }
        check(people, "people", "posts.organisation", known.organisations, "organisation") { $0.posts.map(\.organisation) }
        check(bodies, "bodies", "place", known.places, "place") { opt($0.place) }
        check(bodies, "bodies", "ics", known.systems, "ICS") { opt($0.ics) }
        check(bodies, "bodies", "replaces", known.bodies, "body") { $0.replaces }
        check(bodies, "bodies", "governs", known.organisations, "organisation") { opt($0.governs) }
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
        // Fields added with the accountability, funding, engagement and recruitment records.
        check(organisations, "organisations", "succeeds.predecessor", known.organisations, "organisation") {
            opt($0.succeeds?.predecessor)
        }
        check(bodies, "bodies", "terms.leadMemberSeat", known.seats, "seat") {
            $0.terms.flatMap { opt($0.leadMemberSeat) + ($0.seatsWithoutDecisionRights ?? []) }
        }
        check(leadershipRoles, "leadershipRoles", "appointment.decidedBy", known.bodies, "body") {
            opt($0.appointment?.decidedBy)
        }
        check(leadershipRoles, "leadershipRoles", "appointment.homeOrganisation", known.organisations, "organisation") {
            opt($0.appointment?.homeOrganisation)
        }
        check(leadershipRoles, "leadershipRoles", "appointment.recruitment", known.recruitments, "recruitment") {
            opt($0.appointment?.recruitment)
        }
        check(delegations, "delegations", "agreedBy.body", known.bodies, "body") { opt($0.agreedBy?.body) }
        check(delegations, "delegations", "agreedBy.meeting", known.meetings, "meeting") { opt($0.agreedBy?.meeting) }
        check(delegations, "delegations", "agreedBy.transferredFrom", known.organisations, "organisation") {
            opt($0.agreedBy?.transferredFrom)
        }
        checkReferences(milestones, "milestones", "evidence") { opt($0.evidence) }
        check(indicators, "indicators", "framework", known.publications, "publication") { opt($0.framework) }
        check(indicators, "indicators", "owner.person", known.people, "person") { opt($0.owner?.person) }
        check(indicators, "indicators", "owner.seat", known.seats, "seat") { opt($0.owner?.seat) }
        check(indicators, "indicators", "owner.body", known.bodies, "body") { opt($0.owner?.body) }
        check(meetings, "meetings", "items.workstream", known.workstreams, "workstream") { $0.items.compactMap(\.workstream) }
        check(meetings, "meetings", "items.decision.exercises", known.delegations, "delegation") {
            $0.items.compactMap { $0.decision?.exercises }
        }
        check(funds, "funds", "place", known.places, "place") { opt($0.place) }
        check(funds, "funds", "healthAndWellbeingBoard", known.bodies, "body") {
            opt($0.healthAndWellbeingBoard) + $0.allocations.compactMap(\.decidedBy)
        }
        check(funds, "funds", "organisation", known.organisations, "organisation") {
            $0.hosts.map(\.organisation) + $0.contributions.map(\.organisation) + ($0.instrument?.parties ?? [])
        }
        check(funds, "funds", "allocations.workstream", known.workstreams, "workstream") {
            $0.allocations.compactMap(\.workstream)
        }
        check(accountabilities, "accountabilities", "place", known.places, "place") { opt($0.place) }
        check(accountabilities, "accountabilities", "body", known.bodies, "body") { opt($0.body) }
        check(accountabilities, "accountabilities", "organisation", known.organisations, "organisation") {
            opt($0.organisation)
        }
        check(approvals, "approvals", "place", known.places, "place") { opt($0.place) }
        checkReferences(approvals, "approvals", "subject") { [$0.subject] }
        check(approvals, "approvals", "approvedBy", known.bodies, "body") { opt($0.approvedBy) }
        check(approvals, "approvals", "organisation", known.organisations, "organisation") { opt($0.organisation) }
        check(approvals, "approvals", "meeting", known.meetings, "meeting") { opt($0.meeting) }
        check(publications, "publications", "place", known.places, "place") { opt($0.place) }
        check(publications, "publications", "agreedBy", known.bodies, "body") { opt($0.agreedBy) }
        check(publications, "publications", "sentTo", known.organisations, "organisation") { opt($0.sentTo) }
        check(publications, "publications", "engagement", known.engagements, "engagement") { opt($0.engagement) }
        checkReferences(publications, "publications", "about") { $0.about }
        check(engagements, "engagements", "place", known.places, "place") { opt($0.place) }
        check(engagements, "engagements", "informs", known.publications, "publication") {
            opt($0.informs) + opt($0.underPlan)
        }
        check(engagements, "engagements", "meeting", known.meetings, "meeting") { opt($0.meeting) }
        check(engagements, "engagements", "workstream", known.workstreams, "workstream") { opt($0.workstream) }
        check(recruitments, "recruitments", "place", known.places, "place") { opt($0.place) }
        check(recruitments, "recruitments", "role", known.roles, "leadership role") { opt($0.role) }
        check(recruitments, "recruitments", "seat", known.seats, "seat") { opt($0.seat) }
        check(recruitments, "recruitments", "roleDescription", known.publications, "publication") {
            opt($0.roleDescription)
        }
        check(recruitments, "recruitments", "panel.person", known.people, "person") {
            $0.panel.compactMap(\.person) + opt($0.appointee)
        }
        check(recruitments, "recruitments", "panel.organisation", known.organisations, "organisation") {
            $0.panel.compactMap(\.organisation)
        }
        check(agreements, "agreements", "place", known.places, "place") { opt($0.place) }
        check(agreements, "agreements", "signatures.organisation", known.organisations, "organisation") {
            $0.signatures.flatMap { [$0.organisation] + opt($0.transferredFrom) } + $0.constituents.map(\.organisation)
        }
        check(agreements, "agreements", "signatures.person", known.people, "person") { $0.signatures.compactMap(\.person) }
        check(commitments, "commitments", "place", known.places, "place") { opt($0.place) }
        check(commitments, "commitments", "plan", known.publications, "publication") { opt($0.plan) }
        check(commitments, "commitments", "workstream", known.workstreams, "workstream") { opt($0.workstream) }
        check(commitments, "commitments", "owner", known.organisations, "organisation") { opt($0.owner) }
        problems += rangeProblems(of: subset)

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

extension Dataset {
    /// Every record of the dataset as a reference, and every decision taken at its meetings.
    public var references: [RecordReference] {
        var all: [RecordReference] = []
        func add<E: Entity>(_ list: [E]) { all += list.map { RecordReference($0.id) } }
        add(systems); add(places); add(organisations); add(people); add(bodies); add(seats); add(memberships)
        add(leadershipRoles); add(delegations); add(budgets); add(workstreams); add(milestones); add(risks)
        add(indicators); add(meetings); add(options); add(funds); add(accountabilities); add(approvals)
        add(publications); add(engagements); add(recruitments); add(agreements); add(commitments)
        all += meetings.flatMap { $0.items.compactMap { $0.decision.map { RecordReference(kind: .decision, id: $0.id) } } }
        return all
    }

    /// Values outside their range in the records added with accountability, funding, engagement
    /// and recruitment: negative amounts, and spans that end before they start.
    fileprivate func rangeProblems(of subset: Dataset) -> [DatasetProblem] {
        var problems: [DatasetProblem] = []
        func report(_ key: String, _ index: Int, _ id: String, _ field: String, _ reason: String) {
            problems.append(.init(record: "\(key)[\(index)] (\(id))", field: field, reason: reason))
        }
        func order(_ key: String, _ index: Int, _ id: String, _ field: String, _ start: Day?, _ end: Day?,
                   _ what: String) {
            if let start, let end, end < start {
                report(key, index, id, field, "\(what) \(end), before it starts on \(start)")
            }
        }
        for (index, fund) in subset.funds.enumerated() {
            let id = fund.id.rawValue
            for contribution in fund.contributions where (contribution.amount ?? 0) < 0 {
                report("funds", index, id, "contributions.amount",
                       "the contribution of \(contribution.organisation) in \(contribution.financialYear) is negative")
            }
            for total in fund.totals where (total.amount ?? 0) < 0 || (total.minimumNHSContribution ?? 0) < 0 {
                report("funds", index, id, "totals", "the total for \(total.financialYear) is negative")
            }
            for allocation in fund.allocations where (allocation.amount ?? 0) < 0 {
                report("funds", index, id, "allocations.amount", "the allocation of \(allocation.date) is negative")
            }
        }
        for (index, engagement) in subset.engagements.enumerated() {
            order("engagements", index, engagement.id.rawValue, "ended", engagement.started, engagement.ended, "it ends on")
        }
        for (index, recruitment) in subset.recruitments.enumerated() {
            let id = recruitment.id.rawValue
            order("recruitments", index, id, "closed", recruitment.opened, recruitment.closed, "it closes on")
            for stage in recruitment.stages {
                order("recruitments", index, id, "stages.closes", stage.opens, stage.closes,
                      "its \(stage.scope.rawValue) stage closes on")
            }
        }
        for (index, agreement) in subset.agreements.enumerated() {
            for signature in agreement.signatures {
                order("agreements", index, agreement.id.rawValue, "signatures.withdrawn", signature.signed,
                      signature.withdrawn, "the signature of \(signature.organisation) is withdrawn on")
            }
        }
        for (index, commitment) in subset.commitments.enumerated() {
            for cost in commitment.costs where cost.gross < 0 || (cost.offsets ?? 0) < 0 {
                report("commitments", index, commitment.id.rawValue, "costs",
                       "the cost or offset for \(cost.financialYear) is negative")
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
    lazy var meetings = Set(dataset.meetings.map(\.id))
    lazy var publications = Set(dataset.publications.map(\.id))
    lazy var engagements = Set(dataset.engagements.map(\.id))
    lazy var recruitments = Set(dataset.recruitments.map(\.id))
    /// Every record (and every decision), for references that may name any kind.
    lazy var records = Set(dataset.references)
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
        case "funds": return find(funds)
        case "accountabilities": return find(accountabilities)
        case "approvals": return find(approvals)
        case "publications": return find(publications)
        case "engagements": return find(engagements)
        case "recruitments": return find(recruitments)
        case "agreements": return find(agreements)
        case "commitments": return find(commitments)
        default: return nil
        }
    }
}
