import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore

/// `place-import`: imports spreadsheets and public data files into the store, or writes a template.
///
/// Exit status: 0 — imported (or a dry run, or nothing to change); 2 — bad usage or input, with
/// every problem listed by file, row and column, and nothing written.
public struct ImportCommand: AsyncParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "place-import",
        abstract: "Import CSV, Excel, JSON or YAML files into the Placeworks store.",
        discussion: """
            Kinds: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")). The kind is told from the \
            file's headers (or, for a headerless NHS ODS extract, its shape); name it with --kind otherwise. \
            Every problem is listed with its file, row and column, and nothing is written until there are none. \
            Exit status: 0 when done, 2 for bad usage or input.
            """,
        subcommands: [Files.self, Template.self, Kinds.self],
        defaultSubcommand: Files.self)

    /// Runs the command line and returns the exit status (no stack traces).
    public static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch is ImportRefused {
            return 2
        } catch let problem as ImportProblem {
            FileHandle.standardError.write(Data("place-import: \(problem.description)\n".utf8))
            return 2
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("place-import: \(error.description)\n".utf8))
            return 2
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            return 2
        }
    }

    /// How the result is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// `place-import FILE…`: the import itself.
    struct Files: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "files", abstract: "Import files into the store (the default: `place-import FILE…`).")

        @Argument(help: ArgumentHelp("The files: .csv, .xlsx, .json, .yaml.", valueName: "file"))
        var files: [String]

        @Option(help: ArgumentHelp("What the files hold: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                                   valueName: "kind"))
        var kind: ImportKind?

        @Option(help: ArgumentHelp("The worksheet of an .xlsx workbook (default: the first).", valueName: "name"))
        var sheet: String?

        @Option(help: ArgumentHelp("A JSON or YAML file of “Your header: Column” pairs.", valueName: "file"))
        var mapping: String?

        @Option(help: ArgumentHelp("The text encoding of CSV files: utf-8, or windows-1252 to convert a file saved by older Excel.",
                                   valueName: "encoding"))
        var encoding: TextEncoding = .utf8

        @Flag(name: .customLong("dry-run"), help: "Report what would be added, changed and left unchanged; write nothing.")
        var dryRun = false

        @Option(name: .customLong("max-problems"), help: "The most problems listed (the rest are counted).")
        var maxProblems = 200

        @Option(name: .long, help: ArgumentHelp(
            "The store: a SQLite file path or a postgres:// URL (default: $\(StoreLocation.environmentVariable), "
                + "else \(StoreLocation.defaultPath) in the current folder).", valueName: "store"))
        var store: String?

        @Option(help: ArgumentHelp(
            "Who is importing, as the audit log records it (default: $PLACEWORKS_ACTOR, else the login name).",
            valueName: "name"))
        var actor: String = ProcessInfo.processInfo.environment["PLACEWORKS_ACTOR"]
            ?? ProcessInfo.processInfo.environment["USER"] ?? "place-import"

        @Option(help: "Output format.")
        var format: Format = .text

        func run() async throws {
            let options = ImportOptions(kind: kind, sheet: sheet, mapping: try mapping.map(HeaderMapping.load) ?? HeaderMapping(),
                                        encoding: encoding, problemCap: maxProblems)
            let location = StoreLocation.resolve(store)
            guard location.exists else {
                throw ImportProblem(file: location.description, reason: "there is no store here. Run `place init --store "
                                        + "\(location)` to create it, or check the path.")
            }
            let bar = ProgressBar()
            var progress: (@Sendable (ImportProgress) -> Void)?
            if bar.enabled { progress = { @Sendable update in bar.update(update) } }
            let store = try await location.open()
            // The import compares observations in the store: its engine need not hold them.
            let engine = Engine(store: store, registry: try Registry.standard(), readsObservations: false)
            let run = ImportRun(destination: StoreDestination(engine), options: options, actor: actor, progress: progress)
            let report: ImportReport = try await store.closing { _ in try await run.run(files: files, dryRun: dryRun) }
            try show(report)
            if report.outcome == .refused { throw ImportRefused() }
        }

        func show(_ report: ImportReport) throws {
            switch format {
            case .json: print(try report.json())
            case .text where report.outcome == .refused:
                FileHandle.standardError.write(Data((report.text + "\n").utf8))
            case .text: print(report.text)
            }
        }
    }

    /// `place-import template KIND`: a blank file to start from.
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a blank file with a kind's headers and one example row.")

        enum FileFormat: String, ExpressibleByArgument, CaseIterable { case csv, xlsx }

        @Argument(help: ArgumentHelp("The kind: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                                     valueName: "kind"))
        var kind: ImportKind

        @Option(help: "The file format.") var format: FileFormat = .csv

        @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (default: <kind>.<format> in the current folder).",
                                                          valueName: "file"))
        var output: String?

        func run() throws {
            let path = output ?? "\(kind.rawValue).\(format.rawValue)"
            let data = switch format {
            case .csv: Data(ImportTemplate.csv(kind).utf8)
            case .xlsx: try ImportTemplate.xlsx(kind)
            }
            guard FileManager.default.createFile(atPath: path, contents: data) else {
                throw ImportProblem(file: path, reason: "the template could not be written here; check the folder exists "
                                        + "and you may write to it.")
            }
            print("Wrote \(path): the \(kind.label) columns and one example row.")
        }
    }
}

extension ImportCommand {
    /// `place-import kinds`: every kind's columns, aliases and natural key (the table in docs/import.md).
    struct Kinds: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the kinds, their columns, the other headers read for them, and their natural keys.")

        func run() { print(KindCatalogue.markdown()) }
    }
}

/// The import was refused (the problems are already printed). Exit status 2.
struct ImportRefused: Error {}

extension ImportKind: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
