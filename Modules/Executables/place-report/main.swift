import ArgumentParser
import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksReports
import PlaceworksStore

/// `place-report`: the board pack for a place and the ICS report, as HTML, PDF, Markdown, CSV or JSON.
///
/// Exit status: 0 — written; 2 — bad usage or unreadable input (with a message saying what, where and why).
struct PlaceReport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place-report",
        abstract: "Write a place's board pack or an ICS's report of its places.",
        discussion: "The same data, day and options always give the same HTML, Markdown, CSV and JSON, byte for byte.",
        subcommands: [BoardPackCommand.self, ICSReportCommand.self])
}

extension ReportFormat: ExpressibleByArgument {}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// A failure the user can act on. Exit status 2.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Where the data comes from, which day, where the files go and in which format.
struct ReportOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this day (YYYY-MM-DD); today if left out.",
                                                          valueName: "date"))
    var asOf: Day?

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "folder"))
    var out: String = "."

    @Option(help: "Output format: html, pdf, md, csv (one file per table) or json.")
    var format: ReportFormat = .html

    @Option(name: .long, help: ArgumentHelp(
        "Read this dataset file (JSON or YAML), laid over the registered extensions' data, instead of the store.",
        valueName: "file"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(
        "The store: a SQLite file path or a postgres:// URL (default: $\(StoreLocation.environmentVariable), "
            + "else \(StoreLocation.defaultPath) in the current folder).",
        valueName: "store"))
    var store: String?

    var day: Day {
        if let asOf { return asOf }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? "1970-01-01"
    }

    /// The data, its check as of the day (for every place, or only `place`), its audit log (empty
    /// for a file) and its provenance, read through the application layer as `place check` reads it.
    func load(_ registry: Registry, place: String? = nil) async throws -> Loaded {
        if let data {
            let dataset = try DatasetFile.load(data, over: registry.dataset)
            let placeID = try place.map { try Lookup.place($0, in: dataset) }
            let result = CheckResult(report: registry.check(dataset, asOf: day, place: placeID),
                                     provenance: CheckProvenance(
                                         ruleSet: RuleSetVersion(registry), data: .file(data)))
            return Loaded(dataset: dataset, place: placeID, result: result, audit: [], hasAudit: false)
        }
        let location = StoreLocation.resolve(store)
        guard location.exists else {
            throw UsageError("there is no store at \(location). Run `place init --store \(location)` to create it, "
                + "or give a dataset file with --data.")
        }
        let day = self.day
        return try await location.open().closing { store in
            let engine = Engine(store: store, registry: registry)
            let snapshot = try await engine.snapshot()
            let placeID = try place.map { try Lookup.place($0, in: snapshot.dataset) }
            let result = try await engine.check(asOf: day, place: placeID)
            return Loaded(dataset: snapshot.dataset, place: placeID, result: result, audit: try await store.auditLog(),
                          hasAudit: true)
        }
    }

    func write(_ files: [ReportFile]) throws {
        for path in try ReportRenderer.write(files, to: out) { print(path) }
    }
}

/// What a report is made from.
struct Loaded: Sendable {
    let dataset: Dataset
    let place: ID<Place>?
    let result: CheckResult
    let audit: [AuditEntry]
    let hasAudit: Bool

    /// The report's provenance, as the application layer words it.
    var provenance: PlaceworksReports.ReportProvenance {
        PlaceworksReports.ReportProvenance(dataVersion: result.provenance.data.description,
                                     ruleSetVersion: result.provenance.ruleSet.description)
    }
}

/// `place-report board-pack`: the board pack for one place.
struct BoardPackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board-pack",
        abstract: "Write the board pack for a place: membership, findings, delegations, delivery, risks, decisions.")

    @Option(help: ArgumentHelp("The place (ONS code or name, e.g. E09000028 or Southwark).", valueName: "place"))
    var place: String

    @Option(help: ArgumentHelp("Add what changed after this day (the last pack's date), YYYY-MM-DD.", valueName: "date"))
    var since: Day?

    @OptionGroup var options: ReportOptions

    func run() async throws {
        let registry = try Registry.standard()
        let day = options.day
        if let since, since >= day {
            throw UsageError("--since \(since) is not before the pack's day \(day). Give the date of the last pack.")
        }
        let loaded = try await options.load(registry, place: place)
        let placeID = loaded.place!
        let pack = BoardPack.make(place: placeID, dataset: loaded.dataset, registry: registry, report: loaded.result.report,
                                  audit: loaded.audit, asOf: day, since: since, auditAvailable: loaded.hasAudit,
                                  provenance: loaded.provenance)
        let placeRecord = loaded.dataset.places.first { $0.id == placeID }!
        let theme = try ReportTheme.theme(for: placeRecord, extensions: placeworksExtensions)
        try options.write(try ReportRenderer(theme: theme).files(for: pack, format: options.format))
    }
}

/// `place-report ics`: the places of an ICS side by side.
struct ICSReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Write the ICS report: compliance by place and rule, budgets, escalated risks, delivery, vacancies.")

    @Option(help: ArgumentHelp("The ICS (its code, name or initials, e.g. QKK or sel).", valueName: "ics"))
    var ics: String

    @OptionGroup var options: ReportOptions

    func run() async throws {
        let registry = try Registry.standard()
        let loaded = try await options.load(registry)
        let system = try Lookup.system(ics, in: loaded.dataset)
        let document = ICSReport.make(system: system.id, dataset: loaded.dataset, registry: registry,
                                      report: loaded.result.report, asOf: options.day, provenance: loaded.provenance)
        let theme = try ReportTheme.theme(for: system, extensions: placeworksExtensions)
        try options.write(try ReportRenderer(theme: theme).files(for: document, format: options.format))
    }
}

/// Finds places and ICSs by the names people use for them, as a usage error when none matches.
enum Lookup {
    static func place(_ text: String, in dataset: Dataset) throws -> ID<Place> {
        do { return try NameLookup.place(text, in: dataset) } catch { throw UsageError(String(describing: error)) }
    }

    static func system(_ text: String, in dataset: Dataset) throws -> ICS {
        do { return try NameLookup.system(text, in: dataset) } catch { throw UsageError(String(describing: error)) }
    }
}

/// Runs the command line and returns the exit status, writing errors without stack traces.
func runPlaceReport(_ arguments: [String]) async -> Int32 {
    do {
        var command = try PlaceReport.parseAsRoot(arguments)
        if var asyncCommand = command as? any AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
        return 0
    } catch let error as UsageError {
        FileHandle.standardError.write(Data("place-report: \(error.description)\n".utf8))
    } catch let error as ReportError {
        FileHandle.standardError.write(Data("place-report: \(error.description)\n".utf8))
    } catch let error as StoreError {
        FileHandle.standardError.write(Data("place-report: \(error.description)\n".utf8))
    } catch let error as InterchangeError {
        FileHandle.standardError.write(Data("place-report: \(error.description)\n".utf8))
    } catch let error as RegistryError {
        FileHandle.standardError.write(Data("place-report: the registered extensions do not fit together: \(error)\n".utf8))
    } catch {
        let message = PlaceReport.fullMessage(for: error)
        if PlaceReport.exitCode(for: error) == .success {
            print(message)
            return 0
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
    return 2
}

exit(await runPlaceReport(Array(CommandLine.arguments.dropFirst())))
