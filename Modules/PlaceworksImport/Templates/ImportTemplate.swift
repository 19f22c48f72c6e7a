import Foundation

/// A blank file for a kind: its headers and one example row, so a team starts from something that imports.
public enum ImportTemplate {
    /// The template's rows: the header, then the example.
    public static func rows(_ kind: ImportKind) -> [[String]] {
        if kind == .ods {
            return [["RJ1", "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "Y56", "QKK", "", "", "", "LONDON", "", "SE1 7EH",
                     "19930401", "", "", "", "", "", "", "", "", "", "", "1", "", "H", "", "", ""]]
        }
        let columns = kind.columns.filter { kind != .indicators || $0.help != "Not read." || $0.required }
        return [columns.map(\.name), columns.map(\.example)]
    }

    /// The template as CSV text.
    public static func csv(_ kind: ImportKind) -> String { CSVWriter.text(rows(kind)) }

    /// The template as an Excel workbook.
    public static func xlsx(_ kind: ImportKind) throws -> Data { try XLSXWriter.data(sheet: kind.rawValue, rows: rows(kind)) }
}
