/// GOV-FIN-1 and NAT-FIN-2: pooled and aligned budgets — what each records, and a Better Care
/// Fund pool's NHS contribution against the stated minimum.
extension NationalRules {
    static var pooledBudgets: [Rule] { [pooledBudgetRecords, betterCareFundMinimum] }

    /// The funds of a place in force on `day`.
    static func funds(in place: Place, _ context: RuleContext) -> [Fund] {
        context.data.funds(in: place.id).filter { $0.holds(on: context.asOf) }
    }

    static let pooledBudgetRecords = Rule.perPlace(
        id: "GOV-FIN-1", severity: .error,
        requirement: "Every pooled or aligned budget records whether it is pooled or aligned; its instrument (e.g. a "
            + "Section 75 agreement) and term; for a pooled fund, its host partner on the day, which exists on the day; "
            + "for each financial year started, a total and each partner's contribution with its amount (every party "
            + "to the instrument and the host), summing to that total; and its risk-share "
            + "and gain-share terms, or that none are agreed (missing terms: warning; contributions that do not sum "
            + "to the total, or a host that does not exist: error).",
        citations: [Citation(.thrivingPlaces, "§4 \"Governance and decision-making arrangements\" ¶1 and budgets paragraph"),
                    Citation(.recoveryPlan, "§6 \"finance – SEL context\" and \"finance – borough context\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { place, context in
        let day = context.asOf
        return funds(in: place, context).flatMap { fund -> [Concern] in
            var missing: [(key: String, text: String)] = []
            var concerns: [Concern] = []
            if fund.arrangement == nil { missing.append(("fund:arrangement", "whether it is pooled or aligned")) }
            if let instrument = fund.instrument {
                if instrument.term.start == nil { missing.append(("fund:term", "the term of its \(instrument.type.label)")) }
            } else {
                missing.append(("fund:instrument", "its instrument (e.g. a Section 75 agreement) and term"))
            }
            if fund.arrangement == .pooled && fund.host(on: day) == nil {
                missing.append(("fund:host", fund.hosts.isEmpty ? "its host partner"
                                    : "a host partner on \(day.spelledOut) (no recorded host period covers it)"))
            }
            if fund.contributions.isEmpty {
                missing.append(("fund:contributions", "each partner's contribution per financial year"))
            } else {
                missing += yearlyGaps(in: fund, on: day, data: context.data)
            }
            if !(fund.riskShare?.isRecorded ?? false) {
                missing.append(("fund:risk-share", "its risk-share terms (or that none are agreed)"))
            }
            if !(fund.gainShare?.isRecorded ?? false) {
                missing.append(("fund:gain-share", "its gain-share terms (or that none are agreed)"))
            }
            if !missing.isEmpty {
                var concern = Concern(about: fund, "\(fund.name) does not record \(ThrivingPlaces.list(missing.map(\.text))).",
                                      place: place.id).reported(as: .warning)
                concern.problems = Set(missing.map(\.key))
                concerns.append(concern)
            }
            if fund.arrangement == .pooled, let host = fund.host(on: day) {
                let organisation = context.data.organisations[host.organisation]
                if !(organisation?.holds(on: day) ?? false) {
                    let name = ThrivingPlaces.name(of: host.organisation, in: context.data)
                    let ended = organisation?.period.end.map { " (it ceased on \($0.spelledOut))" } ?? ""
                    concerns.append(Concern(about: fund, "\(fund.name) is recorded as hosted by \(name) on "
                        + "\(day.spelledOut), which does not exist on that day\(ended); record the host it passed to.",
                        place: place.id).about(problems: "fund:host-exists"))
                }
            }
            for total in fund.totals.sorted(by: { $0.financialYear < $1.financialYear })
            where total.financialYear.start <= day {
                guard let amount = total.amount else { continue }
                let contributions = fund.contributions(in: total.financialYear)
                guard !contributions.isEmpty, contributions.allSatisfy({ $0.amount != nil }) else { continue }
                let sum = contributions.reduce(0) { $0 + ($1.amount ?? 0) }
                guard sum != amount else { continue }
                concerns.append(Concern(about: fund, "\(fund.name)'s contributions for \(total.financialYear) sum to "
                    + "£\(ThrivingPlaces.pounds(sum)), not the recorded total of £\(ThrivingPlaces.pounds(amount)).",
                    place: place.id).about(problems: "fund:total:\(total.financialYear)"))
            }
            return concerns
        }
    }

    /// What a fund with contributions leaves out for each financial year started by `day`: a total
    /// with no contributions, contributions with no total, a contribution with no amount, or a party
    /// to its instrument (or its host) that contributes nothing that year ("each partner's
    /// contribution per financial year").
    static func yearlyGaps(in fund: Fund, on day: Day, data: DatasetIndex) -> [(key: String, text: String)] {
        let years = Set(fund.totals.map(\.financialYear) + fund.contributions.map(\.financialYear))
            .filter { $0.start <= day }.sorted()
        let partners = Set((fund.instrument?.parties ?? []) + fund.hosts.map(\.organisation))
        return years.flatMap { year -> [(key: String, text: String)] in
            let contributions = fund.contributions(in: year)
            let total = fund.totals.first { $0.financialYear == year }
            var gaps: [(key: String, text: String)] = []
            if contributions.isEmpty { gaps.append(("fund:contributions:\(year)", "any contribution for \(year)")) }
            if total?.amount == nil { gaps.append(("fund:total:\(year)", "a total for \(year)")) }
            for contribution in contributions where contribution.amount == nil {
                gaps.append(("fund:contributions:\(year)", "the amount of "
                    + "\(ThrivingPlaces.name(of: contribution.organisation, in: data))'s \(year) contribution"))
            }
            if !contributions.isEmpty {
                for partner in partners.subtracting(contributions.map(\.organisation)).sorted() {
                    gaps.append(("fund:contributions:\(year)",
                                 "a \(year) contribution from \(ThrivingPlaces.name(of: partner, in: data))"))
                }
            }
            return gaps
        }
    }

    /// The minimum NHS contribution to the Better Care Fund stated for a place's `year`: on a Better
    /// Care Fund pool's total for the year, or else on the place's delegated budget for it (one fact,
    /// read from either record, for NAT-FIN-1 and NAT-FIN-2).
    static func statedBetterCareFundMinimum(in place: ID<Place>, for year: FinancialYear, data: DatasetIndex) -> Int? {
        data.funds(in: place).filter { $0.purpose == .betterCareFund }
            .compactMap { $0.totals.first { $0.financialYear == year }?.minimumNHSContribution }.first
            ?? data.budgets(in: place).first { $0.financialYear == year && $0.betterCareFundMinimum != nil }?
                .betterCareFundMinimum
    }

    /// The sectors whose organisations' contributions count as the NHS contribution.
    static let nhsSectors: Set<Sector> = [.icb, .nhsEngland, .acuteProvider, .communityProvider, .mentalHealthProvider]

    static let betterCareFundMinimum = Rule.perPlace(
        id: "NAT-FIN-2", severity: .warning,
        requirement: "From 2022/23, where NHS and local authority budgets are pooled under a Better Care Fund "
            + "arrangement, the NHS contribution recorded for each financial year is not below the minimum NHS "
            + "contribution stated for that year, on the pool's total or on the place's delegated budget for the year "
            + "(whether a minimum is stated at all is NAT-FIN-1).",
        citations: [Citation(.thrivingPlaces, "§4 \"Governance and decision-making arrangements\" (budgets paragraph)")],
        effective: Period(from: ThrivingPlaces.icbsEstablished)
    ) { place, context in
        context.data.funds(in: place.id).filter { $0.purpose == .betterCareFund }.flatMap { fund in
            fund.totals.sorted { $0.financialYear < $1.financialYear }.compactMap { total -> Concern? in
                guard total.financialYear.startYear >= 2022, total.financialYear.start <= context.asOf,
                      let minimum = total.minimumNHSContribution
                        ?? statedBetterCareFundMinimum(in: place.id, for: total.financialYear, data: context.data)
                else { return nil }
                let nhs = fund.contributions(in: total.financialYear).filter { contribution in
                    let sectors = Set(context.data.organisations[contribution.organisation]?.sectors ?? [])
                    return !sectors.isDisjoint(with: nhsSectors)
                }
                let year = total.financialYear
                guard !nhs.isEmpty, nhs.allSatisfy({ $0.amount != nil }) else {
                    let recorded = nhs.isEmpty ? "records no NHS contribution for that year"
                        : "records NHS contributions for that year without amounts"
                    return Concern(about: fund, "A minimum NHS contribution of £\(ThrivingPlaces.pounds(minimum)) is "
                        + "stated for \(fund.name) in \(year) but it \(recorded).",
                        place: place.id).about(problems: "bcf:\(year)")
                }
                let recorded = nhs.reduce(0) { $0 + ($1.amount ?? 0) }
                guard recorded < minimum else { return nil }
                return Concern(about: fund, "\(fund.name)'s NHS contribution for \(year), £\(ThrivingPlaces.pounds(recorded)), "
                    + "is below the stated minimum NHS contribution of £\(ThrivingPlaces.pounds(minimum)).",
                    place: place.id).about(problems: "bcf:\(year)")
            }
        }
    }
}
