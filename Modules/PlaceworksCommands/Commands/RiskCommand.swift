import ArgumentParser
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

        func validate() throws {
            for (name, value) in [("likelihood", likelihood), ("impact", impact)] {
                if let value, !(1...5).contains(value) {
                    throw ValidationError("--\(name) must be from 1 to 5 on the 5×5 scale, not \(value).")
                }
            }
        }

        func apply(to risk: inout Risk) {
            if let title { risk.title = title }
            if let owner { risk.owner = owner }
            if let likelihood { risk.likelihood = likelihood }
            if let impact { risk.impact = impact }
            if let mitigation { risk.mitigation = mitigation }
            if let reviewBy { risk.reviewBy = reviewBy }
            if let body { risk.body = body }
            if let escalateTo { risk.escalatedTo = escalateTo }
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
            var risk = Risk(id: id, place: place, title: fields.title ?? "", opened: opened)
            fields.apply(to: &risk)
            try await StoreChange(store: store, writer: writer).commit("Added risk \(id).") { [risk] edit in
                if edit.dataset.risks.contains(where: { $0.id == risk.id }) {
                    throw CommandError("there is already a risk \(risk.id); use `place risk update`.")
                }
                edit.put(risk, basedOn: 0)
            }
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
            try await StoreChange(store: store, writer: writer).commit("Updated risk \(id).") { edit in
                _ = try edit.record(Risk.self, id)
                try edit.update(Risk.self, id: id, basedOn: ifVersion) { fields.apply(to: &$0) }
            }
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
            try await StoreChange(store: store, writer: writer).commit("Closed risk \(id) on \(on).") { edit in
                let risk = try edit.record(Risk.self, id)
                if let opened = risk.opened, on < opened {
                    throw CommandError("risk \(id) was opened on \(opened); it cannot close before that (--on \(on)).")
                }
                try edit.update(Risk.self, id: id, basedOn: ifVersion) { $0.closed = on }
            }
        }
    }
}
