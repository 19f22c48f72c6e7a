import Foundation
import PlaceworksDomain

/// One row's values by column name, read as the types a kind needs. A value that cannot be read
/// adds a problem naming the row, the column, the value and the reason, and reads as nil.
struct RowValues {
    let file: String
    let row: TableRow
    let columns: ColumnMap
    var problems: [ImportProblem] = []

    init(file: String, row: TableRow, columns: ColumnMap) {
        self.file = file
        self.row = row
        self.columns = columns
    }

    /// Whether the file has the column at all.
    func has(_ column: Column) -> Bool { columns.position(of: column) != nil }

    /// The cell's text, trimmed; nil when the column is absent or the cell empty.
    func text(_ column: Column) -> String? {
        guard let position = columns.position(of: column) else { return nil }
        return row.trimmedCell(position)
    }

    mutating func problem(_ column: String?, _ value: String?, _ reason: String) {
        problems.append(ImportProblem(file: file, row: row.number, column: column.map { columns.headers[$0] ?? $0 },
                                      value: value, reason: reason))
    }

    /// The cell's text; a problem when it is empty.
    mutating func required(_ column: Column) -> String? {
        guard let value = text(column) else {
            problem(column.name, nil, "this cell is empty, but every row needs a \(column.name.lowercased()).")
            return nil
        }
        return value
    }

    /// A whole number, optionally within `range`.
    mutating func integer(_ column: Column, in range: ClosedRange<Int>? = nil, meaning: String? = nil) -> Int? {
        guard let value = text(column) else { return nil }
        let cleaned = value.hasSuffix(".0") ? String(value.dropLast(2)) : value
        guard let number = Int(cleaned) else {
            problem(column.name, value, "this should be a whole number\(range.map { " from \($0.lowerBound) to \($0.upperBound)" } ?? "")"
                        + (meaning.map { " (\($0))" } ?? "") + ".")
            return nil
        }
        if let range, !range.contains(number) {
            problem(column.name, value, "this should be from \(range.lowerBound) to \(range.upperBound)"
                        + (meaning.map { " (\($0))" } ?? "") + ".")
            return nil
        }
        return number
    }

    /// A number (decimal point, optional thousands commas).
    mutating func decimal(_ column: Column) -> Double? {
        guard let value = text(column) else { return nil }
        let digits = value.utf8.contains(UInt8(ascii: ",")) ? value.replacingOccurrences(of: ",", with: "") : value
        guard let number = Double(digits), number.isFinite else {
            problem(column.name, value, "this should be a number, such as 12.5.")
            return nil
        }
        return number
    }

    /// An amount in whole pounds: "£1,250,000", "1250000", "(5,000)" for a negative amount.
    mutating func pounds(_ column: Column) -> Int? {
        guard let value = text(column) else { return nil }
        var text = value.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "£", with: "")
            .replacingOccurrences(of: " ", with: "")
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") { negative = true; text = String(text.dropFirst().dropLast()) }
        if text.hasPrefix("-") { negative = true; text = String(text.dropFirst()) }
        if text.hasSuffix(".00") || text.hasSuffix(".0") { text = String(text.prefix { $0 != "." }) }
        guard let amount = Int(text), !text.isEmpty, text.allSatisfy(\.isNumber) else {
            problem(column.name, value, "this should be an amount in whole pounds, such as 1250000 or £1,250,000.")
            return nil
        }
        return negative ? -amount : amount
    }

    /// A day: 2024-04-01, 01/04/2024 (day first, as in the UK), 20240401, or a spreadsheet date serial.
    mutating func day(_ column: Column) -> Day? {
        guard let value = text(column) else { return nil }
        if let day = DayParser.parse(value) { return day }
        if DayParser.looksLikeDate(value) {
            problem(column.name, value, "there is no such day: check the day and the month (dates are read day first, as 31/01/2025).")
        } else {
            problem(column.name, value, "this is not a date this importer reads: write it as 2024-04-01 or 01/04/2024 (day first).")
        }
        return nil
    }

    /// Yes or no: yes/no, y/n, true/false, 1/0.
    mutating func flag(_ column: Column) -> Bool? {
        guard let value = text(column) else { return nil }
        switch value.lowercased() {
        case "yes", "y", "true", "1", "x": return true
        case "no", "n", "false", "0": return false
        default:
            problem(column.name, value, "this should be yes or no.")
            return nil
        }
    }
}

/// The date forms teams write.
enum DayParser {
    static func parse(_ text: String) -> Day? {
        let value = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(iso: value) { return day }
        // An ISO date and time, as spreadsheets export them: keep the date.
        if value.count > 10, let day = Day(iso: String(value.prefix(10))),
           ["T", " "].contains(value[value.index(value.startIndex, offsetBy: 10)]) { return day }
        let digits = value.allSatisfy(\.isNumber)
        if digits, value.count == 8, let y = Int(value.prefix(4)), let m = Int(value.dropFirst(4).prefix(2)),
           let d = Int(value.suffix(2)) {
            return Day(year: y, month: m, day: d)
        }
        if digits, (1...5).contains(value.count), let serial = Int(value) { return fromSerial(serial) }
        let parts = value.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
           let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    /// Whether `text` has the shape of a date (digits and separators), although not a real day.
    static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// A spreadsheet date serial (days since 1899-12-30, the 1900 date system).
    static func fromSerial(_ serial: Int) -> Day? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let epoch = Day(year: 1899, month: 12, day: 30)!
        return epoch.adding(days: serial)
    }
}
