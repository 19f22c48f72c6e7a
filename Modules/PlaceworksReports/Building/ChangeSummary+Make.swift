import Foundation
import PlaceworksDomain
import PlaceworksStore

extension ChangeSummary {
    /// What changed for `place` after `since` up to and including `asOf`, from the dated data, a
    /// check as of each day, and the audit log's record of every write in the window.
    static func make(place: ID<Place>, dataset: Dataset, index: DatasetIndex, registry: Registry, report: Report,
                     audit: [AuditEntry], since: Day, asOf: Day, auditAvailable: Bool) -> ChangeSummary {
        let entries = Entries(index: index, registry: registry, asOf: asOf)
        let window = { (day: Day) in day > since && day <= asOf }

        // Members who joined or left the place's bodies.
        var joined: [MemberChange] = [], left: [MemberChange] = []
        for body in index.bodies(in: place).sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
            for seat in index.dataset.seats where seat.body == body.id {
                for membership in index.memberships(of: seat.id) {
                    let person = entries.person(membership.person) ?? membership.person.rawValue
                    if let start = membership.period.start, window(start) {
                        joined.append(MemberChange(date: start.description, body: body.name, seat: seat.title, person: person))
                    }
                    if let end = membership.period.end, end >= since && end < asOf {
                        left.append(MemberChange(date: end.adding(days: 1).description, body: body.name,
                                                 seat: seat.title, person: person))
                    }
                }
            }
        }
        let byDate = { (lhs: MemberChange, rhs: MemberChange) in
            (lhs.date, lhs.body, lhs.seat, lhs.person) < (rhs.date, rhs.body, rhs.seat, rhs.person)
        }

        // Findings new since the last pack, and those resolved.
        struct Key: Hashable { let rule: RuleID; let subject: Subject; let message: String }
        let before = registry.check(dataset, asOf: since, place: place).findings
        let now = report.findings.filter { $0.place == place || report.place == place }
        let beforeKeys = Set(before.map { Key(rule: $0.rule, subject: $0.subject, message: $0.message) })
        let nowKeys = Set(now.map { Key(rule: $0.rule, subject: $0.subject, message: $0.message) })
        let newFindings = now.filter { !beforeKeys.contains(Key(rule: $0.rule, subject: $0.subject, message: $0.message)) }
        let resolved = before.filter { !nowKeys.contains(Key(rule: $0.rule, subject: $0.subject, message: $0.message)) }

        // The audit log's writes in the window, and the state of each record at the start of it.
        let start = Self.instant(endOf: since), end = Self.instant(endOf: asOf)
        let inWindow = audit.filter { $0.time.millisecondsSince1970 > start && $0.time.millisecondsSince1970 <= end }
        let earlier = audit.filter { $0.time.millisecondsSince1970 <= start }
        func state<E: Decodable>(_ kind: RecordKind, _ id: String, in log: [AuditEntry], as type: E.Type) -> E? {
            guard let last = log.last(where: { $0.kind == kind.rawValue && $0.id == id }), let json = last.after else {
                return nil
            }
            return try? JSONDecoder().decode(E.self, from: Data(json.utf8))
        }

        // Risks whose score moved.
        var moves: [RiskMove] = []
        if auditAvailable {
            let placeRisks = Entries.ordered(dataset.risks.filter { $0.place == place })
            for risk in placeRisks {
                let touched = inWindow.contains { $0.kind == RecordKind.risk.rawValue && $0.id == risk.id.rawValue }
                let opened = risk.opened.map(window) ?? false
                guard touched || opened else { continue }
                let previous = state(.risk, risk.id.rawValue, in: earlier, as: Risk.self)
                // First recorded in the window but opened before it: its earlier score is not known.
                if previous == nil && !opened { continue }
                let wasOpen = previous.map { $0.isOpen(on: since) } ?? false
                let isOpen = risk.isOpen(on: asOf)
                let old = wasOpen ? previous?.score : nil, new = isOpen ? risk.score : nil
                guard old != new || wasOpen != isOpen else { continue }
                let direction: String, text: String
                switch (wasOpen, isOpen) {
                case (false, true):
                    direction = "new"
                    text = "Opened" + (new.map { ", scoring \($0)" } ?? "")
                case (true, false):
                    direction = "closed"
                    text = "Closed" + (old.map { " (was \($0))" } ?? "")
                default:
                    direction = (new ?? 0) > (old ?? 0) ? "up" : "down"
                    text = "Score \(old.map(String.init) ?? "unscored") → \(new.map(String.init) ?? "unscored")"
                }
                moves.append(RiskMove(id: risk.id.rawValue, title: risk.title, before: old, after: new,
                                      direction: direction, text: text))
            }
        }

