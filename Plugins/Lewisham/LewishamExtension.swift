import PlaceworksDomain

/// Lewisham (`E09000023`): the Local Care Partnership Board that replaces the LHCP Executive Board
/// and the Borough Based Board, its seats, the place leadership team, the Executive Place Lead and
/// Chair, the Section 75 delegations, the next steps before 1 April 2022 — and the LEW rules.
///
/// Refers to South East London records (the ICB `QKK`, the SEL CCG `72Q`, the trusts `RJ2` and
/// `RV5`, `lewisham-council`, `sel-icb-board`, `sel-icp`) by identifier, so it is registered
/// together with `SouthEastLondonExtension`:
///
/// ```swift
/// let registry = try Registry([NationalGuidance(), SouthEastLondonExtension(), LewishamExtension()])
/// ```
public struct LewishamExtension: PlaceworksExtension {
    public init() {}
    public var name: String { "Lewisham" }
    /// Refers to South East London's records and cites the papers it registers.
    public var requires: [String] { ["South East London"] }
    public var coverage: Coverage { .place(LewishamData.place) }

    public func register(into registrar: inout Registrar) {
        registrar.add(LewishamData.dataset)
        registrar.add(LewishamRules.all)
    }

    public func provenance(of kind: SubjectKind, _ id: String) -> Provenance? {
        LewishamProvenance.of(kind, id)
    }
}
