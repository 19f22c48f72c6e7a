/// A role that a seat, a post or a leadership role carries, e.g. Director of Public Health.
///
/// Open for extension: a borough module may define its own roles as `Role("…")`.
public struct Role: StringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    // Chairs and executives
    public static let chair: Role = "chair"
    public static let associateChair: Role = "associate-chair"
    public static let icsChair: Role = "ics-chair"
    public static let chiefExecutive: Role = "chief-executive"
    public static let chiefFinancialOfficer: Role = "chief-financial-officer"
    public static let medicalDirector: Role = "medical-director"
    public static let directorOfNursing: Role = "director-of-nursing"
    public static let nonExecutiveDirector: Role = "non-executive-director"
    public static let trustChair: Role = "trust-chair"
    /// A partner member of an ICB board (acute, mental health, community, local authority, primary care).
    public static let partnerMember: Role = "partner-member"
    /// An ICB board member for one place, holding executive responsibility for delegation to it.
    public static let placePartnerMember: Role = "place-partner-member"

    // Local government
    public static let electedLeader: Role = "elected-leader"
    public static let cabinetMember: Role = "cabinet-member"
    /// Director of Adult Social Services.
    public static let dass: Role = "dass"
    /// Director of Children's Services.
    public static let directorOfChildrensServices: Role = "director-of-childrens-services"
    /// Director of Public Health.
    public static let dph: Role = "dph"

    // Place leadership
    /// Executive Place Lead (in SEL titled Local Care Partnership Director).
    public static let executivePlaceLead: Role = "executive-place-lead"
    public static let chiefOperatingOfficer: Role = "chief-operating-officer"
    public static let seniorResponsibleOfficer: Role = "sro"
    public static let programmeDirector: Role = "programme-director"
    public static let pcnClinicalDirector: Role = "pcn-clinical-director"
    public static let representative: Role = "representative"

    // Designated leads of a place leadership team
    public static let socialCareLead: Role = "social-care-lead"
    public static let primaryCareLead: Role = "primary-care-lead"
    public static let communityServicesLead: Role = "community-services-lead"
    public static let mentalHealthLead: Role = "mental-health-lead"
    public static let acuteServicesLead: Role = "acute-services-lead"
    public static let publicHealthLead: Role = "public-health-lead"
    public static let childrenAndYoungPeopleLead: Role = "children-and-young-people-lead"
}
