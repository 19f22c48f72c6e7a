import ArgumentParser
import PlaceworksDomain
import PlaceworksStore

/// `place member appoint|end|deputy`: who holds which seat, on whose behalf, with which deputy.
struct MemberCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "Appoint a member to a seat, end a membership, or set a deputy.",
        subcommands: [Appoint.self, End.self, Deputy.self])

    struct Appoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Appoint a person to a seat from a date.")
        @Option(help: "The seat's identifier (see `place list seats --format json`).") var seat: ID<Seat>
        @Option(help: "The person's identifier.") var person: ID<Person>
        @Option(name: .customLong("person-name"), help: "The person's name, to add them if they are new.")
        var personName: String?
        @Option(name: .customLong("on-behalf-of"), help: "The organisation they represent.")
        var onBehalfOf: ID<Organisation>?
        @Option(help: "The first day of the membership (YYYY-MM-DD).") var from: Day
        @Option(help: "The nominated deputy's identifier.") var deputy: ID<Person>?
        @Flag(help: "The deputy is briefed and empowered to act in the member's absence.") var briefed = false
        @Option(help: "The membership's identifier (default: derived from the seat, person and date).")
        var id: ID<Membership>?
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func run() async throws {
            let membership = Membership(
                id: id ?? ID("\(seat)--\(person)--\(from)"), seat: seat, person: person, onBehalfOf: onBehalfOf,
                period: Period(from: from), deputy: deputy, deputyBriefed: briefed)
            let newPerson = personName.map { Person(id: person, name: $0) }
            try await StoreChange(store: store, writer: writer).commit(
                "Appointed \(person) to seat \(seat) from \(from) (membership \(membership.id)).") { edit in
                if let existing = edit.dataset.memberships.first(where: { $0.seat == seat && $0.holds(on: from) }),
                   existing.id != membership.id {
                    throw CommandError("seat \(seat) is held by \(existing.person) on \(from) (membership \(existing.id)); "
                        + "end that membership first with `place member end`.")
                }
                if let newPerson, !edit.dataset.people.contains(where: { $0.id == newPerson.id }) { edit.put(newPerson) }
                edit.put(membership)
            }
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End a membership on a date (its last day).")
        @Option(help: "The membership's identifier.") var membership: ID<Membership>
        @Option(help: "The last day of the membership (YYYY-MM-DD).") var on: Day
        @Option(name: .customLong("if-version"), help: "Refuse if the membership has changed since this version.")
        var ifVersion: Int64?
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func run() async throws {
            try await StoreChange(store: store, writer: writer).commit("Ended membership \(membership) on \(on).") { edit in
                let current = try edit.record(Membership.self, membership)
                if let start = current.period.start, on < start {
                    throw CommandError("membership \(membership) starts on \(start); it cannot end before that (--on \(on)).")
                }
                try edit.update(Membership.self, id: membership, basedOn: ifVersion) { $0.period.end = on }
            }
        }
    }

    struct Deputy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a membership's nominated deputy.")
        @Option(help: "The membership's identifier.") var membership: ID<Membership>
        @Option(help: "The deputy's identifier.") var deputy: ID<Person>
        @Option(name: .customLong("deputy-name"), help: "The deputy's name, to add them if they are new.")
        var deputyName: String?
        @Flag(help: "The deputy is briefed and empowered to act in the member's absence.") var briefed = false
        @Option(name: .customLong("if-version"), help: "Refuse if the membership has changed since this version.")
        var ifVersion: Int64?
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func run() async throws {
            let newPerson = deputyName.map { Person(id: deputy, name: $0) }
            try await StoreChange(store: store, writer: writer).commit(
                "Set \(deputy) as deputy on membership \(membership).") { edit in
                let current = try edit.record(Membership.self, membership)
                if current.person == deputy {
                    throw CommandError("\(deputy) holds membership \(membership); a member cannot be their own deputy.")
                }
                if let newPerson, !edit.dataset.people.contains(where: { $0.id == newPerson.id }) { edit.put(newPerson) }
                try edit.update(Membership.self, id: membership, basedOn: ifVersion) {
                    $0.deputy = deputy
                    $0.deputyBriefed = briefed
                }
            }
        }
    }
}
