import PlaceworksDomain

/// What the South East London documents and the ONS/ODS data say of the ICS itself.
///
/// Identifiers other modules refer to (as strings: plugins never import each other):
/// ICS `QKK`; places by ONS code (Southwark `E09000028`, Lewisham `E09000023`, …); the ICB as an
/// organisation `QKK`; trusts by ODS code (`RJ1`, `RJZ`, `RJ2`, `RV5`, `RPG`); councils
/// `<borough>-council` (e.g. `southwark-council`); the ICB board `sel-icb-board`; the ICP `sel-icp`;
/// the seats for one borough `sel-icp-leader-<borough>` (ICP) and `sel-icb-place-<borough>` (ICB
/// board), with the borough's name in lower case (e.g. `sel-icb-place-lewisham`).
public enum SouthEastLondonData {
    /// The South East London ICS.
    public static let ics: ID<ICS> = "QKK"
    /// NHS South East London ICB, as an organisation (its ODS code).
    public static let icb: ID<Organisation> = "QKK"
    /// The ICB's board.
    public static let icbBoard: ID<Body> = "sel-icb-board"
    /// The Integrated Care Partnership.
    public static let icp: ID<Body> = "sel-icp"
    /// The acute provider collaborative (a formal collaborative).
    public static let acuteProviderCollaborative: ID<Body> = "sel-acute-provider-collaborative"
    /// The mental health provider collaborative (a formal collaborative).
    public static let mentalHealthProviderCollaborative: ID<Body> = "sel-mental-health-provider-collaborative"
    /// The community services collaborative (a network with no delegated functions).
    public static let communityServicesNetwork: ID<Body> = "sel-community-services-network"
    /// The day the ICB and ICP take over from the CCG, as the documents plan it (statute later moved it to 1 July 2022).
    public static let icsEstablished: Day = "2022-04-01"

    /// The six places: ONS code, name, council identifier.
    public static let boroughs: [(code: ID<Place>, name: String, council: ID<Organisation>)] = [
        ("E09000004", "Bexley", "bexley-council"),
        ("E09000006", "Bromley", "bromley-council"),
        ("E09000011", "Greenwich", "greenwich-council"),
        ("E09000022", "Lambeth", "lambeth-council"),
        ("E09000023", "Lewisham", "lewisham-council"),
        ("E09000028", "Southwark", "southwark-council"),
    ]

    /// Everything the SEL module ships: the ICS, its places, organisations, bodies, seats and named leaders.
    public static var dataset: Dataset {
        var data = Dataset(
            systems: [ICS(id: ics, name: "South East London ICS", onsCode: "E54000030", odsCode: "QKK",
                          board: icbBoard, partnership: icp)],
            places: boroughs.map {
                Place(id: $0.code, name: $0.name, ics: ics,
                      boundary: "London Borough of \($0.name) (LAD \($0.code))")
            },
            organisations: organisations)
        data.merge(SouthEastLondonBodies.dataset, overlap: .refuse)
        return data
    }

    static var organisations: [Organisation] {
        [
            Organisation(id: icb, name: "NHS South East London Integrated Care Board", sectors: [.icb],
                         statutory: true, odsCode: "QKK", ics: ics,
                         succeeds: Succession(predecessor: "72Q", date: "2022-07-01")),
            Organisation(id: "72Q", name: "NHS South East London CCG", sectors: [.icb], statutory: true,
                         odsCode: "72Q", ics: ics, period: Period(from: "2020-04-01", to: "2022-06-30")),
            Organisation(id: "RJ1", name: "Guy's and St Thomas' NHS Foundation Trust",
                         sectors: [.acuteProvider, .communityProvider], statutory: true, odsCode: "RJ1", ics: ics),
            Organisation(id: "RJZ", name: "King's College Hospital NHS Foundation Trust", sectors: [.acuteProvider],
                         statutory: true, odsCode: "RJZ", ics: ics),
            Organisation(id: "RJ2", name: "Lewisham and Greenwich NHS Trust",
                         sectors: [.acuteProvider, .communityProvider], statutory: true, odsCode: "RJ2", ics: ics),
            Organisation(id: "RV5", name: "South London and the Maudsley NHS Foundation Trust",
                         sectors: [.mentalHealthProvider], statutory: true, odsCode: "RV5", ics: ics),
            // Oxleas' ODS record names another ICB (QKS); it is a SEL ICS partner all the same.
            Organisation(id: "RPG", name: "Oxleas NHS Foundation Trust",
                         sectors: [.mentalHealthProvider, .communityProvider], statutory: true, odsCode: "RPG", ics: ics),
            Organisation(id: "bromley-healthcare", name: "Bromley Healthcare (CIC)", sectors: [.communityProvider],
                         statutory: false, place: "E09000006", ics: ics),
            Organisation(id: "kings-health-partners", name: "King's Health Partners", sectors: [.academic],
                         statutory: false, ics: ics),
        ] + boroughs.map {
            Organisation(id: $0.council, name: "London Borough of \($0.name)", sectors: [.localAuthority],
                         statutory: true, place: $0.code, ics: ics)
        }
    }
}
