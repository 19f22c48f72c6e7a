/// NAT-MEM-1: who a place-based partnership includes (thriving-places §4 "Membership").
extension NationalRules {
    static var membership: [Rule] { [representation] }

    /// One of the groups §4 "Membership" asks partnerships to include, with the parts its seats
    /// must cover (each part is met by any seat matching it).
    struct RepresentedGroup: Sendable {
        var name: String
        var parts: [Part]

        init(_ name: String, _ parts: [Part]) {
            self.name = name
            self.parts = parts
        }

        /// A seat the group needs: how a message names it, and which seats (with their sectors) meet it.
        struct Part: Sendable {
            var label: String
            var matches: @Sendable (Seat, Set<Sector>) -> Bool

            static func sector(_ label: String, _ sector: Sector) -> Part {
                Part(label: label) { _, sectors in sectors.contains(sector) }
            }

            static func role(_ label: String, _ roles: Set<Role>) -> Part {
                Part(label: label) { seat, _ in seat.role.map(roles.contains) ?? false }
            }
        }
    }

    /// The seven groups, in the order the guidance lists them.
    static let representedGroups: [RepresentedGroup] = [
        RepresentedGroup("primary care provider leadership", [
            .init(label: "a PCN clinical director or other primary care leader") { seat, sectors in
                sectors.contains(.primaryCare) || seat.role == .pcnClinicalDirector
            },
        ]),
        RepresentedGroup("providers of acute, community and mental health services", [
            .sector("an acute services provider", .acuteProvider),
            .sector("a community services provider", .communityProvider),
            .sector("a mental health services provider", .mentalHealthProvider),
        ]),
        RepresentedGroup("people who use care and support services and their representatives, including Healthwatch", [
            .sector("Healthwatch", .healthwatch),
        ]),
        RepresentedGroup("local authorities, including the DASS, the DPH and elected members", [
            .role("the Director of Adult Social Services", [.dass]),
            .role("the Director of Public Health", [.dph]),
            .role("an elected member", [.electedLeader, .cabinetMember]),
        ]),
        RepresentedGroup("social care providers", [.sector("a social care provider", .socialCareProvider)]),
        RepresentedGroup("the voluntary, community and social enterprise (VCSE) sector",
                         [.sector("a VCSE representative", .vcse)]),
        RepresentedGroup("the integrated care board", [.sector("the ICB", .icb)]),
    ]

    static let representation = Rule(
        id: "NAT-MEM-1", severity: .warning,
        requirement: "A place-based partnership should include primary care leadership; acute, community and "
            + "mental health providers; people who use services and Healthwatch; the local authority with its "
            + "DASS, DPH and elected members; social care providers; the VCSE sector; and the ICB.",
        citations: [Citation(.thrivingPlaces, "§4 \"Membership\"")]
    ) { context in
        context.places.flatMap { place -> [Concern] in
            guard let committee = context.data.placeCommittee(of: place.id, on: context.asOf) else { return [] }
            let seats = context.data.seats(of: committee.id, on: context.asOf)
                .map { ($0, context.data.sectors(of: $0, on: context.asOf)) }
            return representedGroups.compactMap { group in
                let missing = group.parts.filter { part in !seats.contains { part.matches($0.0, $0.1) } }
                guard !missing.isEmpty else { return nil }
                let what = ThrivingPlaces.list(missing.map(\.label))
                return Concern(about: committee, "\(committee.name) has no seat for \(what); national guidance asks "
                    + "each place-based partnership to include representation from \(group.name).")
            }
        }
    }
}
