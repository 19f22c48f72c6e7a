import Foundation
import PlaceworksReports
import Testing

/// Every format of the example dataset's reports, held to the files under Snapshots/.
///
/// After a deliberate change, regenerate them with
/// `PLACEWORKS_UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests` and review the diff.
@Suite struct SnapshotTests {
    static let updating = ProcessInfo.processInfo.environment["PLACEWORKS_UPDATE_SNAPSHOTS"] == "1"

    static let cases: [(name: String, files: @Sendable () throws -> [ReportFile])] = [
        ("board pack", { try ReportRenderer().files(for: ExampleReports.pack(), format: .html)
            + ReportRenderer().files(for: ExampleReports.pack(), format: .md)
            + ReportRenderer().files(for: ExampleReports.pack(), format: .json)
            + ReportRenderer().files(for: ExampleReports.pack(), format: .csv) }),
        ("board pack with changes", {
            let pack = ExampleReports.pack(ExampleReports.lewisham, since: "2021-12-01")
            return try ReportRenderer().files(for: pack, format: .html) + ReportRenderer().files(for: pack, format: .md)
        }),
        ("ICS report", { try ReportRenderer().files(for: ExampleReports.icsReport(), format: .html)
            + ReportRenderer().files(for: ExampleReports.icsReport(), format: .md)
            + ReportRenderer().files(for: ExampleReports.icsReport(), format: .json)
            + ReportRenderer().files(for: ExampleReports.icsReport(), format: .csv) }),
    ]

    @Test("Every format matches its snapshot", arguments: cases.indices)
    func matchesSnapshot(_ index: Int) throws {
        let files = try Self.cases[index].files()
        #expect(!files.isEmpty)
        for file in files {
            let url = ExampleReports.snapshots.appendingPathComponent(file.name)
            if Self.updating {
                try FileManager.default.createDirectory(at: ExampleReports.snapshots, withIntermediateDirectories: true)
                try file.contents.write(to: url)
                continue
            }
            let expected = try? Data(contentsOf: url)
            #expect(expected != nil, "No snapshot \(file.name): regenerate with PLACEWORKS_UPDATE_SNAPSHOTS=1.")
            if let expected, expected != file.contents {
                let actual = String(decoding: file.contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let wanted = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let line = Array(zip(actual, wanted)).firstIndex { $0 != $1 } ?? min(actual.count, wanted.count)
                Issue.record("""
                    \(file.name) differs from its snapshot at line \(line + 1):
                      expected: \(line < wanted.count ? String(wanted[line]) : "<end>")
                      actual:   \(line < actual.count ? String(actual[line]) : "<end>")
                    """)
            }
        }
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let first = try ReportRenderer().files(for: ExampleReports.pack(), format: .html)
        let second = try ReportRenderer().files(for: ExampleReports.pack(), format: .html)
        #expect(first == second)
        let ics1 = try ReportRenderer().files(for: ExampleReports.icsReport(), format: .json)
        let ics2 = try ReportRenderer().files(for: ExampleReports.icsReport(), format: .json)
        #expect(ics1 == ics2)
    }
}
