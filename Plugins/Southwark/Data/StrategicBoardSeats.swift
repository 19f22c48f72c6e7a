import PlaceworksDomain

/// The PSSB's seats: the membership the paper sets "as a minimum" — PCNs; acute, mental health and
/// community services providers; the local authority (adults' and children's services and the
/// Director of Public Health); Healthwatch; the VCSE sector — and the Partnership Southwark
/// Director, who discharges the ICB's delegations through the Board (southwark-lcp… "South East
/// London Integrated Care System - Local Care Partnerships"). All vacant: the documents name no one.
enum StrategicBoardSeats {
    /// (id suffix, title, sectors, role, organisation).
    static let seats: [(String, String, [Sector], Role?, ID<Organisation>?)] = [
        ("director", "Partnership Southwark Director", [.icb], .executivePlaceLead, SouthwarkData.icb),
        ("pcn", "Primary Care Networks", [.primaryCare], .pcnClinicalDirector, SouthwarkOrganisations.primaryCareNetworks),
        ("acute", "Acute services provider", [.acuteProvider], nil, nil),
        ("mental-health", "Mental health services provider", [.mentalHealthProvider], nil, nil),
        ("community", "Community services provider", [.communityProvider], nil, nil),
        ("dass", "Local authority: adults' services (Director of Adult Social Services)", [.localAuthority], .dass,
         SouthwarkData.council),
        ("dcs", "Local authority: children's services (Director of Children's Services)", [.localAuthority],
         .directorOfChildrensServices, SouthwarkData.council),
        ("dph", "Director of Public Health", [.localAuthority], .dph, SouthwarkData.council),
        ("healthwatch", "Healthwatch Southwark", [.healthwatch], .representative, SouthwarkOrganisations.healthwatch),
        ("vcse", "VCSE sector", [.vcse], .representative, nil),
    ]

    static var dataset: Dataset {
        Dataset(seats: seats.map { suffix, title, sectors, role, organisation in
            Seat(id: ID("swk-pssb-seat-\(suffix)"), body: SouthwarkData.strategicBoard, title: title, sectors: sectors,
                 role: role, organisation: organisation)
        })
    }
}
