import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksReports
import PlaceworksTestSupport

/// The example dataset (examples/sel-2022.yaml) and the reports made from it, as the tests use them.
enum ExampleReports {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let exampleFile = repository.appendingPathComponent("examples/sel-2022.yaml").path
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let asOf: Day = "2022-04-01"
    static let southwark: ID<Place> = "E09000028"
    static let lewisham: ID<Place> = "E09000023"
    static let sel: ID<ICS> = "QKK"

    /// The extensions the example was written for (``ExampleScope``), so the snapshots hold whichever others are listed.
    static let registry: Registry = try! ExampleScope.registry(of: placeworksExtensions)
    static let dataset: Dataset = try! DatasetFile.load(exampleFile, over: registry.dataset)

    /// As `place-report --data examples/sel-2022.yaml` words it, named by the file's name only.
    static var provenance: ReportProvenance {
        var data = DataVersion.file(exampleFile)
        data.reference = "sel-2022.yaml"
        return ReportProvenance(dataVersion: data.description, ruleSetVersion: RuleSetVersion(registry).description)
    }

    static func pack(_ place: ID<Place> = southwark, asOf: Day = asOf, since: Day? = nil) -> BoardPack {
        let report = registry.check(dataset, asOf: asOf, place: place)
        return BoardPack.make(place: place, dataset: dataset, registry: registry, report: report, audit: [],
                              asOf: asOf, since: since, auditAvailable: false, provenance: provenance)
    }

    static func icsReport(asOf: Day = asOf) -> ICSReport {
        ICSReport.make(system: sel, dataset: dataset, registry: registry, report: registry.check(dataset, asOf: asOf),
                       asOf: asOf, provenance: provenance)
    }
}
