import PlaceworksDomain

extension ReportTheme {
    /// The theme for a place's reports: the presentation of the most specific extension covering
    /// the place that gives one (the place's own, else its ICS's, else a national one).
    public static func theme(for place: Place, extensions: [any PlaceworksExtension]) throws(ReportError) -> ReportTheme {
        let covering = extensions.filter { $0.coverage.includes(place) && $0.reportPresentation != nil }
        let chosen = covering.min { $0.coverage.breadth < $1.coverage.breadth }
        return try ReportTheme(presentation: chosen?.reportPresentation)
    }

    /// The theme for an ICS's reports: the presentation of the extension covering the ICS, if any.
    public static func theme(for system: ICS, extensions: [any PlaceworksExtension]) throws(ReportError) -> ReportTheme {
        let covering = extensions.filter { $0.coverage.includes(system) && $0.reportPresentation != nil }
        let chosen = covering.min { $0.coverage.breadth < $1.coverage.breadth }
        return try ReportTheme(presentation: chosen?.reportPresentation)
    }
}
