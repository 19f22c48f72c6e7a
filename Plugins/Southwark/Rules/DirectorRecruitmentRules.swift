import PlaceworksDomain

/// SWK-GOV-8: the stages of the recruitment to the Partnership Southwark Director.
///
/// Reading: 2.A.I "should be via an open and transparent recruitment process that is internally
/// open to executive-level staff within constituent partner organisations on a secondment basis in
/// the first instance, and externally if required thereafter" (warnings); 2.A.II "will be fully
/// involved … incl. a stakeholder panel and role description/person spec" (an error when the role
/// description is not recorded before the first stage opens). Joint recruitment and the panel are
/// SWK-GOV-4's. The recruitment's own internal appointee is recorded as seconded, with a home
/// organisation and an end; the home organisation is a constituent partner (the Memorandum of
/// Understanding's) on the day the internal stage opened, and the employer — the host, the ICB for
/// "an ICS NHS Body appointment" (2.A) — is another organisation (warnings).
enum DirectorRecruitmentRules {
    static let stages = Rule(
        id: "SWK-GOV-8", severity: .error,
        requirement: "Recruitment to the Partnership Southwark Director opens first to executive-level staff of constituent partner organisations on a secondment basis, and externally only after that internal stage has closed without an appointment (warnings); a role description and person specification is recorded before the first stage opens (an error); the recruitment's internal appointee is recorded as seconded, with their home organisation and an end date, the home organisation a constituent partner on the day the internal stage opened and the employer (the host) another organisation (warnings; the platform's reading of \"within constituent partner organisations on a secondment basis\"). With no recruitment recorded by 1 April 2022, no role description is recorded either (an error).",
        citations: [Citation(.southwarkLCP, "Governance and leadership proposals, 2.A.I and 2.A.II")],
        effective: Period(from: SouthwarkData.optionsCanvassed)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            let recruitments = context.data.recruitments(in: place.id).filter { $0.role == SouthwarkData.director }
            guard !recruitments.isEmpty else {
                // The post takes effect on 1 April 2022; by then how it was filled is on record.
                guard context.asOf >= SouthwarkData.strategicBoardEstablished else { return [] }
                // Nothing recorded is no role description recorded either: 2.A.II "will" makes it an error.
                return [Concern(about: place,
                    "\(place.name) has no recruitment to the Partnership Southwark Director recorded, so no role description and person specification either (all partners will shape one, 2.A.II); record its stages (internal, on secondment, first), its role description and its outcome.")]
            }
            return recruitments.flatMap { concerns(about: $0, place: place, context) }
        }
    }

    static func concerns(about recruitment: Recruitment, place: Place, _ context: RuleContext) -> [Concern] {
        let day = context.asOf
        let opened = recruitment.stages.filter { ($0.opens.map { $0 <= day }) ?? false }.sorted { $0.opens! < $1.opens! }
        var concerns: [Concern] = []
        func concern(_ message: String, _ severity: Severity) {
            concerns.append(Concern(about: recruitment, message, place: place.id).reported(as: severity))
        }
        // From 1 April 2022, when the Director takes up the post, the recruitment has happened: stages
        // with no dates, or no role description, are reported as not recorded.
        if opened.isEmpty && day >= SouthwarkData.strategicBoardEstablished {
            concern("The \(recruitment.title) recruitment records no stage that has opened by \(day.spelledOut); record each stage's dates and outcome (internal, on secondment, first).", .warning)
            if recruitment.roleDescriptionDated == nil && recruitment.roleDescription == nil {
                concern("The \(recruitment.title) recruitment records no role description and person specification; all partners will shape one that speaks to the partnership's ambitions.", .error)
            }
        }
        if let first = opened.first {
            if first.scope != .internal || first.basis != .secondment {
                concern("The first stage of the \(recruitment.title) recruitment (opened \(first.opens!.spelledOut)) is \(first.scope == .internal ? "internal but not on a secondment basis" : "external"); it should open first to executive-level staff of the constituent partners, on secondment.", .warning)
            }
            let described = recruitment.roleDescriptionDated
                ?? recruitment.roleDescription.flatMap { id in context.data.dataset.publications.first { $0.id == id }?.published }
            if described.map({ $0 > first.opens! }) ?? true {
                concern("No role description and person specification for the \(recruitment.title) is recorded before its first stage opened on \(first.opens!.spelledOut); all partners will shape one that speaks to the partnership's ambitions.", .error)
            }
        }
        // An external first stage is reported above; the rest are checked against the internal stage.
        for external in opened.dropFirst(opened.first?.scope == .external ? 1 : 0) where external.scope == .external {
            let unsuccessful = opened.contains { stage in
                stage.scope == .internal && stage.outcome == .notAppointed
                    && (stage.closes.map { $0 <= external.opens! } ?? false)
            }
            if !unsuccessful {
                concern("The external stage of the \(recruitment.title) recruitment opened on \(external.opens!.spelledOut) without an internal stage recorded as closed before it with no appointment; external recruitment is \"if required thereafter\".", .warning)
            }
        }
        if let stage = opened.first(where: { $0.scope == .internal && $0.outcome == .appointed }),
           let role = recruitment.role.flatMap({ context.data.leadershipRolesByID[$0] }),
           let appointment = role.appointment, isOutcome(of: recruitment, role) {
            var missing: [String] = []
            if appointment.basis != .secondment { missing.append("secondment basis") }
            if appointment.homeOrganisation == nil { missing.append("home organisation") }
            if appointment.ends == nil { missing.append("end date") }
            if !missing.isEmpty {
                concern("The \(role.title) was appointed at the internal stage but the appointment records no \(missing.joinedAsList("or")); an internal appointee holds the post on secondment.", .warning)
            }
            if let home = appointment.homeOrganisation {
                // "within constituent partner organisations": judged when the MoU records who they were.
                let opens = stage.opens!
                let partners = context.constituentPartners(of: place, on: opens)
                if !partners.isEmpty && !partners.contains(home) {
                    concern("The \(role.title) was appointed at the internal stage, open to executive-level staff within constituent partner organisations on a secondment basis, but is seconded from \(context.data.name(of: home)), which was not a constituent partner when the stage opened on \(opens.spelledOut); an internal appointee has a home organisation among the constituent partners.", .warning)
                }
                if role.employer == home {
                    concern("The \(role.title) was appointed at the internal stage on a secondment basis, but \(context.data.name(of: home)) is recorded as both their home organisation and their employer; a secondee has an employer (the host) other than the home organisation.", .warning)
                }
            }
        }
        return concerns
    }

    /// Whether `role`'s appointment is `recruitment`'s outcome: the role is held by the recruitment's
    /// appointee, or, where the recruitment names none, the appointment names the recruitment. A later
    /// appointment by another route is not the recruitment's.
    static func isOutcome(of recruitment: Recruitment, _ role: LeadershipRole) -> Bool {
        if let appointee = recruitment.appointee { return role.holder == appointee }
        return role.appointment?.recruitment == recruitment.id
    }
}
