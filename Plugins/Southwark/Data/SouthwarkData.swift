import PlaceworksDomain

/// What the Southwark documents say of the borough's partnerships, as one dataset, and the stable
/// identifiers and dates the Southwark rules look records up by.
///
/// Records defined by the South East London extension are referred to by their identifiers only:
/// the ICS and ICB `QKK`, the place `E09000028`, the trusts `RJ1`, `RJZ`, `RV5`, the council
/// `southwark-council`, the ICB board `sel-icb-board`.
public enum SouthwarkData {
    // MARK: Shared with South East London (defined there)

    /// Southwark, by its ONS code.
    public static let place: ID<Place> = "E09000028"
    /// The South East London ICS.
    public static let ics: ID<ICS> = "QKK"
    /// NHS South East London ICB, as an organisation.
    public static let icb: ID<Organisation> = "QKK"
    /// The ICB's board.
    public static let icbBoard: ID<Body> = "sel-icb-board"
    /// The London Borough of Southwark.
    public static let council: ID<Organisation> = "southwark-council"
    /// NHS South East London CCG (until 30 June 2022), which convened the Borough Based Board.
    public static let ccg: ID<Organisation> = "72Q"

    // MARK: Partnership Southwark bodies

    /// The Partnership Southwark Strategic Board (PSSB): Southwark's place committee.
    public static let strategicBoard: ID<Body> = "swk-pssb"
    /// The Strategic Board of the 2020 recovery-plan governance, chaired by the Strategic Chair.
    public static let strategicBoard2020: ID<Body> = "swk-pssb-2020"
    /// The Southwark Borough Based Board, a committee of SEL CCG, replaced by the PSSB.
    public static let boroughBasedBoard: ID<Body> = "swk-bbb"
    /// The Southwark Health and Wellbeing Board, convened by the council.
    public static let healthAndWellbeingBoard: ID<Body> = "swk-hwb"
    /// The Partnership Southwark Leadership Forum (PSLF).
    public static let leadershipForum: ID<Body> = "swk-pslf"
    /// The Partnership & Delivery Group.
    public static let partnershipAndDeliveryGroup: ID<Body> = "swk-pdg"
    /// The Clinical & Professional Leads Advisory Forum.
    public static let clinicalAndProfessionalLeadsForum: ID<Body> = "swk-cplaf"
    /// The place leadership team around the Partnership Southwark Director.
    public static let leadershipTeam: ID<Body> = "swk-leadership-team"
    /// The monthly touchpoint of the workstream SROs, the Programme Director and the Strategic Chair.
    public static let sroTouchpoint: ID<Body> = "swk-sro-touchpoint"

    // MARK: Leadership roles

    /// The Partnership Southwark Director (Southwark's Executive Place Lead).
    public static let director: ID<LeadershipRole> = "swk-ps-director"
    /// The Chair of the PSSB.
    public static let strategicBoardChair: ID<LeadershipRole> = "swk-pssb-chair"
    /// The Partnership Southwark Strategic Chair of the recovery-plan governance (2020).
    public static let strategicChair: ID<LeadershipRole> = "swk-strategic-chair"
    /// The Partnership Southwark Programme Director.
    public static let programmeDirector: ID<LeadershipRole> = "swk-programme-director"

    // MARK: Remit and generations

    /// What the PSSB oversees from April 2022 (SWK-GOV-2), in the paper's words.
    public static let delegatedServicesRemit =
        "planning, delivery and budget for non-acute services delegated to the Partnership Southwark Director"
    /// The second part of the PSSB's remit (SWK-GOV-2).
    public static let transformationProgrammeRemit = "the Partnership Southwark transformation delivery programme"
    /// The generation of the Southwark Alliance bodies (the 2009 strategic partnership).
    public static let allianceGeneration = "Southwark Alliance (2009)"
    /// The generation of the Partnership Southwark bodies (from 2019).
    public static let partnershipGeneration = "Partnership Southwark"

    // MARK: Dates

    /// The month the recovery plan's governance arrangements take effect (plan sign-off, August 2020).
    public static let recoveryPlanGovernanceFrom: Day = "2020-08-01"
    /// The day the initial draft of the recovery plan went to SEL ICS (recovery plan §10).
    public static let recoveryPlanDrafted: Day = "2020-07-17"
    /// The end of the month the plan dates "Develop outcome metrics" to (September 2020, §10).
    public static let outcomeMetricsDue: Day = "2020-09-30"
    /// The day the governance options were discussed by the PSLF and the Borough Based Board.
    public static let optionsCanvassed: Day = "2021-09-02"
    /// The PSSB stands up in shadow form.
    public static let strategicBoardShadow: Day = "2021-11-01"
    /// The PSSB is established and the Borough Based Board ends (the BBB's last day is the day before).
    public static let strategicBoardEstablished: Day = "2022-04-01"

    /// The shipped data in parts, one per concept; the extension registers each, so a record
    /// defined twice is refused by the registry.
    public static var parts: [Dataset] {
        [Dataset(organisations: SouthwarkOrganisations.all), PartnershipSouthwarkBodies.dataset,
         StrategicBoardSeats.dataset, PlaceLeadershipTeam.dataset, PartnershipSouthwarkLeadership.dataset,
         RecoveryPlanWorkstreams.dataset, RecoveryPlanMilestones.dataset, RecoveryPlanRisks.dataset,
         DelegatedBudget.dataset, GovernanceOptions.dataset, SouthwarkAlliance.dataset, TransitionPlan.dataset]
    }

    /// Everything the Southwark extension ships, as one dataset.
    public static var dataset: Dataset {
        parts.reduce(into: Dataset()) { $0.merge($1, overlap: .replace) }
    }
}