        // Milestones that slipped (fell overdue, or had their due date moved later) or were completed.
        var slipped: [MilestoneChange] = [], completed: [MilestoneChange] = []
        for milestone in index.milestones(in: place).sorted(by: { ($0.due, $0.id.rawValue) < ($1.due, $1.id.rawValue) }) {
            let previous = auditAvailable ? state(.milestone, milestone.id.rawValue, in: earlier, as: Milestone.self) : nil
            if let previous, previous.due < milestone.due {
                slipped.append(MilestoneChange(id: milestone.id.rawValue, title: milestone.title,
                                               due: milestone.due.description,
                                               text: "Due date moved from \(previous.due) to \(milestone.due)"))
            } else if milestone.isOverdue(on: asOf) && !milestone.isOverdue(on: since) {
                slipped.append(MilestoneChange(id: milestone.id.rawValue, title: milestone.title,
                                               due: milestone.due.description,
                                               text: "Fell overdue: due \(milestone.due), not done by \(asOf)"))
            }
            let doneInWindow = milestone.status == .done && (milestone.completed.map(window)
                ?? (previous.map { $0.status != .done } ?? false))
            if doneInWindow {
                completed.append(MilestoneChange(id: milestone.id.rawValue, title: milestone.title,
                                                 due: milestone.due.description,
                                                 text: "Completed" + (milestone.completed.map { " \($0)" } ?? "")))
            }
        }

        let meetings = entries.meetings(of: index.bodies(in: place), after: since)
        let recorded = inWindow.filter { entry in
            Self.concerns(entry, place: place, index: index)
        }.map {
            RecordedChange(sequence: $0.sequence, time: $0.time.description, actor: $0.actor, kind: $0.kind, id: $0.id,
                           operation: $0.operation.rawValue)
        }
        var number = 0
        func anchored(_ findings: [Finding], _ prefix: String) -> [FindingEntry] {
            findings.map { finding in
                number += 1
                return entries.finding(finding, anchor: "\(prefix)\(number)")
            }
        }
        let newEntries = anchored(newFindings, "new-finding-")
        number = 0
        let resolvedEntries = anchored(resolved, "resolved-finding-")
        let decisions = entries.decisions(in: meetings)
        let nothing = joined.isEmpty && left.isEmpty && newEntries.isEmpty && resolvedEntries.isEmpty && moves.isEmpty
            && slipped.isEmpty && completed.isEmpty && decisions.isEmpty && recorded.isEmpty
        return ChangeSummary(
            since: since.description, asOf: asOf.description, joined: joined.sorted(by: byDate),
            left: left.sorted(by: byDate), newFindings: newEntries, resolvedFindings: resolvedEntries, riskMoves: moves,
            slipped: slipped, completed: completed, decisions: decisions, recorded: recorded,
            auditAvailable: auditAvailable, nothingChanged: nothing,
            summary: "\(Formatting.count(joined.count, "member")) joined and \(left.count) left; "
                + "\(Formatting.count(newEntries.count, "new finding")) and \(resolvedEntries.count) resolved; "
                + "\(Formatting.count(moves.count, "risk score")) moved; "
                + "\(Formatting.count(slipped.count, "milestone")) slipped and \(completed.count) completed; "
                + "\(Formatting.count(decisions.count, "decision")) taken.")
    }

    /// The last millisecond of `day` in UTC, as the audit log counts time.
    static func instant(endOf day: Day) -> Int64 {
        let epoch: Day = "1970-01-01"
        return Int64(epoch.days(until: day) + 1) * 86_400_000 - 1
    }

    /// Whether an audit entry is about the place: filed under it in its before or after JSON.
    static func concerns(_ entry: AuditEntry, place: ID<Place>, index: DatasetIndex) -> Bool {
        let needle = "\"\(place.rawValue)\""
        if entry.after?.contains(needle) == true || entry.before?.contains(needle) == true { return true }
        // Seats and memberships name their body, not their place.
        let bodies = index.bodies(in: place).map { "\"\($0.id.rawValue)\"" }
        let seats = index.dataset.seats.filter { seat in index.bodies[seat.body]?.place == place }
            .map { "\"\($0.id.rawValue)\"" }
        let text = (entry.after ?? "") + (entry.before ?? "")
        return bodies.contains { text.contains($0) } || seats.contains { text.contains($0) }
    }
}
