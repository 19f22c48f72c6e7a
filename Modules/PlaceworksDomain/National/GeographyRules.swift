/// NAT-GEO-1: a place lies wholly within one ICS (thriving-places §2 "Defining the geography of place").
extension NationalRules {
    static var geography: [Rule] { [withinOneSystem] }

    static let withinOneSystem = Rule(
        id: "NAT-GEO-1", severity: .warning,
        requirement: "A place lies wholly within one ICS.",
        citations: [Citation(.thrivingPlaces, "§2 \"Defining the geography of place\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { context in
        context.places.compactMap { place -> Concern? in
            guard let ics = place.ics else {
                return Concern(about: place, "\(place.name) is not recorded as lying within any ICS; record the one "
                    + "ICS whose area contains it.")
            }
            guard let system = context.data.systems[ics] else {
                return Concern(about: place, "\(place.name) is recorded as lying within ICS \(ics), which is not in "
                    + "the data; record that ICS or correct the place's ICS.")
            }
            let others = place.alsoWithin.filter { $0 != ics }
            guard !others.isEmpty else { return nil }
            let names = others.map { context.data.systems[$0]?.name ?? "ICS \($0)" }
            return Concern(about: place, "\(place.name) lies within \(system.name) but its boundary also crosses "
                + "into \(ThrivingPlaces.list(names)); national guidance expects a place to lie wholly within one "
                + "system's boundaries.")
        }
    }
}
