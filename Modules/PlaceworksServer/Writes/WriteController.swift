import Foundation
import Hummingbird
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

/// The write routes: each one the application layer's operations, applied as one audited
/// transaction by the caller (the token's name is the actor), checked against the caller's
/// role and places, and — for a change to an existing record — against `If-Match`.
struct WriteController: Sendable {
    let engine: Engine
    let catalogue: Catalogue

    func register(on group: RouterGroup<ServerContext>) {
        group.post("memberships") { request, context in
            let body = try await AppointBody.read(request, context: context)
            let operation = AppointMember(seat: ID(body.seat), person: ID(body.person), personName: body.personName,
                                          onBehalfOf: body.onBehalfOf.map { ID($0) }, from: body.from,
                                          deputy: body.deputy.map { ID($0) }, deputyBriefed: body.deputyBriefed ?? false,
                                          id: body.id.map { ID($0) })
            return try await perform([operation], context: context, created: (.membership, operation.membership.id.rawValue))
        }
        group.patch("memberships/:id") { request, context in
            let id: ID<Membership> = ID(try context.parameters.require("id"))
            let version = try ETag.expectedVersion(request)
            let body = try await MembershipPatch.read(request, context: context)
            var operations: [any WriteOperation] = []
            if let deputy = body.deputy {
                operations.append(SetDeputy(membership: id, deputy: ID(deputy), deputyName: body.deputyName,
                                            briefed: body.deputyBriefed ?? false, expectedVersion: version))
            } else if body.deputyName != nil || body.deputyBriefed != nil {
                throw Problem.unprocessable("deputyName and deputyBriefed go with deputy.", field: "deputy")
            }
            if let end = body.end {
                operations.append(EndMembership(membership: id, on: end, expectedVersion: version))
            }
            guard !operations.isEmpty else { throw Problem.unprocessable("Give end or deputy.", field: "end") }
            return try await perform(operations, context: context, updated: (.membership, id.rawValue), expected: version)
        }
        group.post("risks") { request, context in
            let body = try await RiskBody.read(request, context: context)
            guard let id = body.id else { throw Problem.unprocessable("id is required.", field: "id") }
            guard let place = body.place else { throw Problem.unprocessable("place is required.", field: "place") }
            if body.closed != nil { throw Problem.unprocessable("A new risk cannot be closed.", field: "closed") }
            let operation = AddRisk(id: ID(id), place: ID(place), opened: body.opened, fields: Self.changes(body))
            return try await perform([operation], context: context, created: (.risk, id))
        }
        group.patch("risks/:id") { request, context in
            let id: ID<Risk> = ID(try context.parameters.require("id"))
            let version = try ETag.expectedVersion(request)
            let body = try await RiskBody.read(request, context: context)
            for (field, value) in [("id", body.id), ("place", body.place)] where value != nil {
                throw Problem.unprocessable("\(field) cannot be changed.", field: field)
            }
            if body.opened != nil { throw Problem.unprocessable("opened cannot be changed.", field: "opened") }
            var operations: [any WriteOperation] = [UpdateRisk(id: id, changes: Self.changes(body), expectedVersion: version)]
            if let closed = body.closed { operations.append(CloseRisk(id: id, on: closed, expectedVersion: version)) }
            return try await perform(operations, context: context, updated: (.risk, id.rawValue), expected: version)
        }
        group.patch("milestones/:id") { request, context in
            let id: ID<Milestone> = ID(try context.parameters.require("id"))
            let version = try ETag.expectedVersion(request)
            let body = try await MilestonePatch.read(request, context: context)
            let operation = SetMilestone(id: id, status: body.status, due: body.due, completed: body.completed,
                                         expectedVersion: version)
            return try await perform([operation], context: context, updated: (.milestone, id.rawValue), expected: version)
        }
        group.post("meetings") { request, context in
            let body = try await MeetingBody.read(request, context: context)
            for (field, value) in [("id", body.id), ("body", body.body)] where value == nil {
                throw Problem.unprocessable("\(field) is required.", field: field)
            }
            guard let date = body.date else { throw Problem.unprocessable("date is required.", field: "date") }
            let meeting = Meeting(id: ID(body.id ?? ""), body: ID(body.body ?? ""), date: date,
                                  session: body.session ?? .public, attendance: body.attendance ?? [],
                                  items: body.items ?? [], declarations: body.declarations ?? [])
            let snapshot = try await engine.snapshot()
            if snapshot.version(of: meeting.id) != nil {
                throw Problem(.conflict, "There is already a meeting \(meeting.id); change it with PATCH.")
            }
            return try await perform([RecordMeeting(meeting: meeting, expectedVersion: 0)], context: context,
                                     created: (.meeting, meeting.id.rawValue))
        }
        group.patch("meetings/:id") { request, context in
            let id: ID<Meeting> = ID(try context.parameters.require("id"))
            let version = try ETag.expectedVersion(request)
            let body = try await MeetingBody.read(request, context: context)
            if body.id != nil { throw Problem.unprocessable("id cannot be changed.", field: "id") }
            let snapshot = try await engine.snapshot()
            guard var meeting = snapshot.dataset.meetings.first(where: { $0.id == id }) else {
                throw Problem.notFound("There is no meeting with the identifier \(id).")
            }
            if let value = body.body { meeting.body = ID(value) }
            if let value = body.date { meeting.date = value }
            if let value = body.session { meeting.session = value }
            if let value = body.attendance { meeting.attendance = value }
            if let value = body.items { meeting.items = value }
            if let value = body.declarations { meeting.declarations = value }
            return try await perform([RecordMeeting(meeting: meeting, expectedVersion: version)], context: context,
                                     updated: (.meeting, id.rawValue), expected: version)
        }
        group.post("indicators/:id/observations") { request, context in
            let id: ID<Indicator> = ID(try context.parameters.require("id"))
            let version = try ETag.expectedVersion(request)
            let body = try await ObservationBody.read(request, context: context)
            let observation = Observation(period: body.period, date: body.date, value: body.value,
                                          lowerConfidence: body.lowerConfidence, upperConfidence: body.upperConfidence)
            let operation = ObserveIndicator(indicator: id, observation: observation, expectedVersion: version)
            return try await perform([operation], context: context, updated: (.indicator, id.rawValue), expected: version,
                                     status: .created)
        }
    }

