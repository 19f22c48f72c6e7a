import Foundation
@testable import PlaceworksImport
import Testing

@Suite("The CSV reader: RFC 4180, encodings, streaming")
struct CSVReaderTests {
    func rows(_ text: String) throws -> [[String]] {
        try allRows(CSVReader(data: Data(text.utf8), file: "t.csv")).map(\.cells)
    }

    @Test("Quoted fields hold commas, doubled quotes and line breaks")
    func quoting() throws {
        let parsed = try rows("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
        #expect(parsed == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"]])
    }

    @Test("CRLF, LF and a missing final line end read the same; empty fields are kept")
    func lineEnds() throws {
        #expect(try rows("a,b\r\n1,\r\n,2") == [["a", "b"], ["1", ""], ["", "2"]])
        #expect(try rows("a,b\n1,\n,2\n") == [["a", "b"], ["1", ""], ["", "2"]])
    }

    @Test("Row numbers count records, so a quoted line break does not shift them")
    func rowNumbers() throws {
        let read = try allRows(CSVReader(data: Data("h\n\"a\nb\"\nc\n".utf8), file: "t.csv"))
        #expect(read.map(\.number) == [1, 2, 3])
    }

    @Test("A UTF-8 byte-order mark is skipped")
    func byteOrderMark() throws {
        #expect(try rows("\u{FEFF}Name,Code\nA,1\n") == [["Name", "Code"], ["A", "1"]])
    }

    @Test("Windows-1252 text is reported with its row and column, and converted when asked")
    func windows1252() throws {
        let bytes = Array("Category,Amount\nCaf".utf8) + [0xE9] + Array(",12\n".utf8)
        #expect(throws: ImportProblem.self) { try allRows(CSVReader(data: Data(bytes), file: "t.csv")) }
        do {
            _ = try allRows(CSVReader(data: Data(bytes), file: "t.csv"))
        } catch let problem as ImportProblem {
            #expect(problem.row == 2)
            #expect(problem.column == "field 1")
            #expect(problem.reason.contains("Windows-1252"))
            #expect(problem.reason.contains("--encoding windows-1252"))
        }
        let converted = try allRows(CSVReader(data: Data(bytes), file: "t.csv", encoding: .windows1252))
        #expect(converted[1].cells == ["Café", "12"])
        let pound = try allRows(CSVReader(data: Data([0xA3, 0x35, 0x0A]), file: "t.csv", encoding: .windows1252))
        #expect(pound[0].cells == ["£5"])
    }

    @Test("Bytes that are neither UTF-8 nor Windows-1252 are reported as invalid text")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("a\n".utf8) + [0x81, 0x8D] + Array("\n".utf8)
        do {
            _ = try allRows(CSVReader(data: Data(bytes), file: "t.csv"))
            Issue.record("invalid UTF-8 was read")
        } catch let problem as ImportProblem {
            #expect(problem.row == 2)
            #expect(problem.reason.contains("not valid utf-8"))
        }
    }

    @Test("An empty file and a quote that never closes are reported")
    func emptyAndUnclosed() throws {
        #expect(throws: ImportProblem.self) { try rows("") }
        do {
            _ = try rows("a,b\n1,\"open\n2,3\n")
            Issue.record("an unclosed quote was read")
        } catch let problem as ImportProblem {
            #expect(problem.row == 2)
            #expect(problem.reason.contains("closing quote"))
        }
    }

    @Test("A file larger than one read chunk is read whole, rows split across chunks intact")
    func chunks() throws {
        let scratch = try Scratch()
        var text = "id,text\r\n"
        for index in 0..<40_000 { text += "\(index),\"value, \(index)\nsecond line\"\r\n" }
        let path = try scratch.write("big.csv", text)
        let read = try allRows(CSVReader(path: path))
        #expect(read.count == 40_001)
        #expect(read[40_000].cells == ["39999", "value, 39999\nsecond line"])
        #expect(read.allSatisfy { $0.cells.count == 2 })
    }

    @Test("The real Fingertips export: a header of 26 columns, a quoted line break in every row's name")
    func fingertips() throws {
        let read = try allRows(CSVReader(path: realFile("fingertips-export-county-ua.csv")))
        #expect(read.count == 853)
        #expect(read[0].cells.count == 26)
        #expect(read[1].cells[1] == "Campylobacter incidence rate/100,000\n")
        #expect(read[1].cells[4] == "E92000001")
    }

    @Test("The writer quotes what needs quoting, and the reader reads it back")
    func roundTrip() throws {
        let table = [["a,b", "say \"x\"", "line\nbreak", "plain"]]
        #expect(try rows(CSVWriter.text(table)) == table)
    }
}
