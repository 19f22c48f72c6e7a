import PlaceworksDomain

/// South East London ICS.
public struct SouthEastLondonExtension: PlaceworksExtension {
    public init() {}
    public var name: String { "South East London" }
    public var coverage: Coverage { .system("QKK") }
    public func register(into registrar: inout Registrar) {}
}
