import Foundation
import PlaceworksDomain
@testable import PlaceworksImport
import Testing

@Suite("Excel workbooks (.xlsx) and templates")
struct XLSXTests {
    /// A workbook as Excel writes one: shared strings (one with rich-text runs), a number, a
    /// boolean, a date stored as a serial number with a date style, a header merged across two
    /// columns, a blank row, and a second sheet.
    static func workbook() throws -> Data {
        var parts = XLSXWriter.parts(sheet: "Register", sheetXML: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
            <c r="D1" t="s"><v>3</v></c><c r="F1" t="s"><v>8</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>3</v></c><c r="D2"><v>5</v></c>\
            <c r="E2"><v>4</v></c><c r="F2" s="1"><v>45839</v></c><c r="G2" t="b"><v>1</v></c></row>\
            <row r="3"/>\
            <row r="5"><c r="A5" t="inlineStr"><is><t>R2</t></is></c><c r="B5" t="s"><v>6</v></c><c r="C5" t="s"><v>7</v></c>\
            <c r="D5"><v>2.0</v></c><c r="E5"><v>1</v></c><c r="F5" t="str"><v>2025-07-01</v></c></row>\
            </sheetData><mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells></worksheet>
            """)
        parts.append(("xl/sharedStrings.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">\
            <si><t>Risk ID</t></si><si><t>Place</t></si><si><t>Title</t></si><si><t>Likelihood</t></si>\
            <si><t>R1</t></si><si><t>Southwark</t></si><si><t>Lewisham</t></si>\
            <si><r><rPr><b/></rPr><t xml:space="preserve">Estates </t></r><r><t>backlog</t></r></si>\
            <si><t>Review by</t></si></sst>
            """))
        if let at = parts.firstIndex(where: { $0.0 == "xl/styles.xml" }) {
            parts[at].1 = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>\
                <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>
                """
        }
        return try XLSXWriter.archive(parts)
    }

    @Test("Shared and inline strings, numbers, booleans, serial dates, merged header cells, blank rows")
    func reading() throws {
        let scratch = try Scratch()
        let path = try scratch.write("register.xlsx", try Self.workbook())
        let rows = try allRows(XLSXReader(path: path))
        #expect(rows.map(\.number) == [1, 2, 3, 5])
        #expect(rows[0].cells == ["Risk ID", "Place", "Title", "Likelihood", "Likelihood", "Review by"])
        #expect(rows[1].cells == ["R1", "Southwark", "3", "5", "4", "2025-07-01", "true"])
        #expect(rows[2].isBlank)
        #expect(rows[3].cells == ["R2", "Lewisham", "Estates backlog", "2", "1", "2025-07-01"])
    }

    @Test("An .xlsx register imports like its CSV, rows numbered as Excel shows them")
    func importing() throws {
        let scratch = try Scratch()
        let path = try scratch.write("register.xlsx", try Self.workbook())
        let importer = PlaceworksImportTests.importing([path], into: try registered(), options: ImportOptions(kind: .risks))
        // Row 2's title is "3" and likelihood 5; row 5's likelihood is 2.
        #expect(importer.problems.isEmpty, "\(importer.problems.sorted)")
        #expect(importer.batch.dataset.risks.map(\.id.rawValue) == ["R1", "R2"])
        #expect(importer.batch.dataset.risks[1].title == "Estates backlog")
        #expect(importer.batch.dataset.risks[1].likelihood == 2)
        #expect(importer.batch.dataset.risks[0].reviewBy == "2025-07-01")
    }

    @Test("A sheet larger than the XML parser takes in one piece (over 10 MB) is read whole")
    func largeSheet() throws {
        let scratch = try Scratch()
        let header = (0..<26).map { "Column \($0)" }
        let rows = [header] + (0..<5_000).map { row in (0..<26).map { "value \(row) in column \($0), padded" } }
        let path = try scratch.write("large.xlsx", try XLSXWriter.data(sheet: "Large", rows: rows))
        let read = try allRows(XLSXReader(path: path))
        #expect(read.count == 5_001)
        #expect(read.last?.cells.last == "value 4999 in column 25, padded")
    }

    @Test("XML as other programs write it: prefixed names, entities, CDATA, comments, quotes of either kind")
    func otherWriters() throws {
        let scratch = try Scratch()
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- written by another program -->
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
              <x:row r='1' spans="1:3"><x:c r='A1' t='inlineStr'><x:is><x:t>Fish &amp; chips &lt;hot&gt;</x:t></x:is></x:c>
                <x:c r="B1" t="inlineStr" x:note="a > b"><x:is><x:t><![CDATA[<raw> & ready]]></x:t></x:is></x:c>
                <x:c r="C1" t="inlineStr"><x:is><x:r><x:t>caf</x:t></x:r><x:r><x:t>&#233; &#x2013; ok</x:t></x:r></x:is></x:c></x:row>
              <x:row r="2"><x:c r="A2"/><x:c r="B2" t="b"><x:v>0</x:v></x:c><x:c r="C2"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
            </x:sheetData></x:worksheet>
            """
        let path = try scratch.write("other.xlsx", try XLSXWriter.archive(XLSXWriter.parts(sheet: "Other", sheetXML: sheet)))
        let rows = try allRows(XLSXReader(path: path))
        #expect(rows.map(\.cells) == [["Fish & chips <hot>", "<raw> & ready", "café – ok"], ["", "false", "2"]])
    }

