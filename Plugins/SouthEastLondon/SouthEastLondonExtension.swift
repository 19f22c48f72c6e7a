import PlaceworksDomain

/// South East London ICS: the ICB and ICP with their seats, the provider collaboratives, the six
/// places, the SEL trusts and councils, and the SEL rules that apply to every SEL place.
public struct SouthEastLondonExtension: PlaceworksExtension {
    public init() {}
    public var name: String { "South East London" }
    public var coverage: Coverage { .system(SouthEastLondonData.ics) }

    public func register(into registrar: inout Registrar) {
        SouthEastLondonDocuments.register(into: &registrar)
        registrar.add(SouthEastLondonData.dataset)
        registrar.add(SouthEastLondonRules.all)
    }

    public func provenance(of kind: SubjectKind, _ id: String) -> Provenance? {
        SouthEastLondonProvenance.of(kind, id)
    }
}
