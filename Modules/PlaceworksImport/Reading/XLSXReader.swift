import Foundation
import ZIPFoundation

/// Reads one worksheet of an Excel workbook (.xlsx): the first, or the one named. Shared and
/// inline strings, numbers, booleans and formula results are read as text, date-formatted
/// serial numbers as ISO dates (2024-04-01); a merged cell's value fills its whole range (so a
/// header merged across columns names each of them); blank rows are skipped by the importer.
public struct XLSXReader: TableSource {
    private var rows: [TableRow] = []
    private var index = 0
    /// The workbook's sheet names, in order.
    public private(set) var sheetNames: [String] = []

    public init(path: String, file: String? = nil, sheet: String? = nil) throws(ImportProblem) {
        let name = file ?? path
        guard FileManager.default.fileExists(atPath: path) else { throw ImportProblem(file: name, reason: "there is no such file.") }
        let head = (FileHandle(forReadingAtPath: path).flatMap { try? $0.read(upToCount: 4) }) ?? Data()
        guard !head.isEmpty else { throw ImportProblem(file: name, reason: "the file is empty: there is nothing to import.") }
        guard head.starts(with: [0x50, 0x4B]) else {
            let legacy = head.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
            throw ImportProblem(file: name, reason: legacy
                ? "this is an older Excel workbook (.xls), not .xlsx. Open it in Excel and save it as “Excel Workbook (.xlsx)”."
                : "this is not an Excel workbook (.xlsx), although its name says so. Save it from Excel as "
                    + "“Excel Workbook (.xlsx)”, or as “CSV UTF-8”.")
        }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ImportProblem(file: name, reason: "the workbook is damaged or incomplete (perhaps cut short while being "
                                    + "copied or downloaded): it cannot be opened as a ZIP archive. Save or download it again.")
        }
        func part(_ entryPath: String, required: Bool = true) throws(ImportProblem) -> Data? {
            guard let entry = archive[entryPath] else {
                if required {
                    throw ImportProblem(file: name, reason: "this is not an Excel workbook: it has no \(entryPath). "
                                            + "Save it from Excel as “Excel Workbook (.xlsx)”.")
                }
                return nil
            }
            var data = Data()
            do {
                _ = try archive.extract(entry) { data.append($0) }
            } catch {
                throw ImportProblem(file: name, reason: "the workbook is damaged or incomplete: its part \(entryPath) "
                                        + "cannot be read. Save or download it again.")
            }
            return data
        }

        let workbook: XLSXParts.Workbook
        let relationships: XLSXParts.Relationships
        do {
            workbook = try XLSXParts.decode(XLSXParts.Workbook.self, try part("xl/workbook.xml") ?? Data())
            relationships = try XLSXParts.decode(XLSXParts.Relationships.self, try part("xl/_rels/workbook.xml.rels") ?? Data())
        } catch let problem as ImportProblem {
            throw problem
        } catch {
            throw ImportProblem(file: name, reason: "the workbook's list of sheets cannot be read: \(error).")
        }
        sheetNames = workbook.sheets.sheet.map(\.name)
        let chosen: XLSXParts.Workbook.Sheet
        if let sheet {
            guard let found = workbook.sheets.sheet.first(where: { $0.name == sheet })
                ?? workbook.sheets.sheet.first(where: { HeaderName.normalise($0.name) == HeaderName.normalise(sheet) }) else {
                throw ImportProblem(file: name, reason: "the workbook has no sheet “\(sheet)”; its sheets are "
                                        + sheetNames.map { "“\($0)”" }.joined(separator: ", ") + ".")
            }
            chosen = found
        } else {
            guard let first = workbook.sheets.sheet.first else {
                throw ImportProblem(file: name, reason: "the workbook has no sheets.")
            }
            chosen = first
        }
        guard let target = relationships.relationship.first(where: { $0.id == chosen.relationship })?.target else {
            throw ImportProblem(file: name, reason: "the workbook does not say where its sheet “\(chosen.name)” is; it is damaged.")
        }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target

        var dateStyles: [Bool] = []
        if let styles = try part("xl/styles.xml", required: false) {
            dateStyles = (try? XLSXParts.decode(XLSXParts.Styles.self, styles))?.dateStyles ?? []
        }
        var shared: [String] = []
        if let strings = try part("xl/sharedStrings.xml", required: false) {
            do {
                shared = try XLSXSharedStringsParser.parse(strings)
            } catch {
                throw ImportProblem(file: name, reason: "the workbook's text (its shared strings) cannot be read: \(error); "
                                        + "it is damaged.")
            }
        }
        // The sheet (often many times the workbook's size once inflated) goes to a temporary file
        // and is read from there a chunk at a time, so it is never held in memory whole.
        guard let entry = archive[sheetPath] else {
            throw ImportProblem(file: name, reason: "this is not an Excel workbook: it has no \(sheetPath). "
                                    + "Save it from Excel as “Excel Workbook (.xlsx)”.")
        }
        let sheetFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("placeworks-sheet-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: sheetFile) }
        do {
            _ = try archive.extract(entry, to: sheetFile)
        } catch {
            throw ImportProblem(file: name, reason: "the workbook is damaged or incomplete: its part \(sheetPath) "
                                    + "cannot be read. Save or download it again.")
        }
        var sheet = XLSXSheetParser(sharedStrings: shared, dateStyles: dateStyles)
        do {
            var scanner = try XMLScanner(url: sheetFile)
            try sheet.read(&scanner)
        } catch {
            throw ImportProblem(file: name, reason: "the sheet “\(chosen.name)” cannot be read: \(error); it is damaged.")
        }
        rows = Self.table(sheet.rows, merges: sheet.merges)
    }

    /// Rows as lists of cells, with merged ranges filled from their top-left cell.
    static func table(_ parsed: [(number: Int, cells: [String])], merges: [String]) -> [TableRow] {
        // A row listed twice keeps its last listing, as a sheet's reader would show it.
        var rows: [TableRow] = []
        rows.reserveCapacity(parsed.count)
        var positions: [Int: Int] = [:]
        for row in parsed {
            if let position = positions[row.number] {
                rows[position].cells = row.cells
            } else {
                positions[row.number] = rows.count
                rows.append(TableRow(number: row.number, cells: row.cells))
            }
        }
        for merge in merges {
            let ends = merge.split(separator: ":").map(String.init)
            guard ends.count == 2, let c1 = XLSXSheetParser.column(of: ends[0]), let r1 = XLSXSheetParser.row(of: ends[0]),
                  let c2 = XLSXSheetParser.column(of: ends[1]), let r2 = XLSXSheetParser.row(of: ends[1]),
                  let top = positions[r1], c1 < rows[top].count, case let value = rows[top].cells[c1], !value.isEmpty,
                  r2 >= r1, c2 >= c1, c2 < XLSXSheetParser.columnLimit, (r2 - r1 + 1) * (c2 - c1 + 1) <= 10_000 else { continue }
            for r in r1...r2 {
                if positions[r] == nil {
                    positions[r] = rows.count
                    rows.append(TableRow(number: r, cells: []))
                }
                var cells = rows[positions[r]!].cells
                if cells.count <= c2 { cells += repeatElement("", count: c2 + 1 - cells.count) }
                for c in c1...c2 where cells[c].isEmpty { cells[c] = value }
                rows[positions[r]!].cells = cells
            }
        }
        return rows.sorted { $0.number < $1.number }
    }

    public mutating func next() throws(ImportProblem) -> TableRow? {
        guard index < rows.count else { return nil }
        defer { index += 1 }
        return rows[index]
    }
}
