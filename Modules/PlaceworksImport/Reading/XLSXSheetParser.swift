import Foundation

/// Reads the large parts of a workbook — the shared strings and a worksheet — with
/// ``XMLScanner``, a chunk at a time, so a sheet of many rows is never held as a document tree
/// (nor, once inflated, as one piece of text).
enum XLSXSharedStringsParser {
    /// The shared strings, in order: each item's text runs joined, its phonetic guides left out.
    static func parse(_ data: Data) throws(XMLScanner.Failure) -> [String] {
        var scanner = XMLScanner(data: data)
        var strings: [String] = []
        var current = ""
        var inText = false, inPhonetic = false
        while let event = try scanner.next() {
            switch event {
            case .start("si"): current = ""
            case .start("t"): inText = !inPhonetic
            case .start("rPh"): inPhonetic = true
            case .end("si"): strings.append(current)
            case .end("t"): inText = false
            case .end("rPh"): inPhonetic = false
            case .text where inText: current += try scanner.text()
            default: break
            }
        }
        return strings
    }
}

/// Reads a worksheet's rows: cell values by type (shared and inline strings, numbers, booleans,
/// formula results, dates by their style), and its merged ranges. A row's cells are kept as a
/// list by column, a missing cell empty.
struct XLSXSheetParser {
    let sharedStrings: [String]
    let dateStyles: [Bool]
    private(set) var rows: [(number: Int, cells: [String])] = []
    private(set) var merges: [String] = []

    /// Excel's last column, XFD: a reference beyond it means the sheet is damaged.
    static let columnLimit = 16_384

    private var rowNumber = 0
    private var cells: [String] = []
    private var nextColumn = 0
    private var column = 0
    private var type = "n"
    private var style = 0
    private var text = ""
    private var collecting = false

    init(sharedStrings: [String], dateStyles: [Bool]) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// Reads the sheet `scanner` reads, to its end.
    mutating func read(_ scanner: inout XMLScanner) throws(XMLScanner.Failure) {
        while let event = try scanner.next() {
            switch event {
            case .start("row"):
                rowNumber = try scanner.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
                cells = []
                nextColumn = 0
            case .start("c"):
                let reference = try scanner.attribute("r")
                column = reference.flatMap(Self.column(of:)) ?? nextColumn
                nextColumn = column + 1
                guard column < Self.columnLimit else {
                    throw XMLScanner.Failure(reason: "a cell is beyond the last column a sheet can have "
                                                 + "(\(reference ?? "column \(column + 1)"))")
                }
                type = try scanner.attribute("t") ?? "n"
                style = try scanner.attribute("s").flatMap { Int($0) } ?? 0
                text = ""
            case .start("v"):
                collecting = true
            case .start("t"):
                collecting = type == "inlineStr"
            case .start("mergeCell"):
                if let reference = try scanner.attribute("ref") { merges.append(reference) }
            case .text where collecting:
                text += try scanner.text()
            case .end("v"), .end("t"):
                collecting = false
            case .end("c"):
                if column >= cells.count { cells += repeatElement("", count: column - cells.count + 1) }
                cells[column] = value()
            case .end("row"):
                rows.append((rowNumber, cells))
            default:
                break
            }
        }
    }

    /// The zero-based column of a cell reference such as "AB12".
    static func column(of reference: String) -> Int? {
        var value = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar >= "A" && scalar <= "Z" else { break }
            value = value * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : value - 1
    }

    /// The one-based row of a cell reference such as "AB12".
    static func row(of reference: String) -> Int? {
        Int(String(reference.unicodeScalars.drop { $0 >= "A" && $0 <= "Z" }))
    }

    private func value() -> String {
        switch type {
        case "s":
            guard let index = Int(text), sharedStrings.indices.contains(index) else { return "" }
            return sharedStrings[index]
        case "b": return text == "1" ? "true" : "false"
        case "inlineStr", "str", "e": return text
        default:
            guard !text.isEmpty else { return "" }
            if dateStyles.indices.contains(style), dateStyles[style], let serial = Double(text),
               let day = DayParser.fromSerial(Int(serial.rounded(.down))) {
                return day.description
            }
            return Self.number(text)
        }
    }

    /// A number as a person would type it: "3" rather than "3.0", no exponent for ordinary values.
    static func number(_ text: String) -> String {
        guard let value = Double(text) else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return text.contains("E") || text.contains("e") ? String(value) : text
    }
}
