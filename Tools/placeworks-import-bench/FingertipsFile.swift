import Foundation
import PlaceworksImport

/// A generated Fingertips-shaped export: the 26 columns of the real one, indicators × areas ×
/// periods, the six South East London places among about 150 areas (so, as in a national export,
/// most rows are for areas that are not the partnership's places).
enum FingertipsFile {
    static let header = ["Indicator ID", "Indicator Name", "Parent Code", "Parent Name", "Area Code", "Area Name",
                         "Area Type", "Sex", "Age", "Category Type", "Category", "Time period", "Value",
                         "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit", "Upper CI 99.8 limit",
                         "Count", "Denominator", "Value note", "Recent Trend",
                         "Compared to England value or percentiles", "Compared to Region value or percentiles",
                         "Time period Sortable", "New data", "Compared to goal"]

    static let places = ["E09000004", "E09000006", "E09000011", "E09000022", "E09000023", "E09000028"]
    static let areas: [String] = places + (1...144).map { String(format: "E06%06d", $0) }
    static let years = Array(2010...2023)

    /// Row `index`'s cells.
    static func row(_ index: Int) -> [String] {
        let area = areas[index % areas.count]
        let year = years[(index / areas.count) % years.count]
        let indicator = 90_000 + index / (areas.count * years.count)
        let value = Double((index * 7919) % 100_000) / 100
        return [String(indicator), "Indicator \(indicator) rate/100,000\n", "E12000007", "London region", area,
                "Area \(area)", "County & UA", "Persons", "All ages", "", "", String(year), String(value),
                String(value * 0.95), String(value * 1.05), "", "", String(index % 997), "100000", "", "",
                "Similar", "Similar", "\(year)0000", "", ""]
    }

    /// Writes `rows` rows to `path` as CSV, streaming.
    static func writeCSV(rows: Int, to path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        defer { try? handle.close() }
        var chunk = CSVWriter.text([header])
        for index in 0..<rows {
            chunk += CSVWriter.text([row(index)])
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }

    /// Writes `rows` rows to `path` as an Excel workbook.
    static func writeXLSX(rows: Int, to path: String) throws {
        let table = [header] + (0..<rows).map(row)
        try XLSXWriter.data(sheet: "Export", rows: table).write(to: URL(fileURLWithPath: path))
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
