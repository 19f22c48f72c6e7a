import PlaceworksDomain

/// SWK-MOU-1: Partnership Southwark's Memorandum of Understanding and who has signed it.
///
/// Reading: the paper states as fact that the principles "are included in a Memorandum of
/// Understanding signed by our constituent partner organisations" (a warning: no "must"). The
/// memorandum is recorded with a version (date and principles); every organisation recorded as a
/// constituent partner on the day has a signature in force on the day. A successor (the ICB after
/// SEL CCG) needs its own signature or a recorded transfer of its predecessor's (the platform's
/// reading): its predecessor's signature does not count by itself.
enum PartnershipAgreementRules {
    static let memorandum = Rule(
        id: "SWK-MOU-1", severity: .warning,
        requirement: "Partnership Southwark's Memorandum of Understanding is recorded (version, date, principles) with its signatories, and every organisation recorded as a constituent partner on a date has a signature in force on that date; a successor organisation (e.g. the ICB after SEL CCG) needs its own signature or a recorded transfer of its predecessor's (the platform's reading).",
        citations: [Citation(.southwarkLCP, "Our principles for working together as Partnership Southwark")],
        effective: Period(from: SouthwarkData.optionsCanvassed)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let memoranda = context.data.agreements(in: place.id).filter { $0.type == .memorandum }
            guard !memoranda.isEmpty else {
                return [Concern(about: place,
                    "\(place.name) has no Memorandum of Understanding recorded; the partnership's principles are in one signed by its constituent partners. Record it, its versions and its signatures.")]
            }
            return memoranda.flatMap { concerns(about: $0, place: place, context) }
        }
    }

    static func concerns(about memorandum: Agreement, place: Place, _ context: RuleContext) -> [Concern] {
        var concerns: [Concern] = []
        let versions = memorandum.versions.filter { $0.date <= context.asOf }
        if versions.isEmpty {
            concerns.append(Concern(about: memorandum,
                "The \(memorandum.title) has no version recorded on or before \(context.asOf.spelledOut); record its version, date and principles.",
                place: place.id))
        } else if versions.allSatisfy({ $0.principles.isEmpty }) {
            concerns.append(Concern(about: memorandum,
                "The \(memorandum.title) records no principles; record the principles it sets out.", place: place.id))
        }
        let constituents = memorandum.constituents(on: context.asOf)
        if constituents.isEmpty {
            concerns.append(Concern(about: memorandum,
                "The \(memorandum.title) records no constituent partners on \(context.asOf.spelledOut); record who the constituent partners are, and their signatures.",
                place: place.id))
        }
        // A partner that has ceased (SEL CCG after 30 June 2022) is followed by its successor (the ICB),
        // which the MoU must then bind, whether or not the list of partners has been updated.
        var bound = Set(constituents)
        for partner in constituents where !(context.data.organisations[partner]?.holds(on: context.asOf) ?? true) {
            bound.remove(partner)
            for successor in context.data.dataset.organisations where successor.succeeds?.predecessor == partner
                && successor.succeeds!.date <= context.asOf {
                bound.insert(successor.id)
            }
        }
        let signed = Set(memorandum.signatures(on: context.asOf).map(\.organisation))
        for partner in bound.sorted() where !signed.contains(partner) {
            let organisation = context.data.organisations[partner]
            let name = organisation?.name ?? partner.rawValue
            let predecessor = organisation?.succeeds.flatMap { succession in
                memorandum.signatures.contains { $0.organisation == succession.predecessor }
                    ? context.data.name(of: succession.predecessor) : nil
            }
            let why = predecessor.map { " \($0) signed it, but a successor needs its own signature or a recorded transfer of its predecessor's." } ?? ""
            concerns.append(Concern(about: memorandum,
                "\(name) is a constituent partner on \(context.asOf.spelledOut) with no signature of the \(memorandum.title) in force.\(why) Record its signature.",
                place: place.id))
        }
        return concerns
    }
}
