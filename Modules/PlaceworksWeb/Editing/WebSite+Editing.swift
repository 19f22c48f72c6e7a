import Foundation
import Hummingbird
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksReports
import PlaceworksStore

/// Editing in the browser: each form validates on the server, shows each error next to its
/// field with what was typed kept, and says so when someone else saved the record first
/// (showing the values now held). Every form carries the session's CSRF token; a place editor
/// reaches only the forms of their own places.
extension WebSite {
    func registerEditing<Context: RequestContext>(on router: Router<Context>) {
        func route(_ method: HTTPRequest.Method, _ path: RouterPath,
                   _ handler: @escaping @Sendable (Request, Context, Editor) async throws -> Response) {
            router.on(path, method: method) { request, context in
                await page(request, signedIn: true) { editor in
                    guard let editor else { throw WebError.forbidden("Sign in to change data.") }
                    return try await handler(request, context, editor)
                }
            }
        }
        route(.get, "/places/:place/risks/:risk") { request, context, editor in
            try await riskForm(request, context, editor, posted: nil)
        }
        route(.post, "/places/:place/risks/:risk") { request, context, editor in
            try await riskForm(request, context, editor, posted: try await posted(request, editor))
        }
        route(.get, "/places/:place/new-risk") { request, context, editor in
            try await newRisk(request, context, editor, posted: nil)
        }
        route(.post, "/places/:place/new-risk") { request, context, editor in
            try await newRisk(request, context, editor, posted: try await posted(request, editor))
        }
        route(.get, "/places/:place/milestones/:milestone") { request, context, editor in
            try await milestoneForm(request, context, editor, posted: nil)
        }
        route(.post, "/places/:place/milestones/:milestone") { request, context, editor in
            try await milestoneForm(request, context, editor, posted: try await posted(request, editor))
        }
        route(.get, "/places/:place/seats/:seat") { request, context, editor in
            try await seatForms(request, context, editor, action: nil, posted: nil)
        }
        for action in SeatAction.allCases {
            route(.post, RouterPath("/places/:place/seats/:seat/\(action.rawValue)")) { request, context, editor in
                try await seatForms(request, context, editor, action: action, posted: try await posted(request, editor))
            }
        }
        route(.get, "/places/:place/new-meeting") { request, context, editor in
            try await meetingForm(request, context, editor, posted: nil)
        }
        route(.post, "/places/:place/new-meeting") { request, context, editor in
            try await meetingForm(request, context, editor, posted: try await posted(request, editor))
        }
    }

    /// The posted form, once its CSRF token is the session's.
    func posted(_ request: Request, _ editor: Editor) async throws -> FormData {
        let form = try await FormData.read(request)
        guard let sent = form["csrf"], APIToken.constantTimeEquals(sent, editor.csrf) else { throw Self.staleToken }
        return form
    }

    /// The place in the address, once the editor may change it.
    func editablePlace<Context: RequestContext>(_ context: Context, _ editor: Editor, in snapshot: LiveSnapshot) throws -> Place {
        let place = try Self.place(try parameter(context, "place"), in: snapshot.index)
        guard editor.mayChange(place: place.id.rawValue) else {
            let scope = editor.role == .viewer ? "Your account (\(editor.name)) reads but does not change data."
                : "Your account (\(editor.name)) changes the data of \(editor.places.sorted().joined(separator: ", ")) only."
            throw WebError.forbidden("\(scope) \(place.name) (\(place.id)) is not yours to change.")
        }
        return place
    }

    /// The record `id` of type `E`, once it is filed under `place`.
    func record<E: Entity>(_ id: String, among records: [E], in snapshot: LiveSnapshot, place: Place,
                           filed: (PlaceResolver, E) -> ID<Place>?) throws -> E {
        guard let record = records.first(where: { $0.id.rawValue == id }) else {
            throw WebError.notFound("There is no \(E.subjectKind.rawValue) \(id).")
        }
        guard filed(PlaceResolver(snapshot.dataset), record) == place.id else {
            throw WebError.forbidden("The \(E.subjectKind.rawValue) \(id) is not filed under \(place.name).")
        }
        return record
    }

    func editPage(_ title: String, place: Place, editor: Editor, body: HTML, status: HTTPResponse.Status = .ok) -> Response {
        WebResponse.html(Layout.page(title: title, main: """
        <p><a href="\(Paths.place(place.id))">Back to \(place.name)</a></p><h1>\(title)</h1>\(body)
        """, signedIn: editor.name, csrf: editor.csrf), status: status)
    }

    /// Saves with `save`; a refusal becomes field errors, or `stale` when someone saved first.
    func attempt(_ errors: inout FieldErrors, stale: inout Bool, _ save: () async throws -> Void) async throws {
        do {
            try await save()
        } catch let error as OperationError {
            switch error {
            case let .invalid(field, reason): errors.add(field, reason)
            case .notFound, .conflict: errors.add("form", error.description)
            }
        } catch StoreError.staleVersion {
            stale = true
        } catch let StoreError.invalidData(problems) {
            errors.add("form", "The change would leave the data inconsistent: "
                + problems.map(\.description).joined(separator: "; "))
        }
    }