    static func changes(_ body: RiskBody) -> RiskChanges {
        RiskChanges(title: body.title, owner: body.owner.map { ID($0) }, likelihood: body.likelihood, impact: body.impact,
                    mitigation: body.mitigation, reviewBy: body.reviewBy, body: body.body.map { ID($0) },
                    escalatedTo: body.escalatedTo.map { ID($0) })
    }

    private func perform(_ operations: [any WriteOperation], context: ServerContext,
                         created: (RecordKind, String)) async throws -> Response {
        try await perform(operations, context: context, updated: created, expected: nil, status: .created)
    }

    /// Refuses with 412 when `If-Match` named a version that is no longer the record's.
    private static func checkCurrent(_ key: RecordKey, expected: Int64?, in stored: StoredDataset) throws {
        guard let expected, let actual = stored.versions[key], actual != expected else { return }
        throw StoreError.staleVersion(kind: key.kind, id: key.id, expected: expected, actual: actual)
    }

    /// Checks the caller may write at all, validates and applies `operations` in one transaction
    /// (refused with 403 if it touches a record outside the caller's places), and answers with
    /// the record as it now is and its new ETag.
    private func perform(_ operations: [any WriteOperation], context: ServerContext,
                         updated record: (RecordKind, String), expected: Int64?,
                         status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let caller = context.caller else { throw TokenAuthenticator.unauthorised("This route needs an API token.") }
        if caller.role == .viewer { throw AccessGuard.forbidden(caller) }
        let key = RecordKey(kind: record.0, id: record.1)
        if status != .created || record.0 == .indicator {
            let snapshot = try await engine.snapshot()
            try AccessGuard.check(target: key, in: snapshot.stored, by: caller)
            try Self.checkCurrent(key, expected: expected, in: snapshot.stored)
        }
        for operation in operations { try operation.validate() }
        let summary = operations.map(\.summary).joined(separator: " ")
        let outcome = try await engine.write(summary: summary, by: caller.name) { edit in
            for operation in operations { try operation.apply(to: &edit) }
            try AccessGuard.check(edit, by: caller)
        }
        if outcome.changedNothing {
            // The store checks versions only of what it writes: a change that turned out to change
            // nothing must still have been based on the current version.
            try Self.checkCurrent(key, expected: expected, in: try await engine.snapshot().stored)
        }
        context.logger.info("write", metadata: ["summary": .string(outcome.summary), "actor": .string(caller.name)])
        let snapshot = try await engine.snapshot()
        guard let resource = Resource.all.first(where: { $0.kind == record.0 }),
              let entry = ReadController.find(record.1, in: try catalogue.entries(of: resource, in: snapshot)) else {
            return Response(status: .noContent)
        }
        var headers: HTTPFields = [:]
        if status == .created, record.0 != .indicator {
            headers[.location] = "/api/v1/\(resource.path)/\(record.1)"
        }
        return JSONResponse.make(entry.json, status: status, etag: ETag.record(entry.version), extra: headers)
    }
}
