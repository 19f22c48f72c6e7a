import Foundation
import XMLCoder

/// The small parts of an .xlsx workbook, decoded with XMLCoder: the sheet list, the
/// relationships that locate each sheet's part, and the number formats that mark date cells.
enum XLSXParts {
    /// `xl/workbook.xml`: the sheets, in order.
    struct Workbook: Decodable {
        struct Sheets: Decodable { let sheet: [Sheet] }
        struct Sheet: Decodable {
            let name: String
            let relationship: String
            enum CodingKeys: String, CodingKey { case name, relationship = "r:id" }
        }
        let sheets: Sheets
    }

    /// `xl/_rels/workbook.xml.rels`: relationship → part.
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            let id: String
            let target: String
            enum CodingKeys: String, CodingKey { case id = "Id", target = "Target" }
        }
        let relationship: [Relationship]
        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    /// `xl/styles.xml`: which cell styles show a number as a date.
    struct Styles: Decodable {
        struct NumberFormats: Decodable { let numFmt: [NumberFormat]? }
        struct NumberFormat: Decodable {
            let numFmtId: Int
            let formatCode: String
        }
        struct CellFormats: Decodable { let xf: [CellFormat]? }
        struct CellFormat: Decodable { let numFmtId: Int? }
        let numFmts: NumberFormats?
        let cellXfs: CellFormats?

        /// For each cell style index, whether it formats a number as a date.
        var dateStyles: [Bool] {
            var custom: [Int: String] = [:]
            for format in numFmts?.numFmt ?? [] { custom[format.numFmtId] = format.formatCode }
            return (cellXfs?.xf ?? []).map { xf in
                guard let id = xf.numFmtId else { return false }
                if (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id) {
                    return true
                }
                guard let code = custom[id] else { return false }
                // Drop quoted text and bracketed parts ([Red], [$-809]) before looking for date letters.
                var plain = ""
                var skip: Character?
                for character in code {
                    if let closing = skip { if character == closing { skip = nil }; continue }
                    if character == "\"" { skip = "\"" } else if character == "[" { skip = "]" } else { plain.append(character) }
                }
                let lower = plain.lowercased()
                return lower.contains("d") || lower.contains("y") || (lower.contains("m") && !lower.contains("0"))
            }
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = false
        return try decoder.decode(T.self, from: data)
    }
}
