/// NAT-ENG-2: public information about the vision, plans and progress, engagement that starts
/// before a plan is agreed, and feedback on how views influenced it (thriving-places §4 "Working
/// with people and communities" ¶3).
extension NationalRules {
    static var publicInformation: [Rule] { [visionPlansAndProgress] }

    /// How long after a plan is agreed the public record of how views influenced it may follow
    /// (the platform's reading of "feed back").
    static let feedbackMonths = 3

    /// How long after it is published (or agreed, whichever is later) a plan counts as current (the
    /// platform's reading of "plans": a plan older than a five-year planning cycle is not current).
    static let currentPlanYears = 5

    static let visionPlansAndProgress = Rule.perPlaceCommittee(
        id: "NAT-ENG-2", severity: .warning,
        requirement: "From 1 April 2022 the place has published a vision, a current plan (published or agreed within "
            + "the 5 years before the day checked) and a progress report dated within the 12 months before it; every plan agreed on or after 1 April 2022 has a linked "
            + "engagement exercise that started before the plan was agreed; and each such exercise has a public "
            + "record of how people's views influenced the plan, published within 3 months of its being agreed.",
        citations: [Citation(.thrivingPlaces, "§4 \"Working with people and communities\" ¶3")],
        effective: Period(from: ThrivingPlaces.icbsEstablished)
    ) { place, committee, context in
        let day = context.asOf
        let publications = context.data.publications(in: place.id)
        let published = publications.filter { $0.isPublic && ($0.published.map { $0 <= day } ?? false) }
        var concerns: [Concern] = []
        let since: [PublicationType: Day] = [.progressReport: day.adding(months: -12),
                                             .plan: day.adding(months: -12 * currentPlanYears)]
        for (type, text) in [(PublicationType.vision, "its vision"),
                             (.plan, "a current plan (one published or agreed within the last \(currentPlanYears) years)"),
                             (.progressReport, "a progress report dated within the last 12 months")] {
            let found = published.contains { publication in
                guard publication.type == type else { return false }
                guard let from = since[type] else { return true }
                return [publication.published, publication.agreed].compactMap { $0 }.contains { $0 > from }
            }
            if !found {
                concerns.append(Concern(about: place, "\(place.name) has not published \(text); national guidance says "
                    + "partnerships should provide clear and accessible public information about their vision, plans "
                    + "and progress.").about(problems: "published:\(type)"))
            }
        }
        let engagements = context.data.engagements(in: place.id)
        for plan in publications where plan.type == .plan {
            guard let agreed = plan.agreed, agreed <= day, context.isInEffect(agreed) else { continue }
            let early = engagements.filter { $0.informs == plan.id && $0.started < agreed }
            if early.isEmpty {
                concerns.append(Concern(about: plan, "The plan “\(plan.title)” was agreed on \(agreed.spelledOut) "
                    + "with no recorded engagement exercise that started before it was agreed; national guidance says "
                    + "to start engagement early when developing plans.", place: place.id))
                continue
            }
            let deadline = agreed.adding(months: feedbackMonths)
            guard day > deadline else { continue }
            for exercise in early {
                let fedBack = publications.contains { feedback in
                    feedback.type == .feedback && feedback.engagement == exercise.id && feedback.isPublic
                        && (feedback.published.map { $0 <= deadline } ?? false)
                }
                guard !fedBack else { continue }
                concerns.append(Concern(about: exercise, "No public record of how the views gathered by “\(exercise.title)” "
                    + "influenced the plan “\(plan.title)” was published by \(deadline.spelledOut), three months after "
                    + "the plan was agreed; national guidance says to feed back to people how their views have "
                    + "influenced decisions.", place: place.id))
            }
        }
        return concerns
    }
}
