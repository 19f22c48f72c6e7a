import Foundation
import PlaceworksDomain

/// Who sits on which board: one row a membership. The body, seat and organisation must be in the
/// store; a person not yet in it is added. A membership is named by its seat, person and start date.
struct RosterReader: KindReader {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Body", aliases: ["Board", "Committee", "Forum"], required: true, example: "swk-pssb",
                   help: "The body (identifier or name)."),
        ColumnSpec("Seat", aliases: ["Seat title", "Position", "Membership", "Member of"], required: true,
                   example: "Director of Public Health", help: "The seat: its identifier, or its title on the body."),
        ColumnSpec("Person", aliases: ["Name", "Member", "Member name", "Full name"], required: true,
                   example: "Ada Example", help: "Who holds the seat: a person's identifier or name (added when new)."),
        ColumnSpec("Organisation", aliases: ["On behalf of", "Representing", "Organization", "Employer"],
                   example: "southwark-council", help: "The organisation they represent (ODS code, identifier or name)."),
        ColumnSpec("Role", aliases: ["Job title", "Post"], example: "Director of Public Health",
                   help: "Their post at the organisation; recorded on the person when new."),
        ColumnSpec("Start", aliases: ["From", "Start date", "Appointed", "Date appointed"], example: "2025-04-01",
                   help: "The first day they hold the seat."),
        ColumnSpec("End", aliases: ["To", "End date", "Term ends", "Until"], example: "",
                   help: "The last day they hold the seat."),
        ColumnSpec("Deputy", aliases: ["Nominated deputy", "Deputy name", "Substitute"], example: "",
                   help: "Their nominated deputy (identifier or name; added when new)."),
    ]

    let references: References
    var duplicates = DuplicateCheck()

    /// A person by identifier or name, or a new person the batch adds.
    func person(_ name: String, organisation: ID<Organisation>?, role: String?, batch: inout ImportBatch) -> ID<Person> {
        let id = references.person(name) ?? ID<Person>(Slug.make(name))
        var person = batch.get(id, \.people) ?? references.dataset.people.first { $0.id == id }
            ?? Person(id: id, name: name)
        if let role, let organisation,
           !person.posts.contains(where: { $0.organisation == organisation && HeaderName.normalise($0.title) == HeaderName.normalise(role) }) {
            person.posts.append(Post(title: role, organisation: organisation))
        }
        if person != references.dataset.people.first(where: { $0.id == id }) { batch.put(person, \.people) }
        return id
    }

    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch) {
        let refs = references
        let body = row.required("Body") == nil ? nil : row.reference("Body", kind: "body", example: "swk-pssb") { refs.body($0) }
        var seat: ID<Seat>?
        if let text = row.required("Seat"), let body {
            seat = refs.seat(text, on: body)
            if seat == nil {
                row.problem("Seat", text, "there is no seat “\(text)” on \(body). Give the seat's identifier or its title "
                                + "as the body's membership lists it.")
            }
        }
        let personName = row.required("Person")
        let organisation = row.reference("Organisation", kind: "organisation", example: "RJ1") { refs.organisation($0) }
        let start = row.day("Start"), end = row.day("End")
        if let start, let end, end < start {
            row.problem("End", end.description, "the membership ends before it starts (\(start)).")
        }
        guard let seat, let personName, row.problems.isEmpty else { return }
        let person = person(personName, organisation: organisation, role: row.text("Role"), batch: &batch)
        let key = "\(seat.rawValue)|\(person.rawValue)|\(start?.description ?? "")"
        guard duplicates.admit(key, described: "seat, person and start date", row: &row) else { return }
        let deputy = row.text("Deputy").map { self.person($0, organisation: nil, role: nil, batch: &batch) }
        let existing = references.dataset.memberships.first {
            $0.seat == seat && $0.person == person && $0.period.start == start
        }
        let id = existing?.id ?? ID<Membership>("\(Slug.make(seat.rawValue))-\(Slug.make(person.rawValue))-\(start?.description ?? "open")")
        var membership = existing ?? Membership(id: id, seat: seat, person: person)
        membership.period = Period(from: start, to: end ?? membership.period.end)
        if let organisation { membership.onBehalfOf = organisation }
        if let deputy { membership.deputy = deputy }
        batch.put(membership, \.memberships)
    }
}
