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

    @Test("Fields of every length, with quotes, commas and line breaks, read back as written across chunk boundaries")
    func everyLength() throws {
        // A fixed pseudo-random table: cells from empty to longer than two read chunks, so that
        // fields, quotes and CRLFs fall on chunk boundaries in many ways.
        var seed: UInt64 = 0x5EED
        func random(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ["a", "bc", ",", "\"", "\"\"", "\n", "\r\n", " ", "é", "🏥", "1.5", "£"]
        var table: [[String]] = []
        for row in 0..<3_000 {
            table.append((0..<(1 + random(6))).map { _ in
                let length = random(10) == 0 ? random(400) : random(8)
                return (0..<length).map { _ in pieces[random(pieces.count)] }.joined()
            })
            if row == 1_500 { table.append(["long", String(repeating: "x\"y,\n", count: 700_000)]) }
        }
        let scratch = try Scratch()
        let path = try scratch.write("every.csv", CSVWriter.text(table))
        let read = try allRows(CSVReader(path: path))
        #expect(read.map(\.number) == Array(1...table.count))
        #expect(read.map(\.cells) == table)
    }

    @Test("A quote after the closing quote, or inside an unquoted field, is kept as text")
    func strayQuotes() throws {
        #expect(try rows("\"a\"b,c\"d\",\"\"\"\"\n") == [["ab", "c\"d\"", "\""]])
    }

    @Test("Cells are trimmed of white space, a no-break space too; a row of only white space is blank")
    func whiteSpace() throws {
        let read = try allRows(CSVReader(data: Data(" \u{00A0}Southwark\t, 12 ,\"\"\n \u{00A0},\t\n,,\"\",\n".utf8), file: "t.csv"))
        #expect(read[0].trimmedCell(0) == "Southwark")
        #expect(read[0].trimmedCell(1) == "12")
        #expect(read[0].trimmedCell(2) == nil)
        #expect(read[0].trimmedCell(3) == nil)
        #expect(!read[0].isBlank)
        #expect(read[1].isBlank)
        #expect(read[2].isBlank, "a row of empty fields, as spreadsheets save them, is blank")
    }

    @Test("The reader hashes the file as it reads it: the same SHA-256 as reading it again")
    func digest() throws {
        let scratch = try Scratch()
        let path = try scratch.write("d.csv", "a,b\n1,2\n")
        var reader = try CSVReader(path: path)
        #expect(reader.sha256 == nil)
        while try reader.next() != nil {}
        #expect(reader.sha256 == FileDigest.sha256(path))
        #expect(reader.sha256?.count == 64)
    }

    @Test("The writer quotes what needs quoting, and the reader reads it back")
    func roundTrip() throws {
        let table = [["a,b", "say \"x\"", "line\nbreak", "plain"]]
        #expect(try rows(CSVWriter.text(table)) == table)
    }
}