    @Test("A sheet whose XML is cut short, or names an entity XML does not have, is a clear error")
    func damagedSheet() throws {
        let scratch = try Scratch()
        let start = "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
        for (xml, expected) in [(start + "ok</t></is></c></row></sheetData></worksheet><row r=\"2\"", "ends inside a tag"),
                                (start + "fish &chips;</t></is></c></row></sheetData></worksheet>", "not an entity")] {
            let path = try scratch.write("bad-sheet.xlsx", try XLSXWriter.archive(XLSXWriter.parts(sheet: "Bad", sheetXML: xml)))
            do {
                _ = try XLSXReader(path: path)
                Issue.record("a damaged sheet was read")
            } catch {
                #expect(error.reason.contains("cannot be read"), "\(error.reason)")
                #expect(error.reason.contains(expected), "\(error.reason)")
            }
        }
    }

    @Test("A sheet is chosen by name; an unknown sheet names the ones there are")
    func sheets() throws {
        let scratch = try Scratch()
        let path = try scratch.write("register.xlsx", try Self.workbook())
        #expect(try allRows(XLSXReader(path: path, sheet: "register")).count == 4)
        do {
            _ = try XLSXReader(path: path, sheet: "Budget")
            Issue.record("an unknown sheet was read")
        } catch {
            #expect(error.reason.contains("“Register”"))
        }
    }

    @Test("A truncated workbook, a CSV named .xlsx, and an old .xls are each a clear error")
    func damaged() throws {
        let scratch = try Scratch()
        let whole = try Self.workbook()
        let cases: [(Data, String)] = [
            (whole.prefix(whole.count / 2), "damaged or incomplete"),
            (Data("Title,Place\n".utf8), "not an Excel workbook"),
            (Data([0xD0, 0xCF, 0x11, 0xE0, 0, 0]), "older Excel workbook"),
            (try XLSXWriter.archive([("hello.txt", "hi")]), "no xl/workbook.xml"),
            (Data(), "empty"),
        ]
        for (data, expected) in cases {
            let path = try scratch.write("bad.xlsx", data)
            do {
                _ = try XLSXReader(path: path)
                Issue.record("a bad workbook was read (\(expected))")
            } catch {
                #expect(error.reason.contains(expected), "\(error.reason)")
            }
        }
    }

    @Test("Every kind's template, CSV and xlsx, has its headers and an example row that imports", arguments: ImportKind.allCases)
    func templates(_ kind: ImportKind) throws {
        let scratch = try Scratch()
        let dataset = try registered()
        for (name, data) in [("t.csv", Data(ImportTemplate.csv(kind).utf8)), ("t.xlsx", try ImportTemplate.xlsx(kind))] {
            let path = try scratch.write(name, data)
            let importer = PlaceworksImportTests.importing([path], into: dataset)
            #expect(importer.problems.isEmpty, "\(kind) \(name): \(importer.problems.sorted)")
            #expect(importer.files.first?.kind == kind)
            #expect(importer.files.first?.rows == 1)
            #expect(importer.batch.dataset.count >= 1 || kind == .indicators)
        }
    }

    @Test("The template command writes the file")
    func templateCommand() async throws {
        let scratch = try Scratch()
        let path = scratch.folder.appendingPathComponent("risks.xlsx").path
        #expect(await ImportCommand.run(["template", "risks", "--format", "xlsx", "--output", path]) == 0)
        #expect(try allRows(XLSXReader(path: path)).first?.cells.first == "Risk ID")
        #expect(await ImportCommand.run(["template", "nonsense"]) == 2)
    }
}
