/// What an API token may do.
public enum AccessRole: String, Codable, Sendable, Hashable, CaseIterable {
    /// Reads everything; writes nothing.
    case viewer
    /// Reads everything; writes the data of its places only.
    case placeEditor = "place-editor"
    /// Reads and writes everything in the ICS.
    case icsAdmin = "ics-admin"
}
