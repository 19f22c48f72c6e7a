import PlaceworksDomain

/// Lewisham.
public struct LewishamExtension: PlaceworksExtension {
    public init() {}
    public var name: String { "Lewisham" }
    public var coverage: Coverage { .place("E09000023") }
    public func register(into registrar: inout Registrar) {}
}
