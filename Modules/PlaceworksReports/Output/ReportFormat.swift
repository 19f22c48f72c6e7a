/// The formats a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable, Hashable {
    /// One self-contained HTML file (the default).
    case html
    /// A PDF printed from the HTML by headless Chromium.
    case pdf
    /// One Markdown file.
    case md
    /// One CSV file per table.
    case csv
    /// One JSON file, as docs/report-schema.json describes.
    case json
}
