import Foundation
import Hummingbird
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksReports
import PlaceworksStore

extension WebSite {
    /// The fields of a risk, filled from `risk` or from what was posted.
    func riskFields(_ risk: Risk?, posted: FormData?, place: Place, snapshot: LiveSnapshot, day: Day) -> [FormField] {
        func value(_ name: String, _ current: String?) -> String { posted.map { $0.raw(name) } ?? current ?? "" }
        let owners = [("", "No owner")] + Self.people(of: place, in: snapshot, also: [risk?.owner])
        let boards = [("", "Not escalated")] + Self.bodies(for: place, in: snapshot, on: day).map { ($0.id.rawValue, $0.name) }
        return [
            FormField(name: "title", label: "Risk", kind: .text, value: value("title", risk?.title), required: true),
            FormField(name: "owner", label: "Owner", kind: .select(owners), value: value("owner", risk?.owner?.rawValue)),
            FormField(name: "likelihood", label: "Likelihood", kind: .select(Self.likelihoods),
                      value: value("likelihood", risk?.likelihood.map(String.init))),
            FormField(name: "impact", label: "Impact", kind: .select(Self.impacts), value: value("impact", risk?.impact.map(String.init)),
                      hint: "Likelihood × impact of \(Risk.escalationThreshold) or more goes to the board."),
            FormField(name: "mitigation", label: "Mitigation", kind: .textarea, value: value("mitigation", risk?.mitigation)),
            FormField(name: "reviewBy", label: "Review by", kind: .date, value: value("reviewBy", risk?.reviewBy?.description),
                      hint: "YYYY-MM-DD"),
            FormField(name: "escalatedTo", label: "Escalated to", kind: .select(boards),
                      value: value("escalatedTo", risk?.escalatedTo?.rawValue)),
            FormField(name: "closed", label: "Close the risk on", kind: .date, value: value("closed", risk?.closed?.description),
                      hint: "Leave empty while the risk is open."),
        ]
    }

    /// The changes a posted risk form asks for, with what is wrong with it.
    func riskChanges(_ form: FormData, place: Place, snapshot: LiveSnapshot, day: Day,
                     _ errors: inout FieldErrors) -> (changes: RiskChanges, closed: Day?) {
        var changes = RiskChanges()
        if let title = form["title"] { changes.title = title } else { errors.add("title", "Give the risk a title.") }
        if let owner = form["owner"] {
            if snapshot.index.people[ID(owner)] == nil { errors.add("owner", "Choose the owner from the list.") }
            changes.owner = ID(owner)
        }
        changes.likelihood = Self.score(form, "likelihood", &errors)
        changes.impact = Self.score(form, "impact", &errors)
        changes.mitigation = form["mitigation"]
        changes.reviewBy = Self.day(form, "reviewBy", &errors)
        if let board = form["escalatedTo"] {
            if !Self.bodies(for: place, in: snapshot, on: day).contains(where: { $0.id.rawValue == board }) {
                errors.add("escalatedTo", "Choose a board of \(place.name) or its ICS from the list.")
            }
            changes.escalatedTo = ID(board)
        }
        return (changes, Self.day(form, "closed", &errors))
    }

    func riskForm<Context: RequestContext>(_ request: Request, _ context: Context, _ editor: Editor,
                                           posted: FormData?) async throws -> Response {
        var snapshot = try await engine.snapshot()
        let place = try editablePlace(context, editor, in: snapshot)
        let id = try parameter(context, "risk")
        var risk = try record(id, among: snapshot.dataset.risks, in: snapshot, place: place) { $0.of($1) }
        let day = Day.inLondon(engine.clock())
        var errors = FieldErrors()
        var notice: HTML?
        var shown = posted
        if let form = posted {
            let (changes, closed) = riskChanges(form, place: place, snapshot: snapshot, day: day, &errors)
            let expected = form["version"].flatMap { Int64($0) }
            if errors.isEmpty {
                var stale = false
                let wasClosed = risk.closed
                try await attempt(&errors, stale: &stale) {
                    try changes.validate()
                    try await engine.write(summary: "Updated risk \(id).", by: editor.name) { edit in
                        try UpdateRisk(id: ID(id), changes: changes, expectedVersion: expected).apply(to: &edit)
                        if let closed, closed != wasClosed {
                            try CloseRisk(id: ID(id), on: closed).apply(to: &edit)
                        }
                    }
                }
                if stale {
                    snapshot = try await engine.snapshot()
                    risk = try record(id, among: snapshot.dataset.risks, in: snapshot, place: place) { $0.of($1) }
                    notice = Self.staleNotice("risk", entered: riskFields(nil, posted: form, place: place, snapshot: snapshot, day: day)
                        .map { ($0.label, form.raw($0.name)) })
                    shown = nil
                } else if errors.isEmpty {
                    return WebResponse.redirect(to: Paths.place(place.id) + "#risks")
                }
            }
        }
        let form = EditForm(title: "Update the risk", action: "/places/\(HTML.urlComponent(place.id.rawValue))/risks/\(HTML.urlComponent(id))",
                            fields: riskFields(risk, posted: shown, place: place, snapshot: snapshot, day: day),
                            csrf: editor.csrf, version: snapshot.version(of: risk.id), errors: errors,
                            notice: (notice ?? .empty) + Self.general(errors), submit: "Save the risk")
        return editPage("\(risk.title)", place: place, editor: editor, body: form.html,
                        status: errors.isEmpty && notice == nil ? .ok : (notice == nil ? .unprocessableContent : .conflict))
    }

