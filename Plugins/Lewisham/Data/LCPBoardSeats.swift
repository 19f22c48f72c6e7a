import PlaceworksDomain

/// The proposed membership of the Lewisham LCP Board (§6.3), line by line. The paper names no
/// holders, so the shipped seats are vacant; the partnership records its members against them.
public enum LCPBoardSeats {
    /// §6.3, in the paper's order. Lines with a role are recognised by it; the trust lines by the
    /// trust; the representative lines by the sector they speak for.
    public static let requirements: [SeatRequirement] = [
        SeatRequirement(key: "place-lead", title: "Place lead", criterion: .role(.executivePlaceLead),
                        sectors: [.icb], role: .executivePlaceLead),
        SeatRequirement(key: "dass", title: "Executive Director for Community Services (DASS)",
                        criterion: .role(.dass), sectors: [.localAuthority], role: .dass,
                        organisation: LewishamData.council),
        SeatRequirement(key: "cyp", title: "Executive Director for Children and Young People (CYP)",
                        criterion: .role(.directorOfChildrensServices), sectors: [.localAuthority],
                        role: .directorOfChildrensServices, organisation: LewishamData.council),
        SeatRequirement(key: "dph", title: "Director of Public Health", criterion: .role(.dph),
                        sectors: [.localAuthority], role: .dph, organisation: LewishamData.council),
        SeatRequirement(key: "healthwatch", title: "Healthwatch representative", criterion: .sector(.healthwatch),
                        sectors: [.healthwatch], role: .representative,
                        organisation: LewishamOrganisations.healthwatch),
        SeatRequirement(key: "vcse", title: "Voluntary, community and social enterprise (VCSE) representative",
                        count: 2, criterion: .sector(.vcse), sectors: [.vcse], role: .representative,
                        organisation: LewishamOrganisations.vcse),
        SeatRequirement(key: "slam",
                        title: "South London and Maudsley NHS Foundation Trust – executive organisational representative",
                        criterion: .organisation(LewishamData.southLondonAndMaudsley),
                        sectors: [.mentalHealthProvider], role: .representative,
                        organisation: LewishamData.southLondonAndMaudsley),
        SeatRequirement(key: "lgt",
                        title: "Lewisham and Greenwich NHS Trust – executive organisational representative",
                        criterion: .organisation(LewishamData.lewishamAndGreenwich),
                        sectors: [.acuteProvider, .communityProvider], role: .representative,
                        organisation: LewishamData.lewishamAndGreenwich),
        SeatRequirement(key: "primary-care", title: "Primary Care", count: 2, criterion: .sector(.primaryCare),
                        sectors: [.primaryCare], organisation: LewishamOrganisations.primaryCare),
        SeatRequirement(key: "social-care-provider", title: "Social care provider representative",
                        criterion: .sector(.socialCareProvider), sectors: [.socialCareProvider],
                        role: .representative, organisation: LewishamOrganisations.socialCareProviders),
    ]

    /// The shipped seats: one per place the list names (twelve), vacant, from 1 April 2022.
    static var seats: [Seat] {
        requirements.flatMap {
            $0.seats(on: LewishamData.lcpBoard, idPrefix: "lew-lcp-seat", from: LewishamData.established)
        }
    }
}
