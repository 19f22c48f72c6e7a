import PlaceworksDomain

/// What the Lewisham LCP development paper (2021) says of Lewisham: its partner organisations,
/// the bodies of the partnership before and after 1 April 2022, the leadership roles, the
/// Section 75 delegations and the next steps.
///
/// Records of the South East London module are referred to by identifier only (plugins never
/// import each other).
public enum LewishamData {
    /// Lewisham, by ONS code.
    public static let place: ID<Place> = "E09000023"

    // MARK: Bodies

    /// The Local Care Partnership Board: the place committee from 1 April 2022 (§6).
    public static let lcpBoard: ID<Body> = "lew-lcp-board"
    /// The Lewisham Health and Care Partners (LHCP) Executive Board, replaced by the LCP Board (§6.1).
    public static let lhcpExecutiveBoard: ID<Body> = "lew-lhcp-executive-board"
    /// The Lewisham Borough Based Board, a committee of the SEL CCG governing body, replaced by the LCP Board (§6.1).
    public static let boroughBasedBoard: ID<Body> = "lew-borough-based-board"
    /// The Lewisham Health and Wellbeing Board, which the LCP reports into (§6.2).
    public static let healthAndWellbeingBoard: ID<Body> = "lew-hwb"
    /// The multi-disciplinary place leadership team supporting the Executive Place Lead (§8).
    public static let leadershipTeam: ID<Body> = "lew-place-leadership-team"
    /// Lewisham Council's Mayor and Cabinet: the council's executive, whose approval §9.1 names.
    public static let mayorAndCabinet: ID<Body> = "lew-mayor-and-cabinet"

    // MARK: Leadership roles

    /// The Executive Place Lead (§7).
    public static let executivePlaceLead: ID<LeadershipRole> = "lew-executive-place-lead"
    /// The Chair of the LCP Board (§6.2, §6.4).
    public static let lcpBoardChair: ID<LeadershipRole> = "lew-lcp-board-chair"

    // MARK: Dates

    /// The day the paper's proposals are recorded from. The paper is dated only by its year (2021)
    /// and quotes the ICS design framework of June 2021; the platform records the proposals from
    /// 1 September 2021.
    public static let proposed: Day = "2021-09-01"
    /// The day the LCP Board is established, the ICB takes over and the Section 75 delegations
    /// move to the LCP Board (§6.7, §9.1), and the ICP on which §3.5 seats Lewisham's representative
    /// operates (§1.1 "the expected changes to be implemented from April 2022").
    public static let established: Day = "2022-04-01"
    /// The last day of the LHCP Executive Board and the Borough Based Board (§6.1: the LCP Board
    /// replaces them from 1 April 2022).
    public static let predecessorsLastDay: Day = "2022-03-31"
    /// The day the LHCP Executive Board and the Borough Based Board stop: the day after their last.
    public static let predecessorsDissolved: Day = "2022-04-01"
    /// The day the §9.1 next steps are due: the day before the ICB's assumed establishment.
    public static let nextStepsDue: Day = "2022-03-31"

    // MARK: Identifiers in the South East London module

    static let ics: ID<ICS> = "QKK"
    static let icb: ID<Organisation> = "QKK"
    static let ccg: ID<Organisation> = "72Q"
    static let council: ID<Organisation> = "lewisham-council"
    static let lewishamAndGreenwich: ID<Organisation> = "RJ2"
    static let southLondonAndMaudsley: ID<Organisation> = "RV5"
    static let icbBoard: ID<Body> = "sel-icb-board"

    /// Everything the Lewisham extension ships.
    public static var dataset: Dataset {
        Dataset(
            organisations: LewishamOrganisations.all,
            bodies: LewishamBodies.all,
            seats: LCPBoardSeats.seats + LeadershipTeamSeats.seats,
            leadershipRoles: LewishamLeadershipRoles.all,
            delegations: Section75Delegations.all + PlaceDelegation.all,
            milestones: NextSteps.milestones)
    }
}
