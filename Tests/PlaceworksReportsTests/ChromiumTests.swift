import Foundation
import PlaceworksReports
import Testing

/// Whether the tools the printing tests need are installed.
enum Printing {
    static func tool(_ name: String) -> String? {
        ["/usr/bin", "/usr/local/bin", "/bin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let available = PDFPrinter.locate() != nil && tool("pdfinfo") != nil && tool("pdftoppm") != nil
}

/// Headless Chromium prints the HTML: the pictures are not blank and the PDF has a page per section.
/// Tools/test.sh installs Chromium and poppler-utils; without them these tests are skipped.
@Suite(.enabled(if: Printing.available, "Chromium or poppler-utils is not installed (Tools/test.sh installs both)"))
struct ChromiumTests {
    static func tool(_ name: String) -> String? { Printing.tool(name) }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-\(UUID().uuidString)-\(name)")
    }

    /// The share of pixels darker than near-white in a binary PGM (P5) image.
    static func inkShare(ofPGM data: Data) -> Double {
        let bytes = [UInt8](data)
        var fields: [String] = [], index = 0, current = ""
        while fields.count < 4 && index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(Character(UnicodeScalar(byte)))
            }
        }
        let pixels = bytes[index...]
        guard fields.first == "P5", !pixels.isEmpty else { return 0 }
        return Double(pixels.filter { $0 < 200 }.count) / Double(pixels.count)
    }

    @Test func theBoardPackPrintsToAPDFWithAPagePerSection() throws {
        let html = try HTMLRenderer().render(ExampleReports.pack())
        let pdf = try PDFPrinter().pdf(fromHTML: html)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let file = Self.temporary("pack.pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try pdf.write(to: file)
        let info = try Self.run(Self.tool("pdfinfo")!, [file.path])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        // The cover, the contents, and each of the six sections starting on a page of its own.
        #expect(pages >= 8)
        #expect(pages <= 40)
        #expect(info.contains("A4") || info.contains("595.") )

        let prefix = Self.temporary("page")
        try _ = Self.run(Self.tool("pdftoppm")!, ["-gray", "-r", "30", "-f", "1", "-l", "3", file.path, prefix.path])
        let folder = prefix.deletingLastPathComponent()
        let images = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(prefix.lastPathComponent) && $0.hasSuffix(".pgm") }.sorted()
        defer { for image in images { try? FileManager.default.removeItem(at: folder.appendingPathComponent(image)) } }
        #expect(images.count == 3)
        for image in images {
            let share = Self.inkShare(ofPGM: try Data(contentsOf: folder.appendingPathComponent(image)))
            #expect(share > 0.005, "page \(image) is blank")
        }
    }

    @Test func theICSReportPrintsToAPDF() throws {
        let pdf = try PDFPrinter().pdf(fromHTML: try HTMLRenderer().render(ExampleReports.icsReport()))
        let file = Self.temporary("ics.pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try pdf.write(to: file)
        let info = try Self.run(Self.tool("pdfinfo")!, [file.path])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        #expect(pages >= 8)
    }

    /// Where two files first differ, with the bytes around it in each (Latin-1), for a failure message.
    static func firstDifference(_ a: Data, _ b: Data) -> String {
        let a = [UInt8](a), b = [UInt8](b)
        guard let at = a.indices.first(where: { $0 >= b.count || a[$0] != b[$0] }) ?? (a.count < b.count ? a.count : nil)
        else { return "none" }
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, at - 40)..<min(bytes.count, at + 40)].map { $0 < 32 || $0 > 126 ? 46 : $0 },
                   as: UTF8.self)
        }
        return "at byte \(at) of \(a.count)/\(b.count): “\(around(a))” vs “\(around(b))”"
    }

    @Test func theSamePackPrintsToTheSameBytes() throws {
        let html = try HTMLRenderer().render(ExampleReports.pack())
        let first = try PDFPrinter().pdf(fromHTML: html)
        let second = try PDFPrinter().pdf(fromHTML: html)
        #expect(first == second, "two prints of one pack differ: \(Self.firstDifference(first, second))")
        let text = String(decoding: first, as: UTF8.self)
        #expect(!text.contains("/CreationDate (D:20"), "the print time is still stamped")
    }

    @Test func theScreenshotIsNotBlank() throws {
        let printer = PDFPrinter()
        let png = try printer.png(fromHTML: try HTMLRenderer().render(ExampleReports.pack()))
        let blank = try printer.png(fromHTML: "<!DOCTYPE html><html lang=\"en\"><title>x</title><body></body></html>")
        #expect(png.starts(with: Data([0x89, 0x50, 0x4E, 0x47])))
        // A blank page compresses to almost nothing; the pack's cover does not.
        #expect(png.count > blank.count * 4, "the screenshot (\(png.count) bytes) is as small as a blank page (\(blank.count))")
    }
}
