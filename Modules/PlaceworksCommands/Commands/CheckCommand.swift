import ArgumentParser
import Foundation
import PlaceworksApplication
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
        let (result, dataset) = try await source.withData { data in
            (try await data.check(asOf: scope.day, place: try scope.placeID(in: data.dataset)), data.dataset)
        }
        let report = result.report
        switch scope.format {
        case .text:
            print(TextReport(report: report, dataset: dataset, style: .detect()).render(), terminator: "")
            print("Checked against \(result.provenance.data) with \(result.provenance.ruleSet).")
        case .json:
            print(try DataFile.encode(CheckOutput(result), format: .json))
        }
        if !report.passes { throw ChecksFailed() }
    }
}

extension Day {
    /// Today's date in the local time zone.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? "1970-01-01"
    }
}


/// `place check --format json`: the report's fields, and what it was computed from under
/// `provenance` (the rule-set version and the data version).
struct CheckOutput: Encodable {
    let result: CheckResult
    init(_ result: CheckResult) { self.result = result }

    private enum Key: String, CodingKey { case provenance }

    func encode(to encoder: any Encoder) throws {
        try result.report.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(result.provenance, forKey: .provenance)
    }
}
