import PlaceworksDomain

/// Every LEW rule: what the Lewisham LCP development paper (2021) requires of Lewisham.
public enum LewishamRules {
    public static var all: [Rule] {
        [singleCommittee, boardMembership, chairAppointment, committeeStatus, childrenAndYoungPeopleLead,
         chiefOperatingOfficer, icpCouncilMember, nextSteps, committeeStatusApprovals, executivePlaceLeadRecruitment,
         memberAuthority]
    }

    /// A citation of the Lewisham LCP paper.
    static func paper(_ section: String) -> Citation { Citation(.lewishamLCP, section) }
}
