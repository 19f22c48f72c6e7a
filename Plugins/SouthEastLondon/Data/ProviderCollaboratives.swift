import PlaceworksDomain

/// The SEL provider collaboratives (lewisham-lcp… §5): two formal collaboratives, acute and mental
/// health, whose boards are at chief-executive level; and the community services collaborative, a
/// network for sharing practice with no delegated functions.
enum ProviderCollaboratives {
    static let acute = SouthEastLondonData.acuteProviderCollaborative
    static let mentalHealth = SouthEastLondonData.mentalHealthProviderCollaborative
    static let community = SouthEastLondonData.communityServicesNetwork

    /// The member trusts of each formal collaborative, by ODS code and a short name for seat identifiers.
    static let acuteMembers: [(id: ID<Organisation>, slug: String, name: String)] = [
        ("RJ1", "rj1", "Guy's and St Thomas' NHS Foundation Trust"),
        ("RJZ", "rjz", "King's College Hospital NHS Foundation Trust"),
        ("RJ2", "rj2", "Lewisham and Greenwich NHS Trust"),
    ]
    static let mentalHealthMembers: [(id: ID<Organisation>, slug: String, name: String)] = [
        ("RV5", "rv5", "South London and the Maudsley NHS Foundation Trust"),
        ("RPG", "rpg", "Oxleas NHS Foundation Trust"),
    ]

    static var lifecycle: [LifecycleEvent] {
        [LifecycleEvent(.shadow, SouthEastLondonBodies.shadow),
         LifecycleEvent(.established, SouthEastLondonData.icsEstablished)]
    }

    static var bodies: [Body] {
        [
            formal(id: acute, name: "South East London Acute Provider Collaborative", focus: .acuteProvider,
                   members: acuteMembers.map(\.id)),
            formal(id: mentalHealth, name: "South East London Mental Health Provider Collaborative",
                   focus: .mentalHealthProvider, members: mentalHealthMembers.map(\.id)),
            Body(id: community, name: "South East London Community Services Collaborative", kind: .network,
                 ics: SouthEastLondonData.ics, focus: .communityProvider, decisionMaking: false,
                 lifecycle: lifecycle,
                 remit: ["sharing best practice", "informal collaboration",
                         "establishing core standards for delivery in SEL"]),
        ]
    }

    /// A formal collaborative: a committee arrangement across the partners' boards for joint decisions
    /// within the mandate the ICS affords it, agreed with the ICB's board (§5.3).
    static func formal(id: ID<Body>, name: String, focus: Sector, members: [ID<Organisation>]) -> Body {
        Body(id: id, name: name, kind: .providerCollaborative, ics: SouthEastLondonData.ics, focus: focus,
             lifecycle: lifecycle,
             terms: [TermsOfReference(
                version: "2021", adopted: SouthEastLondonBodies.shadow, form: .jointCommittee,
                convenedBy: members, reportsTo: [ReportingLine(to: SouthEastLondonData.icbBoard, .reportsTo)],
                functions: ["Plan, deliver and transform services with a system approach, "
                            + "within the mandate afforded by the ICS"])],
             remit: ["tackle unwarranted variation, make improvements and deliver the best care for patients "
                     + "and communities"])
    }

    /// One chief-executive seat per member trust on each formal collaborative's board.
    static var seats: [Seat] {
        acuteMembers.map { chiefExecutive(on: acute, prefix: "sel-apc", $0) }
            + mentalHealthMembers.map { chiefExecutive(on: mentalHealth, prefix: "sel-mhpc", $0) }
    }

    static func chiefExecutive(on body: ID<Body>, prefix: String,
                               _ member: (id: ID<Organisation>, slug: String, name: String)) -> Seat {
        Seat(id: ID("\(prefix)-\(member.slug)"), body: body, title: "Chief Executive, \(member.name)",
             role: .chiefExecutive, organisation: member.id)
    }
}
