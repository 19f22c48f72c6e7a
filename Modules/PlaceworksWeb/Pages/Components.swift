import PlaceworksDomain
import PlaceworksReports

/// Pieces several pages share.
enum Components {
    /// The "as of" form: a labelled date field that reloads the page for another day.
    static func asOfForm(action: String, asOf: Day, extra: [(String, String)] = []) -> HTML {
        let hidden = extra.map { name, value -> HTML in "<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">" }
        return """
        <form method="get" action="\(action)" class="asof">\(hidden)
        <div class="field"><label for="as_of">As of</label>\
        <input type="date" id="as_of" name="as_of" value="\(asOf)" required></div>
        <button type="submit">Show</button></form>
        """
    }

    /// A table with a caption and header row, inside a box that scrolls sideways on a phone.
    static func table(caption: String, headers: [String], rows: [HTML], numeric: Set<Int> = []) -> HTML {
        let head = headers.enumerated().map { index, header -> HTML in
            numeric.contains(index) ? "<th scope=\"col\" class=\"num\">\(header)</th>" : "<th scope=\"col\">\(header)</th>"
        }
        return """
        <div class="table"><table><caption>\(caption)</caption><thead><tr>\(head)</tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """
    }

    /// Severity counts as badges, each saying its number in words too.
    static func counts(errors: Int, warnings: Int, notes: Int) -> HTML {
        """
        <span class="badge error">\(errors) \(errors == 1 ? "error" : "errors")</span> \
        <span class="badge warning">\(warnings) \(warnings == 1 ? "warning" : "warnings")</span> \
        <span class="badge info">\(notes) \(notes == 1 ? "note" : "notes")</span>
        """
    }

    static func counts(_ counts: SeverityCounts) -> HTML {
        Self.counts(errors: counts.errors, warnings: counts.warnings, notes: counts.notes)
    }

    /// A paragraph, or nothing when `text` is empty.
    static func paragraph(_ text: String?, muted: Bool = false) -> HTML {
        guard let text, !text.isEmpty else { return .empty }
        return muted ? "<p class=\"muted\">\(text)</p>" : "<p>\(text)</p>"
    }

    /// An amount of pounds, e.g. £1,250,000.
    static func pounds(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return (amount < 0 ? "−£" : "£") + grouped
    }
}

extension Components {
    /// Every page and feed, so a person or a crawler reaches everything from the front door.
    /// `asOf` nil leaves out the place pages (for a visitor who is not signed in).
    static func directory(index: DatasetIndex, asOf: Day?) -> HTML {
        let places = index.dataset.places.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let items = places.map { place -> HTML in
            let bodies = index.bodies(in: place.id).sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            let feeds = bodies.map { body -> HTML in "<li><a href=\"\(Paths.bodyFeed(body.id))\">\(body.name) meetings (calendar)</a></li>" }
            let name: HTML = asOf.map { day -> HTML in "<a href=\"\(Paths.place(place.id, asOf: day))\">\(place.name)</a>" }
                ?? "\(place.name)"
            return """
            <li>\(name): <a href="\(Paths.publicPlace(place.id))">public page</a>, \
            <a href="\(Paths.placeFeed(place.id))">all meetings (calendar)</a>\
            \(feeds.isEmpty ? HTML.empty : "<ul>\(feeds)</ul>")</li>
            """
        }
        let systemBodies = index.dataset.bodies.filter { $0.place == nil }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let systemFeeds = systemBodies.map { body -> HTML in
            "<li><a href=\"\(Paths.bodyFeed(body.id))\">\(body.name) meetings (calendar)</a></li>"
        }
        return """
        <h2 id="everything">Every page and calendar</h2>
        <p>Calendars are iCalendar feeds of meetings held in public: add their address to a calendar app.</p>
        <ul class="links">\(items)</ul>
        \(systemFeeds.isEmpty ? HTML.empty : "<h3>System bodies</h3><ul class=\"links\">\(systemFeeds)</ul>")
        """
    }
}

/// The addresses of the site's pages, in one place.
enum Paths {
    static func place(_ id: ID<Place>, asOf: Day? = nil) -> String {
        "/places/\(HTML.urlComponent(id.rawValue))" + (asOf.map { "?as_of=\($0)" } ?? "")
    }
    static func publicPlace(_ id: ID<Place>) -> String { "/public/places/\(HTML.urlComponent(id.rawValue))" }
    static func placeFeed(_ id: ID<Place>) -> String { "/places/\(HTML.urlComponent(id.rawValue))/meetings.ics" }
    static func bodyFeed(_ id: ID<Body>) -> String { "/bodies/\(HTML.urlComponent(id.rawValue))/meetings.ics" }
    static func boardPack(_ id: ID<Place>) -> String { "/places/\(HTML.urlComponent(id.rawValue))/board-pack" }
    static func icsReport(_ id: ID<ICS>, format: ReportFormat, asOf: Day) -> String {
        "/reports/\(HTML.urlComponent(id.rawValue))?format=\(format.rawValue)&as_of=\(asOf)"
    }
}
