import PlaceworksDomain

/// The seats of the Lewisham place leadership team: the SEL core group of designated leads (§8.1)
/// and the children and young people's lead Lewisham adds (§8.2). Vacant: representatives are to
/// be confirmed by partners (§9.1).
public enum LeadershipTeamSeats {
    /// §8.1 and §8.2, in the paper's order.
    public static let lines: [SeatLine] = [
        SeatLine(key: "social-care", title: "Social Care lead", criterion: .role(.socialCareLead),
                 sectors: [.localAuthority], role: .socialCareLead, organisation: LewishamData.council),
        SeatLine(key: "primary-care", title: "Primary Care lead", criterion: .role(.primaryCareLead),
                 sectors: [.primaryCare], role: .primaryCareLead),
        SeatLine(key: "community-services", title: "Community services (physical health) lead",
                 criterion: .role(.communityServicesLead), sectors: [.communityProvider],
                 role: .communityServicesLead),
        SeatLine(key: "mental-health", title: "Mental health services lead for Lewisham",
                 criterion: .role(.mentalHealthLead), sectors: [.mentalHealthProvider], role: .mentalHealthLead),
        SeatLine(key: "acute", title: "Acute services lead for Lewisham", criterion: .role(.acuteServicesLead),
                 sectors: [.acuteProvider], role: .acuteServicesLead),
        SeatLine(key: "public-health", title: "Public Health lead (the Director of Public Health)",
                 criterion: .role(.publicHealthLead), sectors: [.localAuthority], role: .publicHealthLead,
                 organisation: LewishamData.council),
        SeatLine(key: "cyp", title: "Children and young people's services lead",
                 criterion: .role(.childrenAndYoungPeopleLead), sectors: [.localAuthority],
                 role: .childrenAndYoungPeopleLead),
    ]

    /// What the lines require, for the rules.
    public static var requirements: [SeatRequirement] { lines.map(\.requirement) }

    static var seats: [Seat] {
        lines.flatMap {
            $0.seats(on: LewishamData.leadershipTeam, idPrefix: "lew-plt-seat", from: LewishamData.established)
        }
    }
}
