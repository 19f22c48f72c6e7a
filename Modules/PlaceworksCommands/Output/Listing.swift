import PlaceworksDomain
import PlaceworksInterchange

/// The records of one kind that hold on a day, for one place or all: as a table or as JSON.
struct Listing {
    enum Kind: String, CaseIterable {
        case places, organisations, bodies, seats, members, roles, delegations, budget, workstreams, milestones,
             risks, indicators, meetings, decisions
    }

    let kind: Kind
    let index: DatasetIndex
    let place: ID<Place>?
    let asOf: Day

    private var data: Dataset { index.dataset }

    private func inPlace(_ id: ID<Place>?) -> Bool { place == nil || id == place }
    private func name(_ person: ID<Person>?) -> String { person.flatMap { index.people[$0]?.displayName } ?? "" }
    private func name(_ body: ID<Body>?) -> String { body.flatMap { index.bodies[$0]?.name } ?? "" }
    private func name(_ organisation: ID<Organisation>?) -> String {
        organisation.flatMap { index.organisations[$0]?.name } ?? ""
    }
    private func placeName(_ id: ID<Place>?) -> String { id.flatMap { index.places[$0]?.name } ?? "" }

    private var bodies: [Body] {
        data.bodies.filter { inPlace($0.place) && $0.exists(on: asOf) }
    }

    private var seats: [Seat] {
        let ids = Set(bodies.map(\.id))
        return data.seats.filter { ids.contains($0.body) && $0.holds(on: asOf) }
    }

    private var roles: [LeadershipRole] {
        data.leadershipRoles.filter { inPlace($0.place) && $0.holds(on: asOf) }
    }

