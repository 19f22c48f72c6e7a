import PlaceworksDomain

/// SWK-FIN-2 and SWK-FIN-3: the Partnership Southwark transformation fund, and recovery commitments
/// that are cost neutral overall (recovery plan §6, "finance – borough context").
enum TransformationFundRules {
    /// The day the plan's "all partners have contributed" is read against: the plan's sign-off month.
    static let contributorsDay = SouthwarkData.recoveryPlanGovernanceFrom
    /// The last day of 2020/21, during which the fund was to move from the CCG.
    static let transferDue: Day = "2021-03-31"
    /// Allocations to support the recovery plan: from its sign-off to the LCP landing point.
    static let allocationPeriod = Period(from: SouthwarkData.recoveryPlanGovernanceFrom, to: "2022-03-31")

    static let fund = Rule(
        id: "SWK-FIN-2", severity: .warning,
        requirement: "Every organisation that was a constituent partner of Partnership Southwark on 1 August 2020 has a recorded contribution to the transformation fund; the fund records its host, which was to move from SEL CCG during 2020/21 (a fund still hosted by the CCG after 31 March 2021 is a finding); allocations decided between 1 August 2020 and 31 March 2022 name the recovery-plan priority or enabler they support.",
        citations: [Citation(.recoveryPlan, "§6 Planning for recovery: finance – borough context")],
        // A fund with no host is reported here, in the plan's words, in place of GOV-FIN-1's.
        refines: ["GOV-FIN-1"],
        effective: Period(from: SouthwarkData.recoveryPlanGovernanceFrom)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            guard let fund = context.data.funds(in: place.id).first(where: { $0.purpose == .transformation }) else {
                return [Concern(about: place,
                    "\(place.name) has no transformation fund recorded; the recovery plan says all partners have contributed to the Partnership Southwark transformation fund, hosted by the CCG. Record it.")]
            }
            return contributions(fund, place: place, context) + host(fund, place: place, context)
                + allocations(fund, place: place, context)
        }
    }

    /// "All partners have contributed": each constituent partner of 1 August 2020 (from the MoU).
    static func contributions(_ fund: Fund, place: Place, _ context: RuleContext) -> [Concern] {
        let partners = context.constituentPartners(of: place, on: contributorsDay)
        guard !partners.isEmpty else {
            return [Concern(about: fund,
                "Whether every partner contributed to the \(fund.name) cannot be assessed: no constituent partners of \(contributorsDay.spelledOut) are recorded (on the Memorandum of Understanding).",
                place: place.id).reported(as: .info)]
        }
        let contributed = Set(fund.contributions.map(\.organisation))
        return partners.sorted().filter { !contributed.contains($0) }.map { partner in
            Concern(about: fund,
                "\(context.data.name(of: partner)), a constituent partner on \(contributorsDay.spelledOut), has no contribution to the \(fund.name) recorded; the plan says all partners contributed.",
                place: place.id)
        }
    }

    /// The fund records its host, and no longer the CCG after 2020/21.
    static func host(_ fund: Fund, place: Place, _ context: RuleContext) -> [Concern] {
        guard let host = fund.host(on: context.asOf) else {
            return [Concern(about: fund, "The \(fund.name) records no host on \(context.asOf.spelledOut); record who hosts it.",
                            place: place.id).about(problems: "fund:host")]
        }
        guard host.organisation == SouthwarkData.ccg, context.asOf > transferDue else { return [] }
        return [Concern(about: fund,
            "The \(fund.name) is still hosted by \(context.data.name(of: host.organisation)) on \(context.asOf.spelledOut); the intention was for it to transfer during 2020/21. Record the transfer, or the decision to keep it there.",
            place: place.id)]
    }

    /// Allocations in the recovery period name what they support.
    static func allocations(_ fund: Fund, place: Place, _ context: RuleContext) -> [Concern] {
        fund.allocations.filter { allocationPeriod.contains($0.date) && $0.date <= context.asOf }
            .filter { $0.priority == nil && $0.workstream == nil }
            .map { allocation in
                Concern(about: fund,
                    "The \(fund.name)'s allocation of \(allocation.date.spelledOut)\(allocation.amount.map { " (\(pounds($0)))" } ?? "") names no recovery-plan priority or enabler; the partners agreed to allocate the fund to support delivery of the recovery plan.",
                    place: place.id, body: allocation.decidedBy)
            }
    }

    // MARK: SWK-FIN-3

    /// The two years the plan's commitments are judged over.
    static let recoveryYears = [FinancialYear(startingIn: 2020), FinancialYear(startingIn: 2021)]

    static let costNeutral = Rule(
        id: "SWK-FIN-3", severity: .warning,
        requirement: "Recovery commitments are cost neutral overall: across 2020/21 and 2021/22 together, the net cost of the commitments recorded against the recovery plan does not exceed the resource recorded as available to the Southwark system for them; with no costs or no resource recorded it is not assessable (info).",
        citations: [Citation(.recoveryPlan, "§6 Planning for recovery: finance – borough context")],
        effective: Period(from: SouthwarkData.recoveryPlanGovernanceFrom)
    ) { context in
        context.places.flatMap { place -> [Concern] in
            guard let plan = context.data.publications(in: place.id).first(where: { $0.id == TransitionPlan.recoveryPlan }) else {
                return [Concern(about: place, "\(place.name)'s recovery plan is not recorded, so its commitments cannot be assessed as cost neutral.")
                    .reported(as: .info)]
            }
            let costs = context.data.commitments(in: place.id).filter { $0.plan == plan.id }
                .flatMap(\.costs).filter { recoveryYears.contains($0.financialYear) }
            let resource = plan.resourceAvailable.filter { recoveryYears.contains($0.financialYear) }
            let years = recoveryYears.map(\.description).joinedAsList()
            // The two years are taken together: the resource of each must be recorded.
            let resourced = Set(resource.map(\.financialYear)).isSuperset(of: recoveryYears)
            guard !costs.isEmpty, resourced else {
                let missing = [costs.isEmpty ? "the costs of its commitments" : nil,
                               resourced ? nil : "the resource available in each year"].compactMap { $0 }
                return [Concern(about: plan,
                    "Whether the \(plan.title)'s commitments are cost neutral over \(years) is not assessable: \(missing.joinedAsList()) \(missing.count > 1 ? "are" : "is") not recorded.",
                    place: place.id).reported(as: .info)]
            }
            let net = costs.map(\.net).reduce(0, +), available = resource.map(\.amount).reduce(0, +)
            guard net > available else { return [] }
            return [Concern(about: plan,
                "The \(plan.title)'s commitments cost \(pounds(net)) net over \(years), more than the \(pounds(available)) recorded as available to the system; the partners committed to recovery commitments that are cost neutral overall.",
                place: place.id)]
        }
    }
}
