import ArgumentParser
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksStore

/// `place milestone set`: a milestone's status and dates.
struct MilestoneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milestone", abstract: "Set a milestone's status and dates.", subcommands: [Set.self])

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a milestone's status, due date or completion date.")
        @Option(help: "The milestone's identifier.") var id: ID<Milestone>
        @Option(help: "planned, in-progress, at-risk, done or cancelled.") var status: MilestoneStatus
        @Option(help: "The new due date (YYYY-MM-DD).") var due: Day?
        @Option(help: "The day it was completed (for status done).") var completed: Day?
        @Option(name: .customLong("if-version"), help: "Refuse if the milestone has changed since this version.")
        var ifVersion: Int64?
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func validate() throws {
            if completed != nil && status != .done {
                throw ValidationError("--completed goes with --status done.")
            }
        }

        func run() async throws {
            try await StoreChange(store: store, writer: writer).perform(
                SetMilestone(id: id, status: status, due: due, completed: completed, expectedVersion: ifVersion))
        }
    }
}

/// `place meeting record`: a meeting with its attendance, declarations and decisions, from a file.
struct MeetingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Record a meeting with attendance, declarations and decisions.",
        subcommands: [Record.self])

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record (or restate) a meeting from a JSON or YAML file holding one meeting.",
            discussion: "The file's format is a `meetings` entry of a dataset file: see docs/data-format.md.")
        @Argument(help: ArgumentHelp("The meeting file (JSON or YAML).", valueName: "file")) var file: String
        @Option(name: .customLong("if-version"), help: "Refuse if the meeting has changed since this version.")
        var ifVersion: Int64?
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func run() async throws {
            let meeting = try DataFile.read(Meeting.self, from: file)
            try await StoreChange(store: store, writer: writer).perform(RecordMeeting(meeting: meeting, expectedVersion: ifVersion))
        }
    }
}

/// `place indicator observe`: a new value of an outcome indicator.
struct IndicatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator", abstract: "Add an observation to an outcome indicator.", subcommands: [Observe.self])

    struct Observe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an indicator's value for a period.")
        @Option(help: "The indicator's identifier.") var indicator: ID<Indicator>
        @Option(help: "The period as the source labels it, e.g. 2021/22.") var period: String
        @Option(help: "The day the value became known (YYYY-MM-DD).") var date: Day
        @Option(help: "The value.") var value: Double
        @Option(name: .customLong("lower-ci"), help: "Lower 95% confidence limit.") var lower: Double?
        @Option(name: .customLong("upper-ci"), help: "Upper 95% confidence limit.") var upper: Double?
        @Option(name: .customLong("if-version"), help: "Refuse if the indicator has changed since this version.")
        var ifVersion: Int64?
        @OptionGroup var store: StoreOptions
        @OptionGroup var writer: WriterOptions

        func validate() throws {
            guard value.isFinite else { throw ValidationError("--value must be a number.") }
            if let lower, let upper, lower > upper {
                throw ValidationError("--lower-ci (\(lower)) is above --upper-ci (\(upper)).")
            }
        }

        func run() async throws {
            let observation = Observation(period: period, date: date, value: value, lowerConfidence: lower,
                                          upperConfidence: upper)
            try await StoreChange(store: store, writer: writer).perform(
                ObserveIndicator(indicator: indicator, observation: observation, expectedVersion: ifVersion))
        }
    }
}