    private var meetings: [Meeting] {
        data.meetings.filter { meeting in
            meeting.date <= asOf && inPlace(index.bodies[meeting.body]?.place)
        }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    func table() -> Table {
        switch kind {
        case .places:
            return Table(headers: ["ONS code", "Place", "ICS"], rows: data.places.filter { inPlace($0.id) }.map {
                [$0.id.rawValue, $0.name, $0.ics.flatMap { index.systems[$0]?.name } ?? ""]
            })
        case .organisations:
            return Table(headers: ["ID", "Organisation", "Sectors", "Statutory"],
                         rows: data.organisations.filter { inPlace($0.place) && $0.holds(on: asOf) }.map {
                             [$0.id.rawValue, $0.name, $0.sectors.map(\.rawValue).joined(separator: ", "),
                              $0.statutory ? "yes" : "no"]
                         })
        case .bodies:
            return Table(headers: ["ID", "Body", "Stage", "Form", "Place"], rows: bodies.map {
                [$0.id.rawValue, $0.name, $0.stage(on: asOf)?.rawValue ?? "",
                 $0.terms(on: asOf)?.form?.label ?? "", placeName($0.place)]
            })
        case .seats:
            return Table(headers: ["Seat", "Body", "Holder", "Voting"], rows: seats.map {
                [$0.title, name($0.body), index.membership(of: $0.id, on: asOf).map { name($0.person) } ?? "vacant",
                 $0.voting ? "yes" : "no"]
            })
        case .members:
            return Table(headers: ["Member", "Seat", "Body", "On behalf of", "Deputy"], rows: seats.compactMap { seat in
                index.membership(of: seat.id, on: asOf).map {
                    [name($0.person), seat.title, name(seat.body), name($0.onBehalfOf), name($0.deputy)]
                }
            })
        case .roles:
            return Table(headers: ["Role", "Holder", "Body", "Place"], rows: roles.map {
                [$0.title, $0.holder.map { name($0) } ?? "vacant", name($0.body), placeName($0.place)]
            })
        case .delegations:
            return Table(headers: ["From", "To", "Functions", "Instrument"],
                         rows: data.places.filter { inPlace($0.id) }.flatMap { index.delegations(in: $0.id, on: asOf) }.map {
                             [name($0.delegator),
                              $0.toBody.map { name($0) } ?? $0.toRole.flatMap { index.leadershipRolesByID[$0]?.title } ?? "",
                              $0.functions.map(\.rawValue).joined(separator: ", "), $0.instrument?.label ?? ""]
                         })
        case .budget:
            return Table(headers: ["Place", "Year", "Line", "£'000"], rows: data.budgets.filter { inPlace($0.place) }.flatMap { budget in
                budget.lines.map { [placeName(budget.place), budget.financialYear.description, $0.category, thousands($0.amount)] }
                    + [[placeName(budget.place), budget.financialYear.description, "Total", thousands(budget.total)]]
            })
        case .workstreams:
            return Table(headers: ["Workstream", "Place", "SRO", "Overseen by"],
                         rows: data.workstreams.filter { inPlace($0.place) && $0.holds(on: asOf) }.map {
                             [$0.name, placeName($0.place), name($0.sro), name($0.overseenBy)]
                         })
        case .milestones:
            return Table(headers: ["Due", "Milestone", "Status", "Place"],
                         rows: data.milestones.filter { inPlace($0.place) }.sorted { $0.due < $1.due }.map {
                             [$0.due.description, $0.title, $0.isOverdue(on: asOf) ? "overdue" : $0.status.rawValue,
                              placeName($0.place)]
                         })
        case .risks:
            return Table(headers: ["Risk", "Score", "Owner", "Review by", "Place"],
                         rows: data.risks.filter { inPlace($0.place) && $0.isOpen(on: asOf) }.map {
                             [$0.title, $0.score.map(String.init) ?? "unscored", name($0.owner),
                              $0.reviewBy?.description ?? "", placeName($0.place)]
                         })
        case .indicators:
            return Table(headers: ["Indicator", "Latest", "Period", "Place"],
                         rows: data.indicators.filter { inPlace($0.place) }.map {
                             let latest = $0.latest(on: asOf)
                             return [$0.name, latest.map { String($0.value) } ?? "", latest?.period ?? "", placeName($0.place)]
                         })
        case .meetings:
            return Table(headers: ["Date", "Body", "Session", "Present", "Decisions"], rows: meetings.map {
                [$0.date.description, name($0.body), $0.session.rawValue,
                 String($0.attendance.filter { $0.capacity != .apologies }.count),
                 String($0.items.compactMap(\.decision).count)]
            })
        case .decisions:
            return Table(headers: ["Date", "Body", "Decision", "Public"], rows: meetings.flatMap { meeting in
                meeting.items.compactMap(\.decision).map {
                    [meeting.date.description, name(meeting.body), $0.summary, $0.public ? "yes" : "no"]
                }
            })
        }
    }

    func json() throws -> String {
        switch kind {
        case .places: try DataFile.encode(data.places.filter { inPlace($0.id) }, format: .json)
        case .organisations:
            try DataFile.encode(data.organisations.filter { inPlace($0.place) && $0.holds(on: asOf) }, format: .json)
        case .bodies: try DataFile.encode(bodies, format: .json)
        case .seats: try DataFile.encode(seats, format: .json)
        case .members:
            try DataFile.encode(seats.compactMap { index.membership(of: $0.id, on: asOf) }, format: .json)
        case .roles: try DataFile.encode(roles, format: .json)
        case .delegations:
            try DataFile.encode(data.places.filter { inPlace($0.id) }.flatMap { index.delegations(in: $0.id, on: asOf) },
                                format: .json)
        case .budget: try DataFile.encode(data.budgets.filter { inPlace($0.place) }, format: .json)
        case .workstreams:
            try DataFile.encode(data.workstreams.filter { inPlace($0.place) && $0.holds(on: asOf) }, format: .json)
        case .milestones: try DataFile.encode(data.milestones.filter { inPlace($0.place) }, format: .json)
        case .risks: try DataFile.encode(data.risks.filter { inPlace($0.place) && $0.isOpen(on: asOf) }, format: .json)
        case .indicators: try DataFile.encode(data.indicators.filter { inPlace($0.place) }, format: .json)
        case .meetings: try DataFile.encode(meetings, format: .json)
        case .decisions: try DataFile.encode(meetings.flatMap { $0.items.compactMap(\.decision) }, format: .json)
        }
    }

    private func thousands(_ pounds: Int) -> String {
        let value = pounds / 1000
        let digits = String(abs(value))
        var grouped = ""
        for (offset, character) in digits.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + String(grouped.reversed())
    }
}
