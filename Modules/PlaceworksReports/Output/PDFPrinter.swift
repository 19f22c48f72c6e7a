import Foundation

/// Prints HTML to PDF (and screenshots it to PNG) with headless Chromium (Debian's `chromium`).
///
/// The executable is `$PLACEWORKS_CHROMIUM` when set, else the first of `chromium`,
/// `chromium-browser`, `google-chrome` on the `PATH`.
public struct PDFPrinter: Sendable {
    public let executable: String?

    public init(executable: String? = PDFPrinter.locate()) {
        self.executable = executable
    }

    /// Finds Chromium, or nil when it is not installed.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let named = environment["PLACEWORKS_CHROMIUM"], !named.isEmpty { return named }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// The PDF of `html`, on A4, without Chromium's own headers and footers, and without the time
    /// and random identifier Chromium stamps on each file: the same HTML gives the same bytes.
    public func pdf(fromHTML html: String) throws(ReportError) -> Data {
        Self.withoutStamps(try run(html: html, output: "report.pdf") { out in
            ["--no-pdf-header-footer", "--print-to-pdf=\(out)"]
        })
    }

    /// `pdf` with its creation and modification dates set to 1 January 1970 and its file
    /// identifier to zeros. Each is replaced by text of the same length, so no offset in the
    /// file's cross-reference table moves.
    static func withoutStamps(_ pdf: Data) -> Data {
        guard var text = String(data: pdf, encoding: .isoLatin1) else { return pdf }
        func blank(_ pattern: String, _ replace: (Substring) -> String) {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { return }
            let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
            for match in matches.reversed() {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let value = text[range]
                let replacement = replace(value)
                guard replacement.count == value.count else { continue }
                text.replaceSubrange(range, with: replacement)
            }
        }
        let epoch = "19700101000000"
        for key in ["CreationDate", "ModDate"] {
            blank("/\(key)\\s*\\(D:([^)]*)\\)") { value in
                String((epoch + String(repeating: "0", count: max(0, value.count - epoch.count))).prefix(value.count))
            }
        }
        blank("/ID\\s*\\[\\s*(<[0-9A-Fa-f]*>\\s*<[0-9A-Fa-f]*>)\\s*\\]") { value in
            String(value.map { $0.isHexDigit ? "0" : $0 })
        }
        return text.data(using: .isoLatin1) ?? pdf
    }

    /// A PNG screenshot of the first `height` pixels of `html` at `width` pixels wide.
    public func png(fromHTML html: String, width: Int = 1240, height: Int = 1754) throws(ReportError) -> Data {
        try run(html: html, output: "report.png") { out in
            ["--screenshot=\(out)", "--window-size=\(width),\(height)", "--hide-scrollbars"]
        }
    }

    private func run(html: String, output: String, arguments: (String) -> [String]) throws(ReportError) -> Data {
        guard let executable else { throw .chromiumMissing }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("placeworks-print-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let result = folder.appendingPathComponent(output)
        let process = Process()
        let errors = Pipe()
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = [
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--allow-file-access-from-files",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            ] + arguments(result.path) + [page.absoluteString]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
        } catch {
            throw .printFailed("could not start \(executable): \(error.localizedDescription)")
        }
        let diagnostics = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: result), !data.isEmpty else {
            let text = String(decoding: diagnostics, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " ")
            throw .printFailed("exit status \(process.terminationStatus). \(text)")
        }
        return data
    }
}
