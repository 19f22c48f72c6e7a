import Foundation

/// One file of a rendered report: its name within the output folder and its bytes.
public struct ReportFile: Sendable, Hashable {
    public var name: String
    public var contents: Data

    public init(name: String, contents: Data) {
        self.name = name
        self.contents = contents
    }

    public init(name: String, text: String) {
        self.init(name: name, contents: Data(text.utf8))
    }
}

/// Renders a report document in one format, as the files to write (all in memory first, so a
/// failure writes nothing).
public struct ReportRenderer: Sendable {
    public let theme: ReportTheme
    public let printer: PDFPrinter

    public init(theme: ReportTheme = .standard, printer: PDFPrinter = PDFPrinter()) {
        self.theme = theme
        self.printer = printer
    }

    /// The file-name stem of a board pack, e.g. `southwark-board-pack-2022-04-01`.
    public static func stem(of pack: BoardPack) -> String {
        "\(Formatting.slug(pack.cover.placeName))-board-pack-\(pack.cover.asOf)"
    }

    /// The file-name stem of an ICS report, e.g. `south-east-london-ics-report-2022-04-01`.
    public static func stem(of report: ICSReport) -> String {
        var name = report.cover.systemName
        if name.hasSuffix(" ICS") { name.removeLast(4) }
        return "\(Formatting.slug(name))-ics-report-\(report.cover.asOf)"
    }

    public func files(for pack: BoardPack, format: ReportFormat) throws(ReportError) -> [ReportFile] {
        try files(stem: Self.stem(of: pack), format: format, tables: pack.tables,
                  html: { () throws(ReportError) -> String in try HTMLRenderer(theme: theme).render(pack) },
                  markdown: { MarkdownRenderer.render(pack, theme: theme) }, json: { JSONRenderer.render(pack) })
    }

    public func files(for report: ICSReport, format: ReportFormat) throws(ReportError) -> [ReportFile] {
        try files(stem: Self.stem(of: report), format: format, tables: report.tables,
                  html: { () throws(ReportError) -> String in try HTMLRenderer(theme: theme).render(report) },
                  markdown: { MarkdownRenderer.render(report, theme: theme) }, json: { JSONRenderer.render(report) })
    }

    private func files(stem: String, format: ReportFormat, tables: [ReportTable],
                       html: () throws(ReportError) -> String, markdown: () -> String,
                       json: () -> String) throws(ReportError) -> [ReportFile] {
        switch format {
        case .html: return [ReportFile(name: "\(stem).html", text: try html())]
        case .pdf: return [ReportFile(name: "\(stem).pdf", contents: try printer.pdf(fromHTML: try html()))]
        case .md: return [ReportFile(name: "\(stem).md", text: markdown())]
        case .json: return [ReportFile(name: "\(stem).json", text: json())]
        case .csv: return tables.map { ReportFile(name: "\(stem)-\($0.name).csv", text: CSVRenderer.render($0)) }
        }
    }

    /// Writes `files` into `folder`, creating it if needed. Each file is written whole or not at all.
    public static func write(_ files: [ReportFile], to folder: String) throws(ReportError) -> [String] {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder, reason: error.localizedDescription)
        }
        var written: [String] = []
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            do {
                try file.contents.write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw .cannotWrite(path: path, reason: error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }
}
