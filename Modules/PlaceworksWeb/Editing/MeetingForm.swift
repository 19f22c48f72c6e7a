import Foundation
import Hummingbird
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

extension WebSite {
    /// Recording a meeting, through the same operation as the API's meeting write: its body, day,
    /// times, place and session; who attended, sent apologies or stood in as a deputy (one choice
    /// for each person of the place); one agenda item with its decision; and the interests
    /// declared on that item.
    func meetingForm<Context: RequestContext>(_ request: Request, _ context: Context, _ editor: Editor,
                                              posted: FormData?) async throws -> Response {
        let snapshot = try await engine.snapshot()
        let place = try editablePlace(context, editor, in: snapshot)
        let day = Day.inLondon(engine.clock())
        let bodies = snapshot.index.bodies(in: place.id).sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let people = Self.people(of: place, in: snapshot)
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
            let attendance = MeetingFields.attendance(form, people: people, &errors)
            let declarations = MeetingFields.declarations(form, people: people, item: form["item"], &errors)
            if errors.isEmpty, let body, let date, let session {
                var id = "\(body.id.rawValue)-\(date)", number = 2
                while snapshot.dataset.meetings.contains(where: { $0.id.rawValue == id }) {
                    id = "\(body.id.rawValue)-\(date)-\(number)"
                    number += 1
                }
                let items = form["item"].map { title in
                    [AgendaItem(id: MeetingFields.item, title: title, decision: form["decision"].map {
                        Decision(id: "1", summary: $0, public: form.checked("decisionPublic") && session != .private)
                    })]
                } ?? []
                let meeting = Meeting(id: ID(id), body: body.id, date: date, session: session, attendance: attendance,
                                      items: items, declarations: declarations, starts: starts, ends: ends,
                                      location: form["location"], cancelled: form.checked("cancelled") ? true : nil)
                var stale = false
                try await attempt(&errors, stale: &stale) {
                    try await engine.perform(RecordMeeting(meeting: meeting, expectedVersion: 0), by: editor.name)
                }
                if errors.isEmpty && !stale { return WebResponse.redirect(to: Paths.place(place.id) + "#meetings") }
                if stale { errors.add("form", "A meeting \(id) was recorded by someone else at the same moment; check the meetings and try again.") }
            }
        }
        func value(_ name: String, _ fallback: String = "") -> String { posted.map { $0.raw(name) } ?? fallback }
        var form = EditForm(title: "Record a meeting", action: "/places/\(HTML.urlComponent(place.id.rawValue))/new-meeting", fields: [
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
        form.groups = [
            FieldGroup(legend: "Attendance", hint: "For each person, whether they attended, sent apologies or stood in for a member "
                + "as their deputy. Leave “Not recorded” for those the minutes do not mention.",
                       fields: people.flatMap { person in MeetingFields.attendanceFields(person, people: people, value: value) }),
            FieldGroup(legend: "Declarations of interest", hint: "Interests declared on the agenda item above.",
                       fields: (1...MeetingFields.declarationRows).flatMap { row in
                           MeetingFields.declarationFields(row, people: people, value: value)
                       }),
        ]
        return editPage("Record a meeting of \(place.name)", place: place, editor: editor, body: form.html,
                        status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}

/// The meeting form's attendance and declaration fields: how they are named, shown and read.
enum MeetingFields {
    /// The identifier of the form's one agenda item, which declarations refer to.
    static let item = "1"
    /// How many declarations of interest the form takes at once.
    static let declarationRows = 3

    static let capacities: [(value: String, label: String)] = [
        ("", "Not recorded"), (Attendance.Capacity.member.rawValue, "Attended as a member"),
        (Attendance.Capacity.deputy.rawValue, "Attended as a deputy"), (Attendance.Capacity.apologies.rawValue, "Sent apologies"),
        (Attendance.Capacity.inAttendance.rawValue, "In attendance (not a member)"),
    ]

    static func attendanceFields(_ person: (value: String, label: String), people: [(value: String, label: String)],
                                 value: (String, String) -> String) -> [FormField] {
        [
            FormField(name: "attendance-\(person.value)", label: person.label, kind: .select(capacities),
                      value: value("attendance-\(person.value)", "")),
            FormField(name: "standingInFor-\(person.value)", label: "\(person.label) stood in for", kind: .select(
                [("", "No one")] + people.filter { $0.value != person.value }), value: value("standingInFor-\(person.value)", "")),
        ]
    }

    static func declarationFields(_ row: Int, people: [(value: String, label: String)],
                                  value: (String, String) -> String) -> [FormField] {
        [
            FormField(name: "declarant-\(row)", label: "Declared by", kind: .select([("", "Choose a person")] + people),
                      value: value("declarant-\(row)", "")),
            FormField(name: "interest-\(row)", label: "Interest declared", kind: .text, value: value("interest-\(row)", ""),
                      hint: row == 1 ? "e.g. “Director of a provider bidding for the contract”" : nil),
        ]
    }

    /// The attendance the form records, in the order of `people`; each choice that does not make
    /// sense is named in `errors` next to its field.
    static func attendance(_ form: FormData, people: [(value: String, label: String)], _ errors: inout FieldErrors) -> [Attendance] {
        let names = Dictionary(people.map { ($0.value, $0.label) }, uniquingKeysWith: { first, _ in first })
        var recorded: [Attendance] = []
        for (id, name) in people {
            let field = "attendance-\(id)", standing = "standingInFor-\(id)"
            let member = form[standing]
            guard let chosen = form[field] else {
                if member != nil { errors.add(field, "Choose “Attended as a deputy” for \(name), or leave whom they stood in for as “No one”.") }
                continue
            }
            guard let capacity = Attendance.Capacity(rawValue: chosen) else {
                errors.add(field, "Choose \(name)'s attendance from the list.")
                continue
            }
            if capacity == .deputy {
                guard let member, let memberName = names[member], member != id else {
                    errors.add(standing, "Choose the member \(name) stood in for.")
                    continue
                }
                if form["attendance-\(member)"] == Attendance.Capacity.member.rawValue {
                    errors.add(standing, "\(memberName) attended as a member, so no deputy stood in for them.")
                    continue
                }
            } else if member != nil {
                errors.add(standing, "Only a deputy stands in for a member: choose “Attended as a deputy” for \(name), "
                    + "or leave this as “No one”.")
                continue
            }
            recorded.append(Attendance(ID(id), as: capacity, standingInFor: capacity == .deputy ? member.map { ID($0) } : nil))
        }
        return recorded
    }

    /// The interests declared on the form's agenda item `item` (nil when it names none).
    static func declarations(_ form: FormData, people: [(value: String, label: String)], item: String?,
                             _ errors: inout FieldErrors) -> [Declaration] {
        let known = Set(people.map(\.value))
        var declared: [Declaration] = []
        for row in 1...declarationRows {
            let who = "declarant-\(row)", what = "interest-\(row)"
            switch (form[who], form[what]) {
            case (nil, nil): continue
            case (nil, _): errors.add(who, "Choose who declared the interest.")
            case (_, nil): errors.add(what, "Describe the interest that was declared.")
            case let (person?, interest?):
                guard known.contains(person) else {
                    errors.add(who, "Choose a person from the list.")
                    continue
                }
                guard item != nil else {
                    errors.add("item", "Name the agenda item the interest was declared on.")
                    continue
                }
                declared.append(Declaration(person: ID(person), item: Self.item, interest: interest))
            }
        }
        return declared
    }
}
