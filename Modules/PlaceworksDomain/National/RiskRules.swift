/// GOV-RISK-1: the risk register is complete, current and escalated.
extension NationalRules {
    /// GOV-RISK-1. Every risk of a place open on the day checked has an owner, a likelihood and an
    /// impact on the 5×5 scale, a mitigation and a review date; a risk scoring
    /// ``Risk/escalationThreshold`` or more has been escalated to a board (errors); a review date
    /// that has passed is a slipped date (a warning). One concern per problem, each naming its
    /// problem (`risk:owner`, `risk:score`, `risk:mitigation`, `risk:review-date`,
    /// `risk:review-passed`, `risk:escalation`), so a borough rule that restates one of them
    /// replaces only that one.
    static var riskRegister: Rule {
        Rule.perPlace(
            id: "GOV-RISK-1", severity: .error,
            requirement: "Every open risk has an owner, a 5×5 likelihood × impact score, a mitigation and a review "
                + "date; risks scoring \(Risk.escalationThreshold) or more are escalated to the board (the platform's "
                + "reading of risk management in a PMO, set at error by the platform). A review date that has passed "
                + "is a slipped date (warning).",
            citations: [Citation(.allianceReview, "Rec 8"), Citation(.recoveryPlan, "§7")],
            effective: Period(from: NationalDocuments.allianceReviewIssued)
        ) { place, context in
            context.data.openRisks(in: place.id, on: context.asOf).flatMap { risk in
                registerProblems(of: risk, on: context.asOf).map { problem in
                    let concern = Concern(about: risk, "The open risk “\(risk.title)” \(problem.text). Update its entry "
                        + "on the risk register.", place: place.id, body: risk.body).about(problems: problem.key)
                    return problem.slipped ? concern.reported(as: .warning) : concern
                }
            }
        }
    }

    /// What is wrong with a risk's register entry on `day`: each problem's key, its clause, and
    /// whether it is a slipped date rather than a gap.
    private static func registerProblems(of risk: Risk, on day: Day)
        -> [(key: String, text: String, slipped: Bool)]
    {
        var problems: [(key: String, text: String, slipped: Bool)] = []
        if risk.owner == nil { problems.append(("risk:owner", "has no owner", false)) }
        switch (risk.likelihood, risk.impact) {
        case (nil, nil): problems.append(("risk:score", "has no likelihood or impact score", false))
        case (nil, _): problems.append(("risk:score", "has no likelihood score", false))
        case (_, nil): problems.append(("risk:score", "has no impact score", false))
        case let (likelihood?, impact?) where risk.score == nil:
            problems.append(("risk:score", "has a likelihood (\(likelihood)) and impact (\(impact)) that are not both on "
                + "the 1–5 scale", false))
        default: break
        }
        if (risk.mitigation ?? "").allSatisfy(\.isWhitespace) { problems.append(("risk:mitigation", "has no mitigation", false)) }
        if let reviewBy = risk.reviewBy {
            if reviewBy < day {
                problems.append(("risk:review-passed", "was due for review on \(reviewBy.spelledOut), which has passed", true))
            }
        } else {
            problems.append(("risk:review-date", "has no review date", false))
        }
        if let score = risk.score, score >= Risk.escalationThreshold, risk.escalatedTo == nil {
            problems.append(("risk:escalation", "scores \(score) (\(Risk.escalationThreshold) or more) but has not been "
                + "escalated to the board", false))
        }
        return problems
    }
}
