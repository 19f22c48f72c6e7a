import ArgumentParser
import Foundation
import PlaceworksDomain
import PlaceworksInterchange

/// `place check`: runs every rule and prints the findings, grouped by place and body.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the partnerships against every rule and report what is out of line.")

    @Option(help: ArgumentHelp("Only this place (ONS code or name, e.g. E09000028 or Southwark).", valueName: "place"))
    var place: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Check as of this day (YYYY-MM-DD).", valueName: "date"))
    var asOf: Day?

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @OptionGroup var source: DataOptions

    func run() throws {
        let registry = try source.registry()
        let dataset = try source.dataset(from: registry)
        let placeID = try place.map { try PlaceLookup.resolve($0, in: dataset) }
        let report = registry.check(dataset, asOf: asOf ?? Day.today(), place: placeID)
        switch format {
        case .text:
            print(TextReport(report: report, dataset: dataset, style: .detect()).render(), terminator: "")
        case .json:
            print(try DataFile.encode(report, format: .json))
        }
        if !report.passes { throw ChecksFailed() }
    }
}

/// Finds a place by ONS code or name.
enum PlaceLookup {
    static func resolve(_ text: String, in dataset: Dataset) throws -> ID<Place> {
        let wanted = text.lowercased()
        if let place = dataset.places.first(where: { $0.id.rawValue.lowercased() == wanted || $0.name.lowercased() == wanted }) {
            return place.id
        }
        let known = dataset.places.sorted { $0.name < $1.name }.map { "\($0.name) (\($0.id))" }
        let hint = known.count <= 12 ? "Known places: \(known.joined(separator: ", "))."
            : "There are \(known.count) places; `place list places` shows them."
        throw CommandError("there is no place “\(text)”. \(hint)")
    }
}

extension Day {
    /// Today's date in the local time zone.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? "1970-01-01"
    }
}

