import PlaceworksDomain

/// The ICB's place delegation to Lewisham's Executive Place Lead from 1 April 2022: the Place Lead
/// works "with the Committee to receive and manage the Place delegation from the ICB" (§7.1), and
/// from 1 April the LCP Board is a committee of the ICS NHS body (§6.7) through which it is
/// discharged.
///
/// The Lewisham paper names no functions. The functions recorded are those South East London
/// delegates to every place's Executive Place Lead — "primary care, community physical and mental
/// health services, prescribing, continuing healthcare and client groups" (southwark-lcp… "South
/// East London Integrated Care System - Local Care Partnerships") — an assumption, recorded as such.
public enum PlaceDelegation {
    public static let id: ID<Delegation> = "lew-icb-delegation"

    /// The functions delegated (an assumption: SEL's list for every place).
    public static let functions: [DelegatedFunction] = [
        .primaryCare, .communityPhysicalHealth, .communityMentalHealth, .prescribing, .continuingHealthcare,
        .clientGroups,
    ]

    static var all: [Delegation] {
        [Delegation(
            id: id, delegator: LewishamData.icb, toRole: LewishamData.executivePlaceLead, place: LewishamData.place,
            functions: functions, instrument: .schemeOfReservationAndDelegation,
            assurance: "Discharged with the LCP Board, a committee of the ICB from 1 April 2022 (§6.7); the ICB remains accountable for its delegation",
            period: Period(from: LewishamData.established))]
    }
}