    static func staleNotice(_ what: String, entered: [(String, String)]) -> HTML {
        let items = entered.filter { !$0.1.isEmpty }.map { label, value -> HTML in "<li>\(label): \(value)</li>" }
        return """
        <div class="problem" role="alert"><h2>Someone else saved this \(what) first</h2>\
        <p>Your changes were not saved. The form now shows the values saved since you opened it; make your changes again \
        if they are still needed.</p>\(items.isEmpty ? HTML.empty : "<p>You had entered:</p><ul>\(items)</ul>")</div>
        """
    }

    static func general(_ errors: FieldErrors) -> HTML {
        errors["form"].map { message -> HTML in "<div class=\"problem\" role=\"alert\"><p>\(message)</p></div>" } ?? .empty
    }

    // MARK: - Parsing fields

    static func day(_ form: FormData, _ field: String, _ errors: inout FieldErrors, required: Bool = false) -> Day? {
        guard let text = form[field] else {
            if required { errors.add(field, "Enter a date.") }
            return nil
        }
        guard let day = Day(iso: text) else {
            errors.add(field, "Enter a real date as YYYY-MM-DD, e.g. 2022-04-01 (not “\(text)”).")
            return nil
        }
        return day
    }

    static func time(_ form: FormData, _ field: String, _ errors: inout FieldErrors) -> TimeOfDay? {
        guard let text = form[field] else { return nil }
        guard let time = TimeOfDay(text: text) else {
            errors.add(field, "Enter a time on the 24-hour clock as HH:MM, e.g. 14:00 (not “\(text)”).")
            return nil
        }
        return time
    }

    static func score(_ form: FormData, _ field: String, _ errors: inout FieldErrors) -> Int? {
        guard let text = form[field] else { return nil }
        guard let value = Int(text), (1...5).contains(value) else {
            errors.add(field, "Choose a score from 1 to 5.")
            return nil
        }
        return value
    }

    static func scoreOptions(_ words: [String]) -> [(value: String, label: String)] {
        [("", "Not scored")] + words.enumerated().map { ("\($0.offset + 1)", "\($0.offset + 1) – \($0.element)") }
    }

    static let likelihoods = scoreOptions(["rare", "unlikely", "possible", "likely", "almost certain"])
    static let impacts = scoreOptions(["negligible", "minor", "moderate", "major", "catastrophic"])

    /// The people a form offers: everyone who has held a seat of the place, and `also`.
    static func people(of place: Place, in snapshot: LiveSnapshot, also: [ID<Person>?] = []) -> [(value: String, label: String)] {
        let index = snapshot.index
        var ids = Set(also.compactMap { $0 })
        for body in index.bodies(in: place.id) {
            for seat in snapshot.dataset.seats where seat.body == body.id {
                for membership in index.memberships(of: seat.id) {
                    ids.insert(membership.person)
                    if let deputy = membership.deputy { ids.insert(deputy) }
                }
            }
        }
        return ids.compactMap { index.people[$0] }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            .map { ($0.id.rawValue, $0.displayName) }
    }

    /// The bodies a risk may be escalated to or a meeting held by: the place's and its ICS's.
    static func bodies(for place: Place, in snapshot: LiveSnapshot, on day: Day) -> [Body] {
        let index = snapshot.index
        let own = index.bodies(in: place.id)
        let system = place.ics.map { index.bodies(of: $0).filter { $0.place == nil } } ?? []
        return (own + system).filter { $0.exists(on: day) }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// A new person's identifier from their name, unused in the data.
    static func newPersonID(_ name: String, in dataset: Dataset) -> ID<Person> {
        let stem = "person-" + Formatting.slug(name)
        var candidate = stem, number = 2
        let taken = Set(dataset.people.map(\.id.rawValue))
        while taken.contains(candidate) {
            candidate = "\(stem)-\(number)"
            number += 1
        }
        return ID(candidate)
    }

    /// The person a form names: one chosen from the list, or a new one by name.
    static func person(_ form: FormData, choose: String, newName: String, in dataset: Dataset,
                       _ errors: inout FieldErrors) -> (id: ID<Person>, name: String?)? {
        if let name = form[newName] { return (newPersonID(name, in: dataset), name) }
        guard let chosen = form[choose] else {
            errors.add(choose, "Choose a person, or give a new person's name.")
            return nil
        }
        guard dataset.people.contains(where: { $0.id.rawValue == chosen }) else {
            errors.add(choose, "Choose a person from the list.")
            return nil
        }
        return (ID(chosen), nil)
    }
}

/// What a seat's forms do.
enum SeatAction: String, CaseIterable, Sendable {
    case appoint, end, deputy
}
