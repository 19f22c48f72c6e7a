import PlaceworksDomain
import PlaceworksStore

/// Indicator values from an OHID Fingertips data export (the 26-column layout, and the newer
/// 27-column one with "Time period range"). Rows are matched to places by ONS area code; rows
/// for other areas (England, regions, places not in the store) and breakdown rows (a Category
/// such as a deprivation decile) are counted and left out.
///
/// One indicator record per Fingertips indicator, place, sex and age (identifier
/// `ft-<indicator>-<area code>`, with the sex and age added when they are not Persons and All
/// ages); one observation per time period, which a later import replaces. The observations are
/// not part of the indicator records: they are spooled to a temporary file as they are read
/// (``ObservationSpool``) and streamed into the store's observations table when the import is
/// written, so a file of any size imports with flat memory.
struct FingertipsReader: KindReader {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Indicator ID", required: true, example: "93356", help: "The Fingertips indicator number."),
        ColumnSpec("Indicator Name", required: true, example: "Campylobacter incidence rate/100,000",
                   help: "The indicator's name."),
        ColumnSpec("Parent Code", example: "E12000007", help: "Not read."),
        ColumnSpec("Parent Name", example: "London region", help: "Not read."),
        ColumnSpec("Area Code", required: true, example: "E09000028", help: "The area's ONS code: matched to a place."),
        ColumnSpec("Area Name", example: "Southwark", help: "Not read (the place is found by code)."),
        ColumnSpec("Area Type", example: "County & UA", help: "Shown in the report of rows left out."),
        ColumnSpec("Sex", example: "Persons", help: "Persons, Male or Female."),
        ColumnSpec("Age", example: "All ages", help: "The age band."),
        ColumnSpec("Category Type", example: "", help: "A breakdown's type; breakdown rows are left out."),
        ColumnSpec("Category", example: "", help: "A breakdown's category."),
        ColumnSpec("Time period", aliases: ["Period"], required: true, example: "2019/20",
                   help: "The period as Fingertips labels it."),
        ColumnSpec("Value", required: true, example: "94.7", help: "The value; rows without one are left out."),
        ColumnSpec("Lower CI 95.0 limit", aliases: ["Lower CI 95 limit", "Lower CI"], example: "93.9",
                   help: "The lower 95% confidence limit."),
        ColumnSpec("Upper CI 95.0 limit", aliases: ["Upper CI 95 limit", "Upper CI"], example: "95.5",
                   help: "The upper 95% confidence limit."),
        ColumnSpec("Lower CI 99.8 limit", example: "", help: "Not read."),
        ColumnSpec("Upper CI 99.8 limit", example: "", help: "Not read."),
        ColumnSpec("Count", example: "51897", help: "Not read."),
        ColumnSpec("Denominator", example: "54786327", help: "Not read."),
        ColumnSpec("Value note", example: "", help: "Not read."),
        ColumnSpec("Recent Trend", example: "", help: "Not read."),
        ColumnSpec("Compared to England value or percentiles", example: "", help: "Not read."),
        ColumnSpec("Compared to Region value or percentiles", example: "", help: "Not read."),
        ColumnSpec("Time period Sortable", example: "20190000", help: "Used for the date when the label has no year."),
        ColumnSpec("New data", example: "", help: "Not read."),
        ColumnSpec("Compared to goal", example: "", help: "Not read."),
        ColumnSpec("Time period range", example: "1y", help: "Not read (newer exports only)."),
    ]

    let references: References
    let file: String
    /// The places' identifiers (ONS area codes), and the indicator records the store holds.
    let places: Set<String>
    let stored: [ID<Indicator>: Indicator]
    /// The rows seen, by indicator and period (each a small number), with the row that gave them.
    var seen: [UInt64: Int32] = [:]
    var indicatorNumbers: [ID<Indicator>: UInt32] = [:]
    var periodNumbers: [String: UInt32] = [:]
    /// The day each period's label stands for (nil: the label has no year), worked out once a label.
    var periodDays: [String: Day?] = [:]
    var columns: Columns?
    var indicators: [ID<Indicator>: Indicator] = [:]
    var order: [ID<Indicator>] = []
    var spool: ObservationSpool?
    var otherAreas: [String: Int] = [:]
    var breakdowns = 0
    var withoutValue = 0

    init(references: References, file: String) {
        self.references = references
        self.file = file
        places = Set(references.dataset.places.map(\.id.rawValue))
        stored = Dictionary(references.dataset.indicators.map { ($0.id, $0) }) { first, _ in first }
    }

    /// The day a period's value stands for: the end of its last year (31 March for a financial
    /// year such as 2019/20, 31 December for a calendar year such as 2015 or 2017 - 19).
    static func date(period: String, sortable: String?) -> Day? {
        var groups: [String] = []
        var current = ""
        for character in period + " " {
            if character.isNumber && character.isASCII { current.append(character) } else {
                if current.count == 4 || current.count == 2 { groups.append(current) }
                current = ""
            }
        }
        if let first = groups.first, first.count == 4, let firstYear = Int(first), let lastText = groups.last,
           let last = Int(lastText) {
            let year = lastText.count == 2 ? (firstYear / 100) * 100 + last + (last < firstYear % 100 ? 100 : 0) : last
            return period.contains("/") ? Day(year: year, month: 3, day: 31) : Day(year: year, month: 12, day: 31)
        }
        if let sortable, sortable.count >= 4, let year = Int(sortable.prefix(4)) { return Day(year: year, month: 12, day: 31) }
        return nil
    }

    /// The columns read, found in the file once (on its first row) rather than for every row.
    final class Columns: Sendable {
        let id, name, area, areaType, sex, age, categoryType, category, period, value, lower, upper, sortable: Column

        init(_ map: ColumnMap) {
            id = map.column("Indicator ID"); name = map.column("Indicator Name"); area = map.column("Area Code")
            areaType = map.column("Area Type"); sex = map.column("Sex"); age = map.column("Age")
            categoryType = map.column("Category Type"); category = map.column("Category")
            period = map.column("Time period"); value = map.column("Value")
            lower = map.column("Lower CI 95.0 limit"); upper = map.column("Upper CI 95.0 limit")
            sortable = map.column("Time period Sortable")
        }
    }

    mutating func read(_ row: inout RowValues, into batch: inout ImportBatch) {
        let columns = self.columns ?? Columns(row.columns)
        self.columns = columns
        let number = row.required(columns.id) == nil ? nil : row.integer(columns.id)
        let name = row.required(columns.name)
        let area = row.required(columns.area)
        let period = row.required(columns.period)
        guard let number, let name, let area, let period, row.problems.isEmpty else { return }
        if row.text(columns.categoryType) != nil || row.text(columns.category) != nil {
            breakdowns += 1
            return
        }
        guard places.contains(area) else {
            otherAreas[row.text(columns.areaType) ?? "other", default: 0] += 1
            return
        }
        guard row.text(columns.value) != nil else {
            withoutValue += 1
            return
        }
        let value = row.decimal(columns.value)
        let lower = row.decimal(columns.lower), upper = row.decimal(columns.upper)
        let labelled: Day?
        if let known = periodDays[period] { labelled = known } else {
            labelled = Self.date(period: period, sortable: nil)
            periodDays[period] = labelled
        }
        guard let date = labelled ?? Self.date(period: period, sortable: row.text(columns.sortable)) else {
            row.problem("Time period", period, "this time period has no year this importer can read.")
            return
        }
        guard let value, row.problems.isEmpty else { return }
        let place = ID<Place>(area)
        let sex = row.text(columns.sex) ?? "Persons", age = row.text(columns.age) ?? "All ages"
        var id = "ft-\(number)-\(place.rawValue.lowercased())"
        if sex != "Persons" && HeaderName.normalise(sex) != "persons" { id += "-\(Slug.make(sex))" }
        if age != "All ages" && HeaderName.normalise(age) != "allages" { id += "-\(Slug.make(age))" }
        let indicatorID = ID<Indicator>(id)
        let key = UInt64(Self.number(of: indicatorID, in: &indicatorNumbers)) << 32
            | UInt64(Self.number(of: period, in: &periodNumbers))
        if let first = seen[key] {
            row.problem(nil, nil, "this row repeats row \(first) (the same indicator, area, sex, age and time period). "
                            + "Remove one of them.")
            return
        }
        seen[key] = Int32(clamping: row.row.number)
        if indicators[indicatorID] == nil {
            order.append(indicatorID)
            let label = [sex, age].filter { !["persons", "allages"].contains(HeaderName.normalise($0)) }
            let fullName = label.isEmpty ? name : "\(name) (\(label.joined(separator: ", ")))"
            indicators[indicatorID] = stored[indicatorID] ?? Indicator(id: indicatorID, place: place, name: fullName, fingertipsID: number)
        }
        do {
            if spool == nil { spool = try ObservationSpool() }
            spool?.append(ObservationRow(indicator: id, period: period, day: date, value: value, lower: lower, upper: upper,
                                         row: row.row.number))
        } catch {
            row.problem(nil, nil, problemText(error))
        }
    }

    /// The small number standing for `key`, numbered in the order keys are first seen.
    private static func number<Key: Hashable>(of key: Key, in numbers: inout [Key: UInt32]) -> UInt32 {
        if let known = numbers[key] { return known }
        let next = UInt32(numbers.count)
        numbers[key] = next
        return next
    }

    private func problemText(_ error: any Error) -> String {
        (error as? ImportProblem)?.reason ?? "the observation cannot be kept for writing: \(error)."
    }

    mutating func finish(into batch: inout ImportBatch) -> [String] {
        for id in order {
            guard let indicator = indicators[id] else { continue }
            batch.put(indicator, \.indicators)
        }
        if let spool {
            spool.finish()
            batch.observations[file] = spool
        }
        var notes: [String] = []
        let other = otherAreas.values.reduce(0, +)
        if other > 0 {
            let types = otherAreas.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            notes.append("\(other) rows are for areas that are not places in the store (\(types)); they were left out.")
        }
        if breakdowns > 0 { notes.append("\(breakdowns) breakdown rows (with a Category) were left out.") }
        if withoutValue > 0 { notes.append("\(withoutValue) rows have no value; they were left out.") }
        return notes
    }
}
