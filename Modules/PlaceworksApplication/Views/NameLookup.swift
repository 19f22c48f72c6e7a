import PlaceworksDomain

/// Finds a place or an ICS by the names people use for them: its identifier (the ONS code), its
/// name, and for an ICS its ONS or ODS code or initials ("SEL"), ignoring case. The command line,
/// the report generator and the server resolve `--place`, `--ics` and `place=` through it.
public enum NameLookup {
    /// A name that matches nothing, with the names that would have (or where to find them).
    public struct Unknown: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public static func place(_ text: String, in dataset: Dataset) throws(Unknown) -> ID<Place> {
        let wanted = text.lowercased()
        if let place = dataset.places.first(where: { $0.id.rawValue.lowercased() == wanted || $0.name.lowercased() == wanted }) {
            return place.id
        }
        throw Unknown(description: "there is no place “\(text)”. "
            + hint(dataset.places.map { "\($0.name) (\($0.id))" }, kind: "places", list: "places"))
    }

    public static func system(_ text: String, in dataset: Dataset) throws(Unknown) -> ICS {
        let wanted = text.lowercased()
        func initials(_ name: String) -> String {
            name.split(separator: " ").filter { !["ICS", "Integrated", "Care", "System"].contains($0) }
                .compactMap(\.first).map(String.init).joined().lowercased()
        }
        if let system = dataset.systems.first(where: { system in
            [system.id.rawValue, system.name, system.onsCode ?? "", system.odsCode ?? ""]
                .contains { $0.lowercased() == wanted } || initials(system.name) == wanted
        }) {
            return system
        }
        throw Unknown(description: "there is no ICS “\(text)”. "
            + hint(dataset.systems.map { "\($0.name) (\($0.id))" }, kind: "ICSs", list: "systems"))
    }

    /// "Known places: …" for a short list, else where to see them all.
    private static func hint(_ names: [String], kind: String, list: String) -> String {
        names.count <= 12 ? "Known \(kind): \(names.sorted().joined(separator: ", "))."
            : "There are \(names.count) \(kind); `place list \(list)` shows them."
    }
}
