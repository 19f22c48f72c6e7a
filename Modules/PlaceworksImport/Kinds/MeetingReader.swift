import PlaceworksDomain

/// Meetings, as minutes are usually typed up: one row an attendee, a declaration of interest or
/// an agenda item with its decision, under the meeting's body and date. Rows of one body and date
/// make one meeting, named `<body>-<date>` unless the store holds a meeting of that body on that
/// date (which is then updated: an attendee, declaration or item the file gives replaces the
/// stored one; others are kept).
///
/// - a row with a **Person** records their attendance (as a member unless **Attendance** says
///   deputy, apologies or in attendance; a deputy names the member in **Standing in for**);
/// - a row with a **Person**, an **Item** and an **Interest** records their declaration on that
///   item (and, with **Withdrew** yes, that they took no part in its decision);
/// - a row with an **Item** records the agenda item, its **Item title** and its **Decision**.
struct MeetingReader: KindReader {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Body", aliases: ["Board", "Committee", "Forum", "Meeting of"], required: true, example: "swk-pssb",
                   help: "The body that met (identifier or name)."),
        ColumnSpec("Date", aliases: ["Meeting date", "Meeting", "Held on"], required: true, example: "2025-05-14",
                   help: "The day of the meeting."),
        ColumnSpec("Session", aliases: ["Public or private", "Part"], example: "public",
                   help: "public, private, or public-with-private (default public)."),
        ColumnSpec("Person", aliases: ["Name", "Attendee", "Member", "Declared by"], example: "",
                   help: "An attendee, or who declared an interest (identifier or name, as the store holds them)."),
        ColumnSpec("Attendance", aliases: ["Attended as", "Capacity", "Present as"], example: "",
                   help: "member, deputy, apologies or in attendance (default member)."),
        ColumnSpec("Standing in for", aliases: ["Deputising for", "Deputy for", "On behalf of"], example: "",
                   help: "For a deputy: the member they stand in for (identifier or name)."),
        ColumnSpec("Item", aliases: ["Agenda item", "Item number", "Item no", "Ref"], example: "5",
                   help: "The agenda item's number or reference."),
        ColumnSpec("Item title", aliases: ["Agenda item title", "Subject", "Title"], example: "Community diagnostics hub",
                   help: "The item's title."),
        ColumnSpec("Decision", aliases: ["Decision taken", "Resolution", "Resolved", "Outcome"],
                   example: "Approved the business case", help: "The decision taken on the item."),
        ColumnSpec("Decided in public", aliases: ["Public decision", "In public"], example: "yes",
                   help: "Whether the decision was taken in public session (default: as the session)."),
        ColumnSpec("Interest", aliases: ["Declaration", "Declared interest", "Interest declared", "Conflict of interest"],
                   example: "", help: "An interest the person declared in the item."),
        ColumnSpec("Withdrew", aliases: ["Took no part", "Excluded", "Left the room"], example: "",
                   help: "Yes when the person who declared the interest took no part in the item's decision."),
    ]

    let references: References
    var duplicates = DuplicateCheck()
    var meetings: [ID<Meeting>: Meeting] = [:]
    var order: [ID<Meeting>] = []

    static func capacity(_ text: String) -> Attendance.Capacity? {
        switch HeaderName.normalise(text) {
        case "member", "present", "attended", "yes": .member
        case "deputy", "substitute", "deputising": .deputy
        case "apologies", "apology", "absent", "sentapologies": .apologies
        case "inattendance", "attending", "observer", "officer": .inAttendance
        default: nil
        }
    }

    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch) {
        let refs = references
        let body = row.required("Body") == nil ? nil : row.reference("Body", kind: "body", example: "swk-pssb") { refs.body($0) }
        let date = row.required("Date") == nil ? nil : row.day("Date")
        var session: Sessions?
        if let text = row.text("Session") {
            session = Sessions.allCases.first { HeaderName.normalise($0.rawValue) == HeaderName.normalise(text) }
            if session == nil { row.problem("Session", text, "this should be public, private or public-with-private.") }
        }
        let person = row.reference("Person", kind: "person", example: "swk-p-ada-example") { refs.person($0) }
        var capacity: Attendance.Capacity?
        if let text = row.text("Attendance") {
            capacity = Self.capacity(text)
            if capacity == nil { row.problem("Attendance", text, "this should be member, deputy, apologies or in attendance.") }
        }
        let standingIn = row.reference("Standing in for", kind: "person", example: "swk-p-ada-example") { refs.person($0) }
        let item = row.text("Item"), title = row.text("Item title"), decision = row.text("Decision")
        let decidedInPublic = row.flag("Decided in public"), withdrew = row.flag("Withdrew")
        let interest = row.text("Interest")
        if interest != nil, item == nil {
            row.problem("Item", nil, "a declaration of interest names the agenda item it is about; give the item.")
        }
        if row.text("Person") == nil, item == nil, row.problems.isEmpty {
            row.problem(nil, nil, "this row names no attendee (Person) and no agenda item (Item): there is nothing to record.")
        }
        if capacity == .deputy, standingIn == nil, row.problems.isEmpty {
            row.problem("Standing in for", nil, "a deputy stands in for a member: name the member.")
        }
        guard let body, let date, row.problems.isEmpty else { return }
        let stored = references.dataset.meetings.first { $0.body == body && $0.date == date }
        let id = stored?.id ?? ID<Meeting>("\(Slug.make(body.rawValue))-\(date)")
        if meetings[id] == nil {
            order.append(id)
            meetings[id] = stored ?? Meeting(id: id, body: body, date: date)
        }
        guard var meeting = meetings[id] else { return }
        if let session { meeting.session = session }
        if let person, interest == nil || capacity != nil {
            guard duplicates.admit("\(id)|attendance|\(person)", described: "meeting and attendee", row: &row) else { return }
            let attendance = Attendance(person, as: capacity ?? .member, standingInFor: standingIn)
            if let at = meeting.attendance.firstIndex(where: { $0.person == person }) {
                meeting.attendance[at] = attendance
            } else {
                meeting.attendance.append(attendance)
            }
        }
        if let item {
            var agenda = meeting.items.first { $0.id == item } ?? AgendaItem(id: item, title: title ?? decision ?? item)
            if let title { agenda.title = title }
            if let decision {
                guard duplicates.admit("\(id)|decision|\(item)", described: "meeting and agenda item's decision", row: &row)
                else { return }
                var made = agenda.decision ?? Decision(id: "\(id.rawValue)-\(Slug.make(item))", summary: decision)
                made.summary = decision
                made.public = decidedInPublic ?? ((session ?? meeting.session) != .private)
                agenda.decision = made
            }
            if let person, let interest {
                guard duplicates.admit("\(id)|declaration|\(person)|\(item)", described: "meeting, person and agenda item",
                                       row: &row) else { return }
                let declaration = Declaration(person: person, item: item, interest: interest)
                if let at = meeting.declarations.firstIndex(where: { $0.person == person && $0.item == item }) {
                    meeting.declarations[at] = declaration
                } else {
                    meeting.declarations.append(declaration)
                }
                if withdrew == true {
                    var made = agenda.decision ?? Decision(id: "\(id.rawValue)-\(Slug.make(item))", summary: title ?? item)
                    if !made.excluded.contains(person) { made.excluded.append(person) }
                    agenda.decision = made
                }
            }
            if let at = meeting.items.firstIndex(where: { $0.id == item }) {
                meeting.items[at] = agenda
            } else {
                meeting.items.append(agenda)
            }
        }
        meetings[id] = meeting
    }

    mutating func finish(into batch: inout ImportBatch) -> [String] {
        for id in order {
            if let meeting = meetings[id] { batch.put(meeting, \.meetings) }
        }
        return []
    }
}
