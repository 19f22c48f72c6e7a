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
}
