/// The national guidance (NHS England / LGA "Thriving places", 2021) and the good governance
/// practice every board secretary expects: the rules that apply to every place.
///
/// Registered like any other extension, with national coverage.
public struct NationalGuidance: PlaceworksExtension {
    public init() {}
    public var name: String { "National guidance" }
    public var coverage: Coverage { .national }

    public func register(into registrar: inout Registrar) {
        NationalDocuments.register(into: &registrar)
        registrar.add(NationalRules.all)
    }
}

/// Every national (NAT) and good-governance (GOV) rule.
public enum NationalRules {
    public static var all: [Rule] { thrivingPlaces + goodGovernance + added }

    /// The NAT and GOV rules of the second reading of the papers (REQUIREMENTS-ADDED.md).
    public static var added: [Rule] {
        pooledBudgets + accountabilityArrangements + termsOfReferenceSubstance + publicInformation + vacancies
    }
}
