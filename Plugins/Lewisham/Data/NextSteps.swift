import PlaceworksDomain

/// The key actions to complete ahead of the ICB's assumed establishment on 1 April 2022 (§9.1),
/// recorded as milestones due 31 March 2022. The last bullet of §9.1 names two considerations,
/// recorded as two milestones.
public enum NextSteps {
    /// One §9.1 action: the milestone that records it.
    public struct Action: Sendable, Hashable {
        public let milestone: ID<Milestone>
        public let title: String
    }

    /// §9.1, in the paper's order.
    public static let actions: [Action] = [
        Action(milestone: "lew-ms-appoint-place-lead-and-chair",
               title: "Appoint the Executive Place Lead and the Chair"),
        Action(milestone: "lew-ms-confirm-committee-status",
               title: "Confirm LCP committee status (joint committee or committee in common, dependent on delegations), "
                   + "subject to approval by the ICB, the boards of key providers and Lewisham's Mayor and Cabinet"),
        Action(milestone: "lew-ms-confirm-leadership-team",
               title: "Confirm representatives from all partner organisations to the place leadership team"),
        Action(milestone: "lew-ms-primary-care-representation", title: "Confirm primary care representation"),
        Action(milestone: "lew-ms-vcse-member",
               title: "Engage with the voluntary and community sector to identify an LCP member who provides "
                   + "strategic representation and a voice for the sector"),
        Action(milestone: "lew-ms-social-care-provider-engagement", title: "Engage with the social care provider sector"),
        Action(milestone: "lew-ms-clinical-and-care-professional-network",
               title: "Conclude considerations of the clinical and care professional network within local governance"),
        Action(milestone: "lew-ms-citizen-and-community-engagement",
               title: "Conclude considerations of citizen and community engagement within local governance"),
    ]

    static var milestones: [Milestone] {
        actions.map {
            Milestone(id: $0.milestone, place: LewishamData.place, title: $0.title, due: LewishamData.nextStepsDue)
        }
    }
}
