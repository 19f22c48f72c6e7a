/// Rules written per place, per place committee or per ICS. Every concern such a rule returns
/// carries the place (and committee) it was found in, so `place check --place X` keeps it.
///
/// ```swift
/// Rule.perPlaceCommittee(
///     id: "SEL-LCP-5", severity: .error,
///     requirement: "The borough Director of Public Health is a member of each LCP committee.",
///     citations: [Citation(.thrivingPlaces, "§4")], effective: Period(from: "2022-04-01")
/// ) { place, committee, context in
///     …
/// }
/// ```
extension Rule {
    /// A rule checked for each place it applies to; concerns without a place get this one.
    public static func perPlace(
        id: RuleID, severity: Severity, requirement: String, citations: [Citation], refines: [RuleID] = [],
        effective: Period = .always, check: @escaping @Sendable (Place, RuleContext) -> [Concern]
    ) -> Rule {
        Rule(id: id, severity: severity, requirement: requirement, citations: citations, refines: refines,
             effective: effective) { context in
            context.places.flatMap { place in check(place, context).map { $0.placed(in: place.id) } }
        }
    }

    /// A rule checked for each place that has a partnership (place) committee on the day checked,
    /// with that committee; concerns without a place or body get the place and the committee.
    /// Places without a committee are skipped (a rule of their own reports them).
    public static func perPlaceCommittee(
        id: RuleID, severity: Severity, requirement: String, citations: [Citation], refines: [RuleID] = [],
        effective: Period = .always, check: @escaping @Sendable (Place, Body, RuleContext) -> [Concern]
    ) -> Rule {
        Rule(id: id, severity: severity, requirement: requirement, citations: citations, refines: refines,
             effective: effective) { context in
            context.committeesOfPlaces.flatMap { place, committee in
                check(place, committee, context).map { $0.placed(in: place.id, body: committee.id) }
            }
        }
    }

    /// A rule checked for each ICS it applies to (only when the whole ICS is checked, not one place).
    public static func perSystem(
        id: RuleID, severity: Severity, requirement: String, citations: [Citation], refines: [RuleID] = [],
        effective: Period = .always, check: @escaping @Sendable (ICS, RuleContext) -> [Concern]
    ) -> Rule {
        Rule(id: id, severity: severity, requirement: requirement, citations: citations, refines: refines,
             effective: effective) { context in
            context.systems.flatMap { system in check(system, context) }
        }
    }
}

extension RuleContext {
    /// Each place the rule applies to that has a partnership committee on the day checked, with it.
    public var committeesOfPlaces: [(place: Place, committee: Body)] {
        places.compactMap { place in data.placeCommittee(of: place.id, on: asOf).map { (place, $0) } }
    }
}
