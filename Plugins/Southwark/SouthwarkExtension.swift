import PlaceworksDomain

/// Southwark.
public struct SouthwarkExtension: PlaceworksExtension {
    public init() {}
    public var name: String { "Southwark" }
    public var coverage: Coverage { .place("E09000028") }
    public func register(into registrar: inout Registrar) {}
}
