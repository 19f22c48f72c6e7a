/// NAT-MEM-1: who a place-based partnership includes (thriving-places §4 "Membership").
extension NationalRules {
    static var membership: [Rule] { [representation] }

    /// One of the groups §4 "Membership" asks partnerships to include, with the seats it needs.
    struct RepresentedGroup: Sendable {
        var name: String
        var seats: [SeatRequirement]

        init(_ name: String, _ seats: [SeatRequirement]) {
            self.name = name
            self.seats = seats
        }
    }

    /// The seven groups, in the order the guidance lists them.
    static let representedGroups: [RepresentedGroup] = [
        RepresentedGroup("primary care provider leadership", [
            SeatRequirement(key: "primary-care", title: "a PCN clinical director or other primary care leader",
                            criteria: [], anyOf: [[.sector(.primaryCare)], [.seatRole(.pcnClinicalDirector)]]),
        ]),
        RepresentedGroup("providers of acute, community and mental health services", [
            SeatRequirement(key: "acute", title: "an acute services provider", criteria: [.sector(.acuteProvider)]),
            SeatRequirement(key: "community", title: "a community services provider",
                            criteria: [.sector(.communityProvider)]),
            SeatRequirement(key: "mental-health", title: "a mental health services provider",
                            criteria: [.sector(.mentalHealthProvider)]),
        ]),
        RepresentedGroup("people who use care and support services and their representatives, including Healthwatch", [
            SeatRequirement(key: "healthwatch", title: "Healthwatch", criteria: [.sector(.healthwatch)]),
        ]),
        RepresentedGroup("local authorities, including the DASS, the DPH and elected members", [
            SeatRequirement(key: "dass", title: "the Director of Adult Social Services", criteria: [.role(.dass)]),
            SeatRequirement(key: "dph", title: "the Director of Public Health", criteria: [.role(.dph)]),
            SeatRequirement(key: "elected-member", title: "an elected member", criteria: [],
                            anyOf: [[.role(.electedLeader)], [.role(.cabinetMember)], [.role(.electedMember)]]),
        ]),
        RepresentedGroup("social care providers", [
            SeatRequirement(key: "social-care-provider", title: "a social care provider",
                            criteria: [.sector(.socialCareProvider)]),
        ]),
        RepresentedGroup("the voluntary, community and social enterprise (VCSE) sector", [
            SeatRequirement(key: "vcse", title: "a VCSE representative", criteria: [.sector(.vcse)]),
        ]),
        RepresentedGroup("the integrated care board", [
            SeatRequirement(key: "icb", title: "the ICB", criteria: [.sector(.icb)]),
        ]),
    ]

    /// NAT-MEM-1. One concern per missing or vacant seat, naming its problem (`seat:<key>`) so a
    /// borough or ICS rule that requires the same seat reports it instead, once.
    static let representation = Rule.perPlaceCommittee(
        id: "NAT-MEM-1", severity: .warning,
        requirement: "A place-based partnership should include primary care leadership; acute, community and "
            + "mental health providers; people who use services and Healthwatch; the local authority with its "
            + "DASS, DPH and elected members; social care providers; the VCSE sector; and the ICB — each a person "
            + "holding the seat on the day.",
        citations: [Citation(.thrivingPlaces, "§4 \"Membership\"")],
        effective: Period(from: NationalDocuments.thrivingPlacesIssued)
    ) { place, committee, context in
        let seats = SeatFacts.of(committee.id, data: context.data, on: context.asOf)
        return representedGroups.flatMap { group in
            group.seats.shortfalls(among: seats, oneSeatPerLine: false).map { shortfall in
                let why = "national guidance asks each place-based partnership to include representation from "
                    + "\(group.name)."
                let message: String
                switch shortfall.kind {
                case .missing: message = "\(committee.name) has no seat for \(shortfall.title); \(why)"
                case let .vacant(seat, until):
                    message = SeatShortfall.noHolder(for: "\(committee.name)'s seat “\(seat.title)” (\(shortfall.title))",
                                                     recruitingUntil: until) + "; \(why)"
                }
                return shortfall.concern(Concern(about: committee, message), on: context.asOf)
            }
        }
    }
}
