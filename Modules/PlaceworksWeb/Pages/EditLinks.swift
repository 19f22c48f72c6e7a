import PlaceworksDomain

/// The links from a place page to its edit forms, shown only to someone who may change the place.
struct EditLinks {
    /// The place whose forms are linked; nil when the reader may not edit it.
    let place: ID<Place>?
    let asOf: Day

    static func none(asOf: Day) -> EditLinks { EditLinks(place: nil, asOf: asOf) }

    var enabled: Bool { place != nil }

    private var base: String { "/places/\(HTML.urlComponent(place?.rawValue ?? ""))" }

    func seatCell(seat: String, vacant: Bool) -> HTML {
        "<td><a href=\"\(base)/seats/\(HTML.urlComponent(seat))?as_of=\(asOf)\">\(vacant ? "Appoint" : "End or set deputy")</a></td>"
    }

    func milestoneCell(_ id: String) -> HTML {
        "<td><a href=\"\(base)/milestones/\(HTML.urlComponent(id))\">Update</a></td>"
    }

    func riskCell(_ id: String) -> HTML {
        "<td><a href=\"\(base)/risks/\(HTML.urlComponent(id))\">Update</a></td>"
    }

    var newRiskLink: HTML { "<p><a href=\"\(base)/new-risk\">Add a risk</a></p>" }

    var newMeetingLink: HTML { "<p><a href=\"\(base)/new-meeting\">Record a meeting</a></p>" }
}
