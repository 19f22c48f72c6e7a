import ArgumentParser
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksStore

/// `place risk add|update|close`: the risk register.
struct RiskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk", abstract: "Add, update or close a risk on the register.",
        subcommands: [Add.self, Update.self, Close.self])

    /// The fields of a risk that can be set from the command line.
    struct Fields: ParsableArguments {
        @Option(help: "The risk in a sentence.") var title: String?
        @Option(help: "The owner's person identifier.") var owner: ID<Person>?
        @Option(help: "Likelihood, 1 (rare) to 5 (almost certain).") var likelihood: Int?
        @Option(help: "Impact, 1 (negligible) to 5 (catastrophic).") var impact: Int?
        @Option(help: "How the risk is being reduced.") var mitigation: String?
        @Option(name: .customLong("review-by"), help: "When it is next reviewed (YYYY-MM-DD).") var reviewBy: Day?
        @Option(help: "The body whose register holds it.") var body: ID<Body>?
        @Option(name: .customLong("escalate-to"), help: "The board it is escalated to.") var escalateTo: ID<Body>?

        /// The changes these options ask for.
        var changes: RiskChanges {
            RiskChanges(title: title, owner: owner, likelihood: likelihood, impact: impact, mitigation: mitigation,
                        reviewBy: reviewBy, body: body, escalatedTo: escalateTo)
        }

        func validate() throws {
            do { try changes.validate() } catch let .invalid(field, reason) { throw ValidationError("--\(field) \(reason)") } catch { throw ValidationError("\(error)") }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a risk to a place's register.")
        @Option(help: "The risk's identifier.") var id: ID<Risk>
        @Option(help: "The place (ONS code).") var place: ID<Place>
        @Option(help: "The day the risk was opened (YYYY-MM-DD).") var opened: Day?
        @OptionGroup var fields: Fields
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func validate() throws {
            if fields.title == nil { throw ValidationError("--title is required for a new risk.") }
        }

        func run() async throws {
            try await StoreChange(store: store, writer: writer).perform(
                AddRisk(id: id, place: place, opened: opened, fields: fields.changes))
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a risk's score, owner, mitigation or review date.")
        @Option(help: "The risk's identifier.") var id: ID<Risk>
        @OptionGroup var fields: Fields
        @Option(name: .customLong("if-version"), help: "Refuse if the risk has changed since this version.")
        var ifVersion: Int64?
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func run() async throws {
            try await StoreChange(store: store, writer: writer).perform(
                UpdateRisk(id: id, changes: fields.changes, expectedVersion: ifVersion))
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a risk on a date.")
        @Option(help: "The risk's identifier.") var id: ID<Risk>
        @Option(help: "The day it closed (YYYY-MM-DD).") var on: Day
        @Option(name: .customLong("if-version"), help: "Refuse if the risk has changed since this version.")
        var ifVersion: Int64?
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func run() async throws {
            try await StoreChange(store: store, writer: writer).perform(CloseRisk(id: id, on: on, expectedVersion: ifVersion))
        }
    }
}
