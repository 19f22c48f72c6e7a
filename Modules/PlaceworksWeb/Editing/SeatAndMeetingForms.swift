import Foundation
import Hummingbird
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

extension WebSite {
    /// A seat's page: appoint to it when vacant; end the membership or set the deputy when held.
    func seatForms<Context: RequestContext>(_ request: Request, _ context: Context, _ editor: Editor,
                                            action: SeatAction?, posted: FormData?) async throws -> Response {
        var snapshot = try await engine.snapshot()
        let place = try editablePlace(context, editor, in: snapshot)
        let seatID = try parameter(context, "seat")
        let seat = try record(seatID, among: snapshot.dataset.seats, in: snapshot, place: place) { $0.of($1) }
        let day = try self.day(request)
        var errors = FieldErrors()
        var notice: HTML?
        var shown = posted
        if let form = posted, let action {
            var stale = false
            let expected = form["version"].flatMap { Int64($0) }
            switch action {
            case .appoint:
                let person = Self.person(form, choose: "person", newName: "personName", in: snapshot.dataset, &errors)
                let from = Self.day(form, "from", &errors, required: true)
                if let organisation = form["onBehalfOf"], snapshot.index.organisations[ID(organisation)] == nil {
                    errors.add("onBehalfOf", "Choose the organisation from the list.")
                }
                if errors.isEmpty, let person, let from {
                    try await attempt(&errors, stale: &stale) {
                        try await engine.perform(AppointMember(seat: seat.id, person: person.id, personName: person.name,
                                                               onBehalfOf: form["onBehalfOf"].map { ID($0) }, from: from),
                                                 by: editor.name)
                    }
                }
            case .end:
                let on = Self.day(form, "on", &errors, required: true)
                if errors.isEmpty, let on, let membership = form["membership"] {
                    try await attempt(&errors, stale: &stale) {
                        try await engine.perform(EndMembership(membership: ID(membership), on: on, expectedVersion: expected),
                                                 by: editor.name)
                    }
                }
            case .deputy:
                let deputy = Self.person(form, choose: "deputy", newName: "deputyName", in: snapshot.dataset, &errors)
                if errors.isEmpty, let deputy, let membership = form["membership"] {
                    try await attempt(&errors, stale: &stale) {
                        try await engine.perform(SetDeputy(membership: ID(membership), deputy: deputy.id, deputyName: deputy.name,
                                                           briefed: form.checked("briefed"), expectedVersion: expected),
                                                 by: editor.name)
                    }
                }
            }
            if stale {
                snapshot = try await engine.snapshot()
                notice = Self.staleNotice("membership", entered: form.values.filter { !["csrf", "version", "membership"].contains($0.key) }
                    .sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
                shown = nil
            } else if errors.isEmpty {
                return WebResponse.redirect(to: Paths.place(place.id, asOf: day) + "#members")
            }
        }
        let base = "/places/\(HTML.urlComponent(place.id.rawValue))/seats/\(HTML.urlComponent(seatID))"
        let held = snapshot.index.membership(of: seat.id, on: day)
        func value(_ name: String, _ current: String? = nil) -> String { shown.map { $0.raw(name) } ?? current ?? "" }
        let people = [("", "Choose a person")] + Self.people(of: place, in: snapshot)
        var forms: [HTML] = []
        let formErrors = (action == nil || notice != nil) ? FieldErrors() : errors
        if let held {
            let member = snapshot.index.people[held.person]?.displayName ?? held.person.rawValue
            let deputy = held.deputy.flatMap { snapshot.index.people[$0]?.displayName }
            let version = snapshot.version(of: held.id)
            forms.append("<p>Held by <strong>\(member)</strong> since \(held.period.start?.description ?? "—")"
                + "\(deputy.map { "; deputy \($0)" } ?? "").</p>")
            var end = EditForm(title: "End the membership", action: "\(base)/end", fields: [
                FormField(name: "on", label: "Last day", kind: .date, value: action == .end ? value("on") : "", hint: "YYYY-MM-DD",
                          required: true),
            ], csrf: editor.csrf, version: version, errors: action == .end ? formErrors : FieldErrors(), submit: "End the membership")
            var deputyForm = EditForm(title: "Set the deputy", action: "\(base)/deputy", fields: [
                FormField(name: "deputy", label: "Deputy", kind: .select(people), value: action == .deputy ? value("deputy") : held.deputy?.rawValue ?? ""),
                FormField(name: "deputyName", label: "Or a new person's name", kind: .text, value: action == .deputy ? value("deputyName") : ""),
                FormField(name: "briefed", label: "Briefed and empowered to act", kind: .checkbox,
                          value: action == .deputy ? value("briefed") : (held.deputyBriefed ? "yes" : "")),
            ], csrf: editor.csrf, version: version, errors: action == .deputy ? formErrors : FieldErrors(), submit: "Save the deputy")
            let hidden: HTML = "<input type=\"hidden\" name=\"membership\" value=\"\(held.id.rawValue)\">"
            end.notice = hidden
            deputyForm.notice = hidden
            forms += [end.html, deputyForm.html]
        } else {
            let organisations = [("", "None named")] + snapshot.dataset.organisations.filter { $0.place == place.id || $0.place == nil }
                .sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map { ($0.id.rawValue, $0.name) }
            forms.append("<p>The seat is <strong>vacant</strong> on \(day.spelledOut).</p>")
            forms.append(EditForm(title: "Appoint a member", action: "\(base)/appoint?as_of=\(day)", fields: [
                FormField(name: "person", label: "Person", kind: .select(people), value: value("person")),
                FormField(name: "personName", label: "Or a new person's name", kind: .text, value: value("personName")),
                FormField(name: "from", label: "From", kind: .date, value: value("from", day.description), hint: "YYYY-MM-DD",
                          required: true),
                FormField(name: "onBehalfOf", label: "On behalf of", kind: .select(organisations), value: value("onBehalfOf")),
            ], csrf: editor.csrf, errors: formErrors, submit: "Appoint").html)
        }
        let body = (notice ?? .empty) + Self.general(errors) + HTML(forms)
        return editPage("\(seat.title)", place: place, editor: editor, body: body,
                        status: notice != nil ? .conflict : (errors.isEmpty ? .ok : .unprocessableContent))
    }

    /// Recording a meeting: its body, day, times, place, session and one agenda item with its decision.
    func meetingForm<Context: RequestContext>(_ request: Request, _ context: Context, _ editor: Editor,
                                              posted: FormData?) async throws -> Response {
        let snapshot = try await engine.snapshot()
        let place = try editablePlace(context, editor, in: snapshot)
        let day = Day.inLondon(engine.clock())
        let bodies = snapshot.index.bodies(in: place.id).sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        var errors = FieldErrors()
        if let form = posted {
            let body = form["body"].flatMap { id in bodies.first { $0.id.rawValue == id } }
            if body == nil { errors.add("body", "Choose which of \(place.name)'s bodies met.") }
            let date = Self.day(form, "date", &errors, required: true)
            let starts = Self.time(form, "starts", &errors), ends = Self.time(form, "ends", &errors)
            if let starts, let ends, ends <= starts { errors.add("ends", "The meeting must end after it starts (\(starts)).") }
            let session = form["session"].flatMap(Sessions.init(rawValue:))
            if session == nil { errors.add("session", "Choose whether it met in public or in private.") }
            if form["decision"] != nil && form["item"] == nil { errors.add("item", "Name the agenda item the decision was taken on.") }
            if errors.isEmpty, let body, let date, let session {
                var id = "\(body.id.rawValue)-\(date)", number = 2
                while snapshot.dataset.meetings.contains(where: { $0.id.rawValue == id }) {
                    id = "\(body.id.rawValue)-\(date)-\(number)"
                    number += 1
                }
                let items = form["item"].map { title in
                    [AgendaItem(id: "1", title: title, decision: form["decision"].map {
                        Decision(id: "1", summary: $0, public: form.checked("decisionPublic") && session != .private)
                    })]
                } ?? []
                let meeting = Meeting(id: ID(id), body: body.id, date: date, session: session, items: items,
                                      starts: starts, ends: ends, location: form["location"],
                                      cancelled: form.checked("cancelled") ? true : nil)
                var stale = false
                try await attempt(&errors, stale: &stale) {
                    try await engine.perform(RecordMeeting(meeting: meeting, expectedVersion: 0), by: editor.name)
                }
                if errors.isEmpty && !stale { return WebResponse.redirect(to: Paths.place(place.id) + "#meetings") }
                if stale { errors.add("form", "A meeting \(id) was recorded by someone else at the same moment; check the meetings and try again.") }
            }
        }
        func value(_ name: String, _ fallback: String = "") -> String { posted.map { $0.raw(name) } ?? fallback }
        let form = EditForm(title: "Record a meeting", action: "/places/\(HTML.urlComponent(place.id.rawValue))/new-meeting", fields: [
            FormField(name: "body", label: "Body", kind: .select([("", "Choose a body")] + bodies.map { ($0.id.rawValue, $0.name) }),
                      value: value("body"), required: true),
            FormField(name: "date", label: "Date", kind: .date, value: value("date", day.description), hint: "YYYY-MM-DD", required: true),
            FormField(name: "starts", label: "Starts", kind: .time, value: value("starts"), hint: "HH:MM, London time"),
            FormField(name: "ends", label: "Ends", kind: .time, value: value("ends"), hint: "HH:MM, London time"),
            FormField(name: "location", label: "Where", kind: .text, value: value("location")),
            FormField(name: "session", label: "Session", kind: .select([
                ("public", "In public"), ("public-with-private", "In public, with a private part"), ("private", "In private"),
            ]), value: value("session", "public")),
            FormField(name: "cancelled", label: "Cancelled", kind: .checkbox, value: value("cancelled")),
            FormField(name: "item", label: "Agenda item", kind: .text, value: value("item")),
            FormField(name: "decision", label: "Decision on it", kind: .textarea, value: value("decision")),
            FormField(name: "decisionPublic", label: "Decision taken in public", kind: .checkbox, value: value("decisionPublic", "yes")),
        ], csrf: editor.csrf, errors: errors, notice: Self.general(errors), submit: "Record the meeting")
        return editPage("Record a meeting of \(place.name)", place: place, editor: editor, body: form.html,
                        status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
