import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksDomain
import PlaceworksImport
import PlaceworksInterchange
import PlaceworksStore

/// The `place` command: keeps a place-based partnership's governance checkable.
///
/// Exit status: 0 — done, no error-level findings; 1 — error-level findings; 2 — bad usage or
/// unreadable input (with a message saying what, where and why).
public struct PlaceCommand: AsyncParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Governance and delivery checks for place-based health and care partnerships.",
        discussion: """
            Exit status: 0 when no error-level findings, 1 when there are, 2 for bad usage or input.
            """,
        subcommands: [
            CheckCommand.self, ListCommand.self, RulesCommand.self, AssessCommand.self,
            InitCommand.self, DatabaseCommand.self, AuditCommand.self,
            MemberCommand.self, RiskCommand.self, MilestoneCommand.self, MeetingCommand.self, IndicatorCommand.self,
            TokenCommand.self, UserCommand.self, ImportEntry.self, ReportCommand.self, NewExtensionCommand.self,
        ])

    /// Runs the command line with `environment` and returns the exit status, writing help and
    /// errors as users expect (no stack traces).
    public static func run(_ arguments: [String], environment: CommandEnvironment = .live) async -> Int32 {
        await CommandEnvironment.$current.withValue(environment) { await run(arguments) }
    }

    private static func run(_ arguments: [String]) async -> Int32 {
        // `place import …` is `place-import …`: the same command, its own options and messages.
        if arguments.first == ImportEntry.configuration.commandName {
            return await ImportCommand.run(Array(arguments.dropFirst()))
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch is ChecksFailed {
            return 1
        } catch let status as ExitCode {
            return status.rawValue
        } catch let error as CommandError {
            Terminal.standardError.write("place: \(error.description)\n")
            return 2
        } catch let error as StoreError {
            Terminal.standardError.write("place: \(error.description)\n")
            return 2
        } catch let error as InterchangeError {
            Terminal.standardError.write("place: \(error.description)\n")
            return 2
        } catch let error as OperationError {
            Terminal.standardError.write("place: \(error.description)\n")
            return 2
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            Terminal.standardError.write(message + "\n")
            return 2
        }
    }
}

/// Thrown when a check found error-level findings (exit status 1; the findings are already printed).
struct ChecksFailed: Error {}

/// A user-facing failure: bad input or an unknown name. Exit status 2.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `place import`: listed in `place --help`; the words after it go to `place-import`.
struct ImportEntry: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import CSV, Excel, JSON or YAML files into the store (the same as place-import; see place import --help).")
}
