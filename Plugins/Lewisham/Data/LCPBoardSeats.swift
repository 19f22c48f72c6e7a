import PlaceworksDomain

/// The proposed membership of the Lewisham LCP Board (§6.3), line by line. The paper names no
/// holders, so the shipped seats are vacant; the partnership records its members against them, and
/// until it does LEW-MEM-1 reports each vacancy.
public enum LCPBoardSeats {
    /// §6.3, in the paper's order and words. Lines with a role are met by a member who holds it; the
    /// trust lines by a member for the trust; the representative lines by the sector they speak for.
    public static let lines: [SeatLine] = [
        SeatLine(key: "place-lead", title: "Place lead", criterion: .role(.executivePlaceLead),
                 sectors: [.icb], role: .executivePlaceLead),
        SeatLine(key: "dass", title: "Executive Director for Community Services (DASS)",
                 criterion: .role(.dass), sectors: [.localAuthority], role: .dass,
                 organisation: LewishamData.council),
        SeatLine(key: "cyp", problem: "dcs", title: "Executive Director for CYP",
                 criterion: .role(.directorOfChildrensServices), sectors: [.localAuthority],
                 role: .directorOfChildrensServices, organisation: LewishamData.council),
        SeatLine(key: "dph", title: "Director of Public Health", criterion: .role(.dph),
                 sectors: [.localAuthority], role: .dph, organisation: LewishamData.council),
        SeatLine(key: "healthwatch", title: "Healthwatch representative", criterion: .sector(.healthwatch),
                 sectors: [.healthwatch], role: .representative,
                 organisation: LewishamOrganisations.healthwatch),
        SeatLine(key: "vcse", title: "Voluntary, community and social enterprise (VCSE) representation",
                 count: 2, criterion: .sector(.vcse), sectors: [.vcse], role: .representative,
                 organisation: LewishamOrganisations.vcse),
        SeatLine(key: "slam", problem: "mental-health",
                 title: "South London & Maudsley NHS FT – Executive organisational representative",
                 criterion: .organisation(LewishamData.southLondonAndMaudsley),
                 sectors: [.mentalHealthProvider], role: .representative,
                 organisation: LewishamData.southLondonAndMaudsley),
        SeatLine(key: "lgt", problem: "acute",
                 title: "Lewisham & Greenwich NHS Trust – Executive organisational representative",
                 criterion: .organisation(LewishamData.lewishamAndGreenwich),
                 sectors: [.acuteProvider, .communityProvider], role: .representative,
                 organisation: LewishamData.lewishamAndGreenwich),
        SeatLine(key: "primary-care", title: "Primary Care", count: 2, criterion: .sector(.primaryCare),
                 sectors: [.primaryCare], organisation: LewishamOrganisations.primaryCare),
        SeatLine(key: "social-care-provider", title: "Social care provider representative",
                 criterion: .sector(.socialCareProvider), sectors: [.socialCareProvider],
                 role: .representative, organisation: LewishamOrganisations.socialCareProviders),
    ]

    /// The shipped seats: one per place the list names (twelve), vacant, from 1 April 2022.
    /// What the lines require, for the rules.
    public static var requirements: [SeatRequirement] { lines.map(\.requirement) }

    static var seats: [Seat] {
        lines.flatMap {
            $0.seats(on: LewishamData.lcpBoard, idPrefix: "lew-lcp-seat", from: LewishamData.established)
        }
    }
}
