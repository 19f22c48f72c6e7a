/// How an extension wants the reports for its area presented: its own templates, section order,
/// wording and colours. Plain data, so an extension gives it without importing the report module.
///
/// ```swift
/// public var reportPresentation: ReportPresentation? {
///     ReportPresentation(
///         sectionOrder: ["changes", "findings", "risks", "workstreams", "membership"],
///         wording: ["board-pack.title": "Partnership Southwark Strategic Board pack"],
///         colours: ["accent": "#6a1b4d"])
/// }
/// ```
///
/// Template and section names, wording keys and colour names are listed in docs/extending.md.
public struct ReportPresentation: Sendable, Hashable {
    /// Mustache templates that replace the standard ones, by template name (e.g. `cover`).
    public var templates: [String: String]
    /// The board pack's sections in the order they appear; sections left out are not shown.
    /// Empty: the standard order.
    public var sectionOrder: [String]
    /// Replacement wording, by key (e.g. `board-pack.title`).
    public var wording: [String: String]
    /// Replacement colours, by name (e.g. `accent`), as CSS colours.
    public var colours: [String: String]

    public init(templates: [String: String] = [:], sectionOrder: [String] = [], wording: [String: String] = [:],
                colours: [String: String] = [:]) {
        self.templates = templates
        self.sectionOrder = sectionOrder
        self.wording = wording
        self.colours = colours
    }
}
