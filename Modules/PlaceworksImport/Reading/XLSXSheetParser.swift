import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the large parts of a workbook — the shared strings and a worksheet — with a streaming
/// XML parser, so a sheet of many rows is never held as a document tree.
final class XLSXSharedStringsParser: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func parse(_ data: Data) -> [String]? {
        let delegate = XLSXSharedStringsParser()
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = delegate
        return parser.parse() ? delegate.strings : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// Reads a worksheet's rows: cell values by type (shared and inline strings, numbers, booleans,
/// formula results, dates by their style), and its merged ranges.
final class XLSXSheetParser: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    let dateStyles: [Bool]
    private(set) var rows: [(number: Int, cells: [Int: String])] = []
    private(set) var merges: [String] = []
    private(set) var failure: String?

    private var rowNumber = 0
    private var cells: [Int: String] = [:]
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

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = [:]
            nextColumn = 0
        case "c":
            column = attributes["r"].flatMap(Self.column(of:)) ?? nextColumn
            nextColumn = column + 1
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            text = ""
        case "v":
            collecting = true
        case "t":
            collecting = type == "inlineStr"
        case "mergeCell":
            if let ref = attributes["ref"] { merges.append(ref) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": collecting = false
        case "c": cells[column] = value()
        case "row": rows.append((rowNumber, cells))
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failure = "\(parseError.localizedDescription) (line \(parser.lineNumber))"
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