    func newRisk<Context: RequestContext>(_ request: Request, _ context: Context, _ editor: Editor,
                                          posted: FormData?) async throws -> Response {
        let snapshot = try await engine.snapshot()
        let place = try editablePlace(context, editor, in: snapshot)
        let day = Day.inLondon(engine.clock())
        var errors = FieldErrors()
        if let form = posted {
            let (changes, _) = riskChanges(form, place: place, snapshot: snapshot, day: day, &errors)
            if errors.isEmpty {
                let stem = "\(place.id.rawValue.lowercased())-risk-" + Formatting.slug(changes.title ?? "risk").prefix(40)
                var id = stem, number = 2
                while snapshot.index.dataset.risks.contains(where: { $0.id.rawValue == id }) {
                    id = "\(stem)-\(number)"
                    number += 1
                }
                var stale = false
                try await attempt(&errors, stale: &stale) {
                    try await engine.perform(AddRisk(id: ID(id), place: place.id, opened: day, fields: changes), by: editor.name)
                }
                if errors.isEmpty && !stale { return WebResponse.redirect(to: Paths.place(place.id) + "#risks") }
            }
        }
        let fields = riskFields(nil, posted: posted, place: place, snapshot: snapshot, day: day).filter { $0.name != "closed" }
        let form = EditForm(title: "Add a risk to \(place.name)'s register",
                            action: "/places/\(HTML.urlComponent(place.id.rawValue))/new-risk", fields: fields,
                            csrf: editor.csrf, errors: errors, notice: Self.general(errors), submit: "Add the risk")
        return editPage("Add a risk", place: place, editor: editor, body: form.html,
                        status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func milestoneForm<Context: RequestContext>(_ request: Request, _ context: Context, _ editor: Editor,
                                                posted: FormData?) async throws -> Response {
        var snapshot = try await engine.snapshot()
        let place = try editablePlace(context, editor, in: snapshot)
        let id = try parameter(context, "milestone")
        var milestone = try record(id, among: snapshot.dataset.milestones, in: snapshot, place: place) { $0.of($1) }
        var errors = FieldErrors()
        var notice: HTML?
        var shown = posted
        func fields(_ milestone: Milestone, _ posted: FormData?) -> [FormField] {
            func value(_ name: String, _ current: String?) -> String { posted.map { $0.raw(name) } ?? current ?? "" }
            return [
                FormField(name: "status", label: "Status", kind: .select(MilestoneStatus.allCases.map { ($0.rawValue, $0.rawValue) }),
                          value: value("status", milestone.status.rawValue), required: true),
                FormField(name: "due", label: "Due", kind: .date, value: value("due", milestone.due.description), hint: "YYYY-MM-DD"),
                FormField(name: "completed", label: "Completed on", kind: .date, value: value("completed", milestone.completed?.description),
                          hint: "Only for a milestone that is done."),
            ]
        }
        if let form = posted {
            let status = form["status"].flatMap(MilestoneStatus.init(rawValue:))
            if status == nil { errors.add("status", "Choose a status from the list.") }
            let due = Self.day(form, "due", &errors)
            let completed = Self.day(form, "completed", &errors)
            if errors.isEmpty, let status {
                var stale = false
                try await attempt(&errors, stale: &stale) {
                    try await engine.perform(SetMilestone(id: ID(id), status: status, due: due, completed: completed,
                                                          expectedVersion: form["version"].flatMap { Int64($0) }), by: editor.name)
                }
                if stale {
                    snapshot = try await engine.snapshot()
                    milestone = try record(id, among: snapshot.dataset.milestones, in: snapshot, place: place) { $0.of($1) }
                    notice = Self.staleNotice("milestone", entered: fields(milestone, form).map { ($0.label, form.raw($0.name)) })
                    shown = nil
                } else if errors.isEmpty {
                    return WebResponse.redirect(to: Paths.place(place.id) + "#workstreams")
                }
            }
        }
        let form = EditForm(title: "Update the milestone",
                            action: "/places/\(HTML.urlComponent(place.id.rawValue))/milestones/\(HTML.urlComponent(id))",
                            fields: fields(milestone, shown), csrf: editor.csrf, version: snapshot.version(of: milestone.id),
                            errors: errors, notice: (notice ?? .empty) + Self.general(errors), submit: "Save the milestone")
        return editPage(milestone.title, place: place, editor: editor, body: form.html,
                        status: errors.isEmpty && notice == nil ? .ok : (notice == nil ? .unprocessableContent : .conflict))
    }
}
