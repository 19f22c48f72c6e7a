import PlaceworksDomain

/// Southwark organisations the documents name that South East London does not already define.
///
/// The recovery plan names Healthwatch Southwark's research, Community Southwark's support to the
/// voluntary sector, the Southwark Primary Care Networks (as authors of the "CBC Stages to
/// Recovery") and Age UK Lewisham and Southwark; no social care provider representative body is
/// named, so none is recorded.
enum SouthwarkOrganisations {
    static let healthwatch: ID<Organisation> = "swk-healthwatch"
    static let communitySouthwark: ID<Organisation> = "community-southwark"
    static let primaryCareNetworks: ID<Organisation> = "swk-pcns"
    static let ageUK: ID<Organisation> = "age-uk-lewisham-southwark"

    static var all: [Organisation] {
        [
            Organisation(id: healthwatch, name: "Healthwatch Southwark", sectors: [.healthwatch], statutory: false,
                         place: SouthwarkData.place, ics: SouthwarkData.ics),
            Organisation(id: communitySouthwark, name: "Community Southwark", sectors: [.vcse], statutory: false,
                         place: SouthwarkData.place, ics: SouthwarkData.ics),
            Organisation(id: primaryCareNetworks, name: "Southwark Primary Care Networks", sectors: [.primaryCare],
                         statutory: false, place: SouthwarkData.place, ics: SouthwarkData.ics),
            Organisation(id: ageUK, name: "Age UK Lewisham and Southwark", sectors: [.vcse], statutory: false,
                         place: SouthwarkData.place, ics: SouthwarkData.ics),
        ] + SouthwarkAlliance.organisations
    }
}
