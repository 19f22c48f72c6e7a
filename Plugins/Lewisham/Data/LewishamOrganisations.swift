import PlaceworksDomain

/// The Lewisham partner organisations the paper names that the South East London module does
/// not ship. The paper names sectors rather than bodies (§6.1, §6.3, §9.1), so each organisation
/// stands for its sector in Lewisham until the partnership records the body it nominates.
public enum LewishamOrganisations {
    /// Healthwatch Lewisham (§6.1, §6.3 "Healthwatch representative").
    public static let healthwatch: ID<Organisation> = "lew-healthwatch"
    /// The voluntary, community and social enterprise sector in Lewisham (§6.1, §6.3, §9.1).
    public static let vcse: ID<Organisation> = "lew-vcse"
    /// Lewisham's Primary Care Networks (§6.1 "local Primary Care Networks", §6.3 "Primary Care (x 2)").
    public static let primaryCare: ID<Organisation> = "lew-primary-care-networks"
    /// Lewisham's social care provider sector (§6.3 "Social care provider representative", §9.1).
    public static let socialCareProviders: ID<Organisation> = "lew-social-care-providers"

    static var all: [Organisation] {
        [
            Organisation(id: healthwatch, name: "Healthwatch Lewisham", sectors: [.healthwatch], statutory: false,
                         place: LewishamData.place, ics: LewishamData.ics),
            Organisation(id: vcse, name: "Lewisham voluntary, community and social enterprise (VCSE) sector",
                         sectors: [.vcse], statutory: false, place: LewishamData.place, ics: LewishamData.ics),
            Organisation(id: primaryCare, name: "Lewisham Primary Care Networks", sectors: [.primaryCare],
                         statutory: false, place: LewishamData.place, ics: LewishamData.ics),
            Organisation(id: socialCareProviders, name: "Lewisham social care providers",
                         sectors: [.socialCareProvider], statutory: false, place: LewishamData.place,
                         ics: LewishamData.ics),
        ]
    }
}
