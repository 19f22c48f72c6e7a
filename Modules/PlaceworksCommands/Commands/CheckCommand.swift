import ArgumentParser
import Foundation
import PlaceworksDomain
import PlaceworksInterchange

/// `place check`: runs every rule and prints the findings, grouped by place and body.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the partnerships against every rule and report what is out of line.")

    @OptionGroup var scope: ScopeOptions
    @OptionGroup var source: DataOptions

    func run() async throws {
        let registry = try standardRegistry()
        let dataset = try await source.dataset(from: registry)
        let report = registry.check(dataset, asOf: scope.day, place: try scope.placeID(in: dataset))
        switch scope.format {
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

