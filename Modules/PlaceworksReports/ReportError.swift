/// Why a report could not be made, in words a board secretary can act on.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A template does not parse.
    case badTemplate(name: String, reason: String)
    /// A theme colour is not a plain CSS colour.
    case badColour(name: String, value: String)
    /// A section order names a section the reports do not have.
    case unknownSection(String, known: [String])
    /// Chromium is not installed, so no PDF can be made.
    case chromiumMissing
    /// Chromium ran but did not produce the PDF.
    case printFailed(String)
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .badTemplate(name, reason):
            "the report template “\(name)” cannot be read: \(reason). Correct the template and try again."
        case let .badColour(name, value):
            "the report colour “\(name)” is “\(value)”, which is not a plain CSS colour (such as #005190 or "
                + "rgb(0, 81, 144)). Correct it in the extension's report presentation."
        case let .unknownSection(name, known):
            "the report section order names “\(name)”, which is not a section. Sections: \(known.joined(separator: ", "))."
        case .chromiumMissing:
            "a PDF needs Chromium, which is not installed. Install it (on Debian: apt-get install chromium), "
                + "or ask for --format html and print that."
        case let .printFailed(reason):
            "Chromium could not print the report to PDF: \(reason)"
        case let .cannotWrite(path, reason):
            "cannot write \(path): \(reason.hasSuffix(".") ? String(reason.dropLast()) : reason). "
                + "Check the folder exists and can be written to."
        }
    }
}
