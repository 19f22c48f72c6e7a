import PlaceworksDomain

/// The board of NHS South East London ICB, with its seats as SEL-ICB-1 lists them
/// (southwark-lcp… "SEL Integrated Care Board"; lewisham-lcp… §4.2–§4.3).
enum IntegratedCareBoard {
    static var body: Body {
        Body(id: SouthEastLondonData.icbBoard, name: "NHS South East London ICB Board", kind: .board,
             ics: SouthEastLondonData.ics,
             lifecycle: [LifecycleEvent(.shadow, SouthEastLondonBodies.shadow),
                         LifecycleEvent(.established, SouthEastLondonData.icsEstablished)],
             terms: [terms],
             remit: ["the statutory functions of the ICS NHS body and the functions NHS England delegates to it",
                     "delegation to the six places, each through its place partner member"])
    }

    /// The unitary board of the ICS NHS body; partner members bring their sectors' perspective and
    /// are not delegates of them.
    static var terms: TermsOfReference {
        TermsOfReference(
            version: "2021", adopted: SouthEastLondonBodies.shadow,
            convenedBy: [SouthEastLondonData.icb],
            functions: [
                "Undertake the statutory functions of the ICS NHS body and those NHS England delegates to it",
                "Delegate budget, planning and delivery of non-acute services to each place's Executive Place Lead",
                "Agree the governance arrangements of the acute and mental health provider collaboratives",
            ])
    }

    /// The seats, one per member SEL-ICB-1 lists (the two non-executive directors are two seats).
    static var seats: [Seat] {
        let board = SouthEastLondonData.icbBoard
        let icb = SouthEastLondonData.icb
        var seats = [
            Seat(id: "sel-icb-chair", body: board, title: "ICS Chair", sectors: [.icb], role: .icsChair,
                 organisation: icb),
            Seat(id: "sel-icb-ned-1", body: board, title: "ICS Non-Executive Director", sectors: [.icb],
                 role: .nonExecutiveDirector, organisation: icb),
            Seat(id: "sel-icb-ned-2", body: board, title: "ICS Non-Executive Director", sectors: [.icb],
                 role: .nonExecutiveDirector, organisation: icb),
            Seat(id: "sel-icb-chief-executive", body: board, title: "ICS Chief Executive Officer", sectors: [.icb],
                 role: .chiefExecutive, organisation: icb),
            Seat(id: "sel-icb-chief-financial-officer", body: board, title: "ICS Chief Financial Officer",
                 sectors: [.icb], role: .chiefFinancialOfficer, organisation: icb),
            Seat(id: "sel-icb-medical-director", body: board, title: "ICS Medical Director", sectors: [.icb],
                 role: .medicalDirector, organisation: icb),
            Seat(id: "sel-icb-director-of-nursing", body: board, title: "ICS Director of Nursing", sectors: [.icb],
                 role: .directorOfNursing, organisation: icb),
            Seat(id: "sel-icb-partner-acute", body: board, title: "Acute services partner member",
                 sectors: [.acuteProvider], role: .partnerMember),
            Seat(id: "sel-icb-partner-mental-health", body: board, title: "Mental health services partner member",
                 sectors: [.mentalHealthProvider], role: .partnerMember),
            Seat(id: "sel-icb-partner-community", body: board, title: "Community services partner member",
                 sectors: [.communityProvider], role: .partnerMember),
            Seat(id: "sel-icb-partner-local-authority", body: board,
                 title: "Local authority partner member (one chief executive)", sectors: [.localAuthority],
                 role: .partnerMember),
            Seat(id: "sel-icb-partner-primary-care", body: board,
                 title: "Primary medical services partner member (Chair of the primary care leadership group)",
                 sectors: [.primaryCare], role: .partnerMember),
        ]
        seats += SouthEastLondonData.boroughs.map { borough in
            Seat(id: SouthEastLondonBodies.placeSeatID("sel-icb-place", borough.name), body: board,
                 title: "Place partner member for \(borough.name) (executive responsibility for delegation to the place)",
                 sectors: [.icb], role: .placePartnerMember, place: borough.code, organisation: icb)
        }
        return seats
    }
}
