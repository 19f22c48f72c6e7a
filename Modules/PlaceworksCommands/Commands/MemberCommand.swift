import ArgumentParser
import PlaceworksApplication
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
            try await StoreChange(store: store, writer: writer).perform(AppointMember(
                seat: seat, person: person, personName: personName, onBehalfOf: onBehalfOf, from: from, deputy: deputy,
                deputyBriefed: briefed, id: id))
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
            try await StoreChange(store: store, writer: writer).perform(
                EndMembership(membership: membership, on: on, expectedVersion: ifVersion))
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
            try await StoreChange(store: store, writer: writer).perform(SetDeputy(
                membership: membership, deputy: deputy, deputyName: deputyName, briefed: briefed, expectedVersion: ifVersion))
        }
    }
}
