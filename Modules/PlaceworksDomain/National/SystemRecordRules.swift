/// NAT-ICS-1: what the ICS records for each of its places (thriving-places §1 "Transitioning to
/// statutory ICS arrangements", §4 "What have we asked of ICSs?").
extension NationalRules {
    static var systemRecords: [Rule] { [placeArrangements] }

    /// What is missing from the ICS's record of a place's arrangements, in the guidance's order.
    /// Before 1 April 2022 the guidance asks for the arrangements *planned* for 2022/23, so the
    /// record is read as it stands for 1 April 2022 (proposed and shadow bodies, delegations from then).
    static func missingArrangements(of place: Place, _ context: RuleContext) -> [String] {
        let data = context.data, day = max(context.asOf, ThrivingPlaces.icbsEstablished)
        let committee = data.placeCommittee(of: place.id, on: day)
        let terms = committee?.terms(on: day)
        let system = place.ics.flatMap { data.systems[$0] }
        let systemBodies = [system?.board, system?.partnership].compactMap { $0 }
        var missing: [String] = []
        if (place.boundary ?? "").isEmpty { missing.append("boundary") }
        if data.leadershipRoles(in: place.id, on: day).isEmpty { missing.append("leadership") }
        if committee.map({ data.seats(of: $0.id, on: day).isEmpty }) ?? true {
            missing.append("membership (a partnership committee with seats)")
        }
        if data.delegations(in: place.id, on: day).isEmpty { missing.append("functions carried out at place") }
        if terms?.form == nil { missing.append("governance model (the partnership committee's governance form)") }
        // Both the ICB and the ICP, where the ICS records them ("representation on and reporting
        // relationship with the ICP and ICB").
        for (body, label) in [(system?.board, "ICB"), (system?.partnership, "ICP")] {
            guard let body else { continue }
            let represented = data.seats(of: body, on: day).contains { $0.place == place.id }
            if !represented { missing.append("representation on the \(label)") }
        }
        for (body, label) in [(system?.board, "ICB"), (system?.partnership, "ICP")] {
            guard let body else { continue }
            let reports = terms?.reportsTo.contains { $0.to == body } ?? false
            if !reports { missing.append("reporting relationship with the \(label)") }
        }
        if systemBodies.isEmpty {
            missing.append("representation on and reporting relationship with the ICB and ICP (the ICS records neither)")
        }
        return missing
    }

    static let placeArrangements = Rule(
        id: "NAT-ICS-1", severity: .warning,
        requirement: "For each place the ICS records its boundary, leadership, membership, the functions carried "
            + "out at place, its governance model, and its representation on and reporting relationship with both "
            + "the ICP and the ICB (each the ICS records); before 1 April 2022, as planned for 2022/23.",
        citations: [Citation(.thrivingPlaces, "§1 \"Transitioning to statutory ICS arrangements\""),
                    Citation(.thrivingPlaces, "§4 \"What have we asked of ICSs?\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { context in
        context.places.compactMap { place -> Concern? in
            let missing = missingArrangements(of: place, context)
            guard !missing.isEmpty else { return nil }
            let system = place.ics.flatMap { context.data.systems[$0]?.name } ?? "The ICS"
            let planned = context.asOf < ThrivingPlaces.icbsEstablished
                ? " as planned for \(ThrivingPlaces.icbsEstablished.spelledOut)" : ""
            return Concern(about: place, "\(system) has no record of \(place.name)'s \(ThrivingPlaces.list(missing))"
                + "\(planned); national guidance asks the ICS to record each place's arrangements.")
        }
    }
}
