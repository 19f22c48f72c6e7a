import PlaceworksDomain
@testable import PlaceworksImport
import PlaceworksStore
import Testing

@Suite("The observation spool")
struct ObservationSpoolTests {
    @Test("Observations read back exactly as appended: limits given or not, in order; a tab or line break in a period is a space")
    func roundTrip() throws {
        let spool = try ObservationSpool()
        var rows: [ObservationRow] = []
        for index in 0..<20_000 {
            let year = 2000 + index % 20
            let period = index == 7 ? "2019/20\tQ1\nrev" : String(year)
            let lower: Double? = index % 3 == 0 ? nil : -Double(index)
            let upper: Double? = index % 5 == 0 ? nil : Double.pi * Double(index)
            rows.append(ObservationRow(indicator: "ft-\(90_000 + index % 50)-e09000028", period: period,
                                       day: try #require(Day(year: year, month: 3, day: 31)), value: Double(index) / 7,
                                       lower: lower, upper: upper, row: index + 2))
        }
        for row in rows { spool.append(row) }
        #expect(spool.count == rows.count)
        let read = try allObservations(spool, chunk: 999)
        var expected = rows
        expected[7].period = "2019/20 Q1 rev"
        #expect(read == expected)
    }
}
