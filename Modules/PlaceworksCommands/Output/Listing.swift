import PlaceworksApplication
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// The records of one kind that hold on a day, for one place or all: as a table or as JSON.
struct Listing: Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case places, organisations, bodies, seats, members, roles, delegations, budget, workstreams, milestones,
             risks, indicators, meetings, decisions, funds, accountability, approvals, publications, engagements,
             recruitments, agreements, commitments
    }

    let kind: Kind
    let index: DatasetIndex
    let place: ID<Place>?
    let asOf: Day
    /// Each stored record's version, so `--if-version` can be given without guessing (empty for a file).
    var versions: [RecordKey: Int64] = [:]
    /// When set, each record shows where it comes from: the paragraphs a shipped record cites and
    /// what its extension assumed (`place list … --provenance`).
    var provenance: Registry? = nil
    /// The import each imported record came from (empty for a file).
    var sources: [RecordKey: ImportSource] = [:]

    private var data: Dataset { index.dataset }
    private var selection: Selection { Selection(index: index, place: place, asOf: asOf) }
    private var bodies: [Body] { selection.bodies }
    private var seats: [Seat] { selection.seats }
    private var roles: [LeadershipRole] { selection.roles }
    private var meetings: [Meeting] { selection.meetings }

    private func name(_ person: ID<Person>?) -> String { person.flatMap { index.people[$0]?.displayName } ?? "" }
    private func name(_ body: ID<Body>?) -> String { body.flatMap { index.bodies[$0]?.name } ?? "" }
    private func name(_ organisation: ID<Organisation>?) -> String {
        organisation.flatMap { index.organisations[$0]?.name } ?? ""
    }
    private func placeName(_ id: ID<Place>?) -> String { id.flatMap { index.places[$0]?.name } ?? "" }

    func table() -> Table {
        switch kind {
        case .places:
            return sourced(headers: ["ONS code", "Place", "ICS"], rows: selection.places.map {
                [$0.id.rawValue, $0.name, $0.ics.flatMap { index.systems[$0]?.name } ?? ""] + source($0.id)
            })
        case .organisations:
            return sourced(headers: ["ID", "Organisation", "Sectors", "Statutory"], optionalColumns: ["Statutory", "Sectors", "ID"],
                         rows: selection.organisations.map {
                             [$0.id.rawValue, $0.name, $0.sectors.map(\.rawValue).joined(separator: ", "),
                              $0.statutory ? "yes" : "no"] + source($0.id)
                         })
        case .bodies:
            return sourced(headers: ["ID", "Body", "Stage", "Form", "Place"], optionalColumns: ["ID", "Form", "Place"], rows: bodies.map {
                [$0.id.rawValue, $0.name, $0.stage(on: asOf)?.rawValue ?? "",
                 $0.terms(on: asOf)?.form?.label ?? "", placeName($0.place)] + source($0.id)
            })
        case .seats:
            return sourced(headers: ["Seat", "Body", "Holder", "Voting"], optionalColumns: ["Voting", "Body"], rows: seats.map {
                [$0.title, name($0.body), index.membership(of: $0.id, on: asOf).map { name($0.person) } ?? "vacant",
                 $0.voting ? "yes" : "no"] + source($0.id)
            })
        case .members:
            return sourced(headers: ["Member", "Seat", "Body", "On behalf of", "Deputy"], optionalColumns: ["Body", "On behalf of"], rows: selection.members.compactMap { seat, membership in
                membership.map {
                    [name($0.person), seat.title, name(seat.body), name($0.onBehalfOf), name($0.deputy)] + source($0.id)
                }
            })
        case .roles:
            return sourced(headers: ["Role", "Holder", "Body", "Place"], optionalColumns: ["Place", "Body"], rows: roles.map {
                [$0.title, $0.holder.map { name($0) } ?? "vacant", name($0.body), placeName($0.place)] + source($0.id)
            })
        case .delegations:
            return sourced(headers: ["From", "To", "Functions", "Instrument"], optionalColumns: ["Instrument"],
                         rows: selection.delegations.map {
                             [name($0.delegator),
                              $0.toBody.map { name($0) } ?? $0.toRole.flatMap { index.leadershipRolesByID[$0]?.title } ?? "",
                              $0.functions.map(\.rawValue).joined(separator: ", "), $0.instrument?.label ?? ""] + source($0.id)
                         })
        case .budget:
            return sourced(headers: ["Place", "Year", "Line", "£'000"], rows: selection.budgets.flatMap { budget in
                (budget.lines.map { [placeName(budget.place), budget.financialYear.description, $0.category, thousands($0.amount)] }
                    + [[placeName(budget.place), budget.financialYear.description, "Total", thousands(budget.total)]])
                    .map { $0 + source(budget.id) }
            })
        case .workstreams:
            return sourced(headers: ["Workstream", "Place", "SRO", "Overseen by"], optionalColumns: ["Overseen by", "Place"],
                         rows: selection.workstreams.map {
                             [$0.name, placeName($0.place), name($0.sro), name($0.overseenBy)] + source($0.id)
                         })
        case .milestones:
            return sourced(headers: ["Due", "Milestone", "Status", "Place"], optionalColumns: ["Place"],
                         rows: selection.milestones.sorted { $0.due < $1.due }.map {
                             [$0.due.description, $0.title, $0.isOverdue(on: asOf) ? "overdue" : $0.status.rawValue,
                              placeName($0.place)] + source($0.id)
                         })
        case .risks:
            return sourced(headers: ["Risk", "Score", "Owner", "Review by", "Place"], optionalColumns: ["Place", "Review by"],
                         rows: selection.risks.map {
                             [$0.title, $0.score.map(String.init) ?? "unscored", name($0.owner),
                              $0.reviewBy?.description ?? "", placeName($0.place)] + source($0.id)
                         })
        case .indicators:
            return sourced(headers: ["Indicator", "Latest", "Period", "Values", "Place"], optionalColumns: ["Place"],
                         rows: selection.indicators.map {
                             let latest = $0.latest(on: asOf)
                             return [$0.name, latest.map { String($0.value) } ?? "", latest?.period ?? "",
                                     String($0.observations.filter { $0.date <= asOf }.count), placeName($0.place)]
                                 + source($0.id)
                         })
        case .meetings:
            return sourced(headers: ["Date", "Body", "Session", "Present", "Decisions"], optionalColumns: ["Session", "Present"], rows: meetings.map {
                [$0.date.description, name($0.body), $0.session.rawValue,
                 String($0.attendance.filter { $0.capacity != .apologies }.count),
                 String($0.items.compactMap(\.decision).count)] + source($0.id)
            })
        case .decisions:
            return sourced(headers: ["Date", "Body", "Decision", "Public"], rows: meetings.flatMap { meeting in
                meeting.items.compactMap(\.decision).map {
                    [meeting.date.description, name(meeting.body), $0.summary, $0.public ? "yes" : "no"] + source(meeting.id)
                }
            })
        case .funds:
            return sourced(headers: ["Fund", "Arrangement", "Host", "Years", "Place"], optionalColumns: ["Place"],
                           rows: selection.funds.map {
                               [$0.name, $0.arrangement?.rawValue ?? "", name($0.host(on: asOf)?.organisation),
                                Set($0.contributions.map(\.financialYear) + $0.totals.map(\.financialYear)).sorted()
                                    .map(\.description).joined(separator: ", "), placeName($0.place)] + source($0.id)
                           })
        case .accountability:
            return sourced(headers: ["Arrangement", "With", "Agreed", "Place"], optionalColumns: ["Place"],
                           rows: selection.accountabilities.map {
                               [$0.type.label, $0.body.map { name($0) } ?? name($0.organisation),
                                $0.agreed?.description ?? "", placeName($0.place)] + source($0.id)
                           })
        case .approvals:
            return sourced(headers: ["Date", "Approved by", "Subject", "Version", "Action"], optionalColumns: ["Version"],
                           rows: selection.approvals.sorted { $0.date < $1.date }.map {
                               [$0.date.description, $0.approvedBy.map { name($0) } ?? name($0.organisation),
                                $0.subject.description + ($0.matter.map { " (\($0))" } ?? ""), $0.version ?? "",
                                $0.action?.rawValue ?? ""] + source($0.id)
                           })
        case .publications:
            return sourced(headers: ["Publication", "Type", "Published", "Agreed", "Public"], optionalColumns: ["Agreed"],
                           rows: selection.publications.map {
                               [$0.title, $0.type.rawValue, $0.published?.description ?? "", $0.agreed?.description ?? "",
                                $0.public.map { $0 ? "yes" : "no" } ?? ""] + source($0.id)
                           })
        case .engagements:
            return sourced(headers: ["Engagement", "Started", "Ended", "Audiences"], optionalColumns: ["Ended"],
                           rows: selection.engagements.map {
                               [$0.title, $0.started.description, $0.ended?.description ?? "",
                                $0.audiences.map(\.rawValue).joined(separator: ", ")] + source($0.id)
                           })
        case .recruitments:
            return sourced(headers: ["Recruitment", "Opened", "Target", "Stages", "Outcome"], optionalColumns: ["Target"],
                           rows: selection.recruitments.map {
                               [$0.title, $0.opens?.description ?? "", $0.target?.description ?? "",
                                $0.stages.map(\.scope.rawValue).joined(separator: ", "), $0.outcome?.rawValue ?? ""]
                                   + source($0.id)
                           })
        case .agreements:
            return sourced(headers: ["Agreement", "Latest version", "Signatures in force", "Constituent partners"],
                           rows: selection.agreements.map {
                               [$0.title, $0.versions.filter { $0.date <= asOf }.max { $0.date < $1.date }?.version ?? "",
                                String($0.signatures(on: asOf).count), String($0.constituents(on: asOf).count)]
                                   + source($0.id)
                           })
        case .commitments:
            return sourced(headers: ["Commitment", "Years", "Net cost £'000"],
                           rows: selection.commitments.map {
                               [$0.title, $0.costs.map(\.financialYear.description).joined(separator: ", "),
                                thousands($0.costs.reduce(0) { $0 + $1.net })] + source($0.id)
                           })
        }
    }

    /// The table with a "Source" column when provenance is asked for.
    private func sourced(headers: [String], optionalColumns: [String] = [], rows: [[String]]) -> Table {
        Table(headers: headers + (provenance == nil ? [] : ["Source"]), optionalColumns: optionalColumns, rows: rows)
    }

    /// The "Source" cell of a record (nothing when provenance is not asked for).
    private func source<E: Entity>(_ id: ID<E>) -> [String] {
        guard provenance != nil else { return [] }
        guard let source = RecordSource(id, registry: provenance) else { return ["recorded (not shipped by an extension)"] }
        let assumed = source.assumptions.map { "assumed: \($0)" }
        return [(["\(source.extension): \(source.citations.joined(separator: "; "))"] + assumed).joined(separator: " — ")]
    }

    func json() throws -> String {
        switch kind {
        case .places: try encode(selection.places)
        case .organisations:
            try encode(selection.organisations)
        case .bodies: try encode(bodies)
        case .seats: try encode(seats)
        case .members:
            try encode(selection.members.compactMap(\.membership))
        case .roles: try encode(roles)
        case .delegations:
            try encode(selection.delegations)
        case .budget: try encode(selection.budgets)
        case .workstreams:
            try encode(selection.workstreams)
        case .milestones: try encode(selection.milestones)
        case .risks: try encode(selection.risks)
        case .indicators: try encode(selection.indicators)
        case .meetings: try encode(meetings)
        case .decisions: try DataFile.encode(selection.decisions.map(\.decision), format: .json)  // parts of meetings
        case .funds: try encode(selection.funds)
        case .accountability: try encode(selection.accountabilities)
        case .approvals: try encode(selection.approvals)
        case .publications: try encode(selection.publications)
        case .engagements: try encode(selection.engagements)
        case .recruitments: try encode(selection.recruitments)
        case .agreements: try encode(selection.agreements)
        case .commitments: try encode(selection.commitments)
        }
    }

    /// Each record with its stored version (and, when asked for, its source) beside its fields.
    private func encode<E: Entity>(_ records: [E]) throws -> String {
        try DataFile.encode(records.map {
            Versioned(record: $0, version: versions[RecordKey($0.id)], importedFrom: sources[RecordKey($0.id)],
                      source: provenance == nil ? nil : RecordSource($0.id, registry: provenance))
        }, format: .json)
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

/// A record as `place list --format json` prints it: its fields, `version` when it is stored,
/// `importedFrom` when an import last wrote it (the file, its SHA-256, rows, time and actor), and
/// `provenance` when asked for.
struct Versioned<E: Encodable>: Encodable {
    let record: E
    let version: Int64?
    var importedFrom: ImportSource? = nil
    var source: RecordSource? = nil

    private enum Key: String, CodingKey { case version, importedFrom, provenance }

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(version, forKey: .version)
        try container.encodeIfPresent(importedFrom, forKey: .importedFrom)
        try container.encodeIfPresent(source, forKey: .provenance)
    }
}

/// Where a shipped record comes from, as `place list --provenance` shows it: the extension that
/// ships it, the paragraphs it cites, and what the extension assumed where the papers are silent.
struct RecordSource: Encodable {
    let `extension`: String
    let citations: [String]
    let assumptions: [String]

    /// The source of the record `id`, or nil when no extension ships it (a record a user made).
    init?<E: Entity>(_ id: ID<E>, registry: Registry?) {
        guard let (owner, provenance) = registry?.provenance(of: E.subjectKind, id.rawValue) else { return nil }
        self.extension = owner
        citations = provenance.citations.map(\.description)
        assumptions = provenance.assumptions
    }
}
