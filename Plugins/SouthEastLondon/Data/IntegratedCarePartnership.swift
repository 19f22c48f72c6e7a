import PlaceworksDomain

/// The South East London Integrated Care Partnership: a joint committee of the ICB and the six
/// councils, with its seats as SEL-ICP-1 lists them (southwark-lcp… "SEL Integrated Care
/// Partnership"; lewisham-lcp… §3.3–§3.4).
enum IntegratedCarePartnership {
    static var body: Body {
        Body(id: SouthEastLondonData.icp, name: "South East London Integrated Care Partnership",
             kind: .jointCommittee, ics: SouthEastLondonData.ics,
             lifecycle: [LifecycleEvent(.shadow, SouthEastLondonBodies.shadow),
                         LifecycleEvent(.established, SouthEastLondonData.icsEstablished)],
             terms: [terms],
             remit: ["facilitate joint action to improve health and care services and to influence the wider "
                     + "determinants of health and broader social and economic development"])
    }

    /// The terms the documents describe: an equal partnership of the NHS and local government that
    /// decides by consensus, meets in public with private sessions, and agrees the integrated care strategy.
    static var terms: TermsOfReference {
        TermsOfReference(
            version: "2021", adopted: SouthEastLondonBodies.shadow, form: .jointCommittee,
            convenedBy: [SouthEastLondonData.icb] + SouthEastLondonData.boroughs.map(\.council),
            decisionRule: .consensus, sessions: .publicWithPrivate,
            functions: [
                "Develop and agree the integrated care strategy for south east London",
                "Endorse financial allocative decisions annually",
                "Endorse significant service changes as and when they occur",
                "Convene a wider engagement forum, supported by sub-groups and officers of its partner members",
            ])
    }

    /// The seats, one per line of SEL-ICP-1.
    static var seats: [Seat] {
        let icp = SouthEastLondonData.icp
        var seats = [
            Seat(id: "sel-icp-ics-chair", body: icp, title: "ICS Chair", sectors: [.icb], role: .icsChair,
                 organisation: SouthEastLondonData.icb),
            Seat(id: "sel-icp-ics-chief-executive", body: icp, title: "ICS Chief Executive", sectors: [.icb],
                 role: .chiefExecutive, organisation: SouthEastLondonData.icb),
        ]
        seats += SouthEastLondonData.boroughs.map { borough in
            Seat(id: SouthEastLondonBodies.placeSeatID("sel-icp-leader", borough.name), body: icp,
                 title: "Elected Leader (or nominated cabinet member), London Borough of \(borough.name)",
                 sectors: [.localAuthority], role: .electedLeader, place: borough.code, organisation: borough.council)
        }
        seats += trustChairs.map { provider in
            Seat(id: ID("sel-icp-chair-\(provider.slug)"), body: icp, title: "Chair, \(provider.name)",
                 role: .trustChair, organisation: provider.id)
        }
        seats += [
            Seat(id: "sel-icp-lead-dass", body: icp, title: "Lead Director of Adult Social Care (from across SEL)",
                 sectors: [.localAuthority], role: .dass),
            Seat(id: "sel-icp-lead-dcs", body: icp, title: "Lead Director of Children's Services (from across SEL)",
                 sectors: [.localAuthority], role: .directorOfChildrensServices),
            Seat(id: "sel-icp-lead-dph", body: icp, title: "Lead Director of Public Health (from across SEL)",
                 sectors: [.localAuthority], role: .dph),
            Seat(id: "sel-icp-khp", body: icp, title: "Senior representative of King's Health Partners",
                 sectors: [.academic], role: .representative, organisation: "kings-health-partners"),
            Seat(id: "sel-icp-primary-care", body: icp, title: "Primary Care / Primary Care Networks representative",
                 sectors: [.primaryCare], role: .representative),
            Seat(id: "sel-icp-vcse", body: icp, title: "Representative of the VCSE sector in SEL",
                 sectors: [.vcse], role: .representative),
            Seat(id: "sel-icp-healthwatch", body: icp,
                 title: "Representative of the SEL Healthwatch organisations (coordinated arrangement)",
                 sectors: [.healthwatch], role: .representative),
        ]
        return seats
    }

    /// The providers whose chairs sit on the ICP, as SEL-ICP-1 names them.
    static let trustChairs: [(id: ID<Organisation>, slug: String, name: String)] = [
        ("bromley-healthcare", "bromley-healthcare", "Bromley Healthcare (CIC)"),
        ("RJ1", "gstt", "Guy's and St Thomas' NHS Foundation Trust"),
        ("RJ2", "lgt", "Lewisham and Greenwich NHS Trust"),
        ("RJZ", "kch", "King's College Hospital NHS Foundation Trust"),
        ("RPG", "oxleas", "Oxleas NHS Foundation Trust"),
        ("RV5", "slam", "South London and the Maudsley NHS Foundation Trust"),
    ]
}
