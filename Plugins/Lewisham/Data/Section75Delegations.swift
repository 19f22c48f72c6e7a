import PlaceworksDomain

/// The existing Section 75 agreements between health and Lewisham Council that the LCP Board is
/// able to transact from 1 April 2022 (§6.7): children and young people; adults; the Better Care Fund.
public enum Section75Delegations {
    /// The functions the three agreements cover, one agreement each.
    public static let functions: [DelegatedFunction] = [.childrenAndYoungPeople, .adultSocialCare, .betterCareFund]

    static var all: [Delegation] {
        [
            delegation("lew-s75-children-and-young-people", .childrenAndYoungPeople),
            delegation("lew-s75-adults", .adultSocialCare),
            delegation("lew-s75-better-care-fund", .betterCareFund),
        ]
    }

    private static func delegation(_ id: ID<Delegation>, _ function: DelegatedFunction) -> Delegation {
        Delegation(id: id, delegator: LewishamData.council, toBody: LewishamData.lcpBoard, place: LewishamData.place,
                   functions: [function], instrument: .section75,
                   assurance: "The LCP Board reports into the Lewisham Health and Wellbeing Board (§6.2)",
                   period: Period(from: LewishamData.established))
    }
}
