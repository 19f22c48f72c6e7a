import PlaceworksDomain

/// Southwark: Partnership Southwark and its Strategic Board (PSSB), the recovery plan's workstreams,
/// milestones and risks, the 2020/21 delegated budget, the LCP governance options 1, 2a, 2b and 3,
/// the 2009 Southwark Alliance — and the SWK and ALL rules that apply to Southwark only.
///
/// Register it with the national guidance and South East London, whose records it refers to:
///
/// ```swift
/// let registry = try Registry([NationalGuidance(), SouthEastLondonExtension(), SouthwarkExtension()])
/// ```
public struct SouthwarkExtension: PlaceworksExtension {
    public init() {}
    public var name: String { "Southwark" }
    /// Refers to South East London's records and cites the papers it registers.
    public var requires: [String] { ["South East London"] }
    public var coverage: Coverage { .place(SouthwarkData.place) }

    public func register(into registrar: inout Registrar) {
        for part in SouthwarkData.parts { registrar.add(part) }
        registrar.add(SouthwarkRules.all)
    }

    public func provenance(of kind: SubjectKind, _ id: String) -> Provenance? {
        SouthwarkProvenance.of(kind, id)
    }
}
