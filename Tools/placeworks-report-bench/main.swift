// Times the reports in a release build: the SEL board pack and ICS report (HTML) from the example
// dataset, and an ICS report for every ICS of the synthetic nation at three sizes, with the time
// per place (it should stay flat as the nation grows). Prints medians.
// A benchmark, not a test: run it with Tools/report-bench.sh.
//
//   placeworks-report-bench [--repetitions N] [--example FILE]
import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksReports
import PlaceworksSynthetic

var repetitions = 15
var example = "examples/sel-2022.yaml"
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    guard let value = arguments.first else { break }
    arguments.removeFirst()
    switch flag {
    case "--repetitions": repetitions = max(1, Int(value) ?? repetitions)
    case "--example": example = value
    default:
        FileHandle.standardError.write(Data("usage: placeworks-report-bench [--repetitions N] [--example FILE]\n".utf8))
        exit(2)
    }
}

/// The median wall-clock time of `body`, in milliseconds, over `repetitions` runs after one warm-up.
@MainActor func median(_ body: () throws -> Void) rethrows -> Double {
    try body()
    var times: [Double] = []
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    times.sort()
    return times[times.count / 2]
}

func milliseconds(_ value: Double) -> String { String(format: "%.1f ms", value) }

do {
    let registry = try Registry.standard()
    let dataset = try DatasetFile.load(example, over: registry.dataset)
    let provenance = ReportProvenance(dataVersion: "benchmark", ruleSetVersion: RuleSetVersion(registry).description)
    let day: Day = "2022-04-01"
    let renderer = try HTMLRenderer()
    var bytes = 0

    #if DEBUG
    let build = "debug build: use Tools/report-bench.sh for release figures"
    #else
    let build = "release"
    #endif
    print("Reports benchmark (\(build), median of \(repetitions) runs)\n")
    let pack = median {
        let report = registry.check(dataset, asOf: day, place: "E09000028")
        let pack = BoardPack.make(place: "E09000028", dataset: dataset, registry: registry, report: report, audit: [],
                                  asOf: day, provenance: provenance)
        bytes = renderer.render(pack).utf8.count
    }
    print("SEL board pack, Southwark (check + document + HTML): \(milliseconds(pack))  [\(bytes) bytes; target < 300 ms]")
    let ics = median {
        let report = registry.check(dataset, asOf: day)
        let document = ICSReport.make(system: "QKK", dataset: dataset, registry: registry, report: report, asOf: day,
                                      provenance: provenance)
        bytes = renderer.render(document).utf8.count
    }
    print("SEL ICS report (check + document + HTML):           \(milliseconds(ics))  [\(bytes) bytes; target < 500 ms]\n")

    print("Synthetic nation: an ICS report (document + HTML) for every ICS, after one check of the nation")
    print("ICSs  places  check       reports     per place")
    for systems in [10, 21, 42] {
        let nation = registry.dataset.overlaid(with: SyntheticNation.generate(.init(systems: systems)))
        let index = DatasetIndex(nation)
        var report = registry.check(nation, asOf: day)
        let check = median { report = registry.check(nation, asOf: day) }
        let systemOf = Dictionary(uniqueKeysWithValues: nation.places.map { ($0.id, $0.ics) })
        let bodySystem = Dictionary(uniqueKeysWithValues: nation.bodies.map { ($0.id, $0.ics) })
        let bySystem = Dictionary(grouping: report.findings) { finding -> ID<ICS>? in
            finding.place.flatMap { systemOf[$0] ?? nil } ?? finding.body.flatMap { bodySystem[$0] ?? nil }
        }
        let places = nation.systems.reduce(0) { $0 + index.places(in: $1.id).count }
        let reports = median {
            for system in nation.systems {
                let own = Report(asOf: day, place: nil, findings: bySystem[system.id] ?? [], rulesChecked: report.rulesChecked)
                let document = ICSReport.make(system: system.id, index: index, registry: registry, report: own, asOf: day,
                                              provenance: provenance)
                bytes = renderer.render(document).utf8.count
            }
        }
        print(String(format: "%4d  %6d  %9.1f ms  %9.1f ms  %6.2f ms", nation.systems.count, places, check, reports,
                     reports / Double(max(places, 1))))
    }
} catch {
    FileHandle.standardError.write(Data("placeworks-report-bench: \(error)\n".utf8))
    exit(1)
}
