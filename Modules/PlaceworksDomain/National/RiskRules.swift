/// GOV-RISK-1: the risk register is complete, current and escalated.
extension NationalRules {
    /// GOV-RISK-1. Every risk of a place open on the day checked has an owner, a likelihood and an
    /// impact on the 5×5 scale, a mitigation and a review date not before the day checked; a risk
    /// scoring ``Risk/escalationThreshold`` or more has been escalated to a board. One concern per
    /// risk, listing everything that needs attention.
    static var riskRegister: Rule {
        Rule(
            id: "GOV-RISK-1", severity: .error,
            requirement: "Every open risk has an owner, a 5×5 likelihood × impact score, a mitigation and a review "
                + "date that has not passed; risks scoring \(Risk.escalationThreshold) or more are escalated to the board.",
            citations: [Citation(.allianceReview, "Rec 8"), Citation(.recoveryPlan, "§7")]
        ) { context in
            context.places.flatMap { place in
                context.data.openRisks(in: place.id, on: context.asOf).compactMap { risk -> Concern? in
                    let problems = registerProblems(of: risk, on: context.asOf)
                    guard !problems.isEmpty else { return nil }
                    return Concern(about: risk,
                                   "The open risk “\(risk.title)” needs attention: \(problems.joined(separator: "; ")). "
                                       + "Update its entry on the risk register.",
                                   place: place.id, body: risk.body)
                }
            }
        }
    }

    /// What is wrong with a risk's register entry on `day`, as clauses ("it has no owner", …).
    private static func registerProblems(of risk: Risk, on day: Day) -> [String] {
        var missing: [String] = []
        if risk.owner == nil { missing.append("no owner") }
        switch (risk.likelihood, risk.impact) {
        case (nil, nil): missing.append("no likelihood or impact score")
        case (nil, _): missing.append("no likelihood score")
        case (_, nil): missing.append("no impact score")
        default: break
        }
        if (risk.mitigation ?? "").allSatisfy(\.isWhitespace) { missing.append("no mitigation") }
        if risk.reviewBy == nil { missing.append("no review date") }

        var problems: [String] = []
        if !missing.isEmpty { problems.append("it has \(GoodGovernance.list(missing))") }
        if let likelihood = risk.likelihood, let impact = risk.impact, risk.score == nil {
            problems.append("its likelihood (\(likelihood)) and impact (\(impact)) are not both on the 1–5 scale")
        }
        if let reviewBy = risk.reviewBy, reviewBy < day {
            problems.append("its review date, \(reviewBy), has passed")
        }
        if let score = risk.score, score >= Risk.escalationThreshold, risk.escalatedTo == nil {
            problems.append("it scores \(score) (\(Risk.escalationThreshold) or more) but has not been escalated "
                + "to the board")
        }
        return problems
    }
}
