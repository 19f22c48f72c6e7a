import PlaceworksDomain

/// The multi-disciplinary place leadership team supporting the Partnership Southwark Director, with
/// the designated leads the paper sets as a minimum from 1 April 2022: social care, primary care,
/// community physical health and mental health services, acute services and public health
/// (southwark-lcp… "Governance and leadership proposals" 2.A.III). The team existed from the
/// recovery plan (the "PSLT" the clinical and professional leads advise, recovery plan §7).
/// The seats are vacant: the documents name no one.
enum PlaceLeadershipTeam {
    /// (id suffix, title, sectors, role).
    static let seats: [(String, String, [Sector], Role)] = [
        ("director", "Partnership Southwark Director", [.icb], .executivePlaceLead),
        ("social-care", "Designated lead: social care", [.localAuthority], .socialCareLead),
        ("primary-care", "Designated lead: primary care", [.primaryCare], .primaryCareLead),
        ("community", "Designated lead: community physical health services", [.communityProvider],
         .communityServicesLead),
        ("mental-health", "Designated lead: mental health services", [.mentalHealthProvider], .mentalHealthLead),
        ("acute", "Designated lead: acute services", [.acuteProvider], .acuteServicesLead),
        ("public-health", "Designated lead: public health", [.localAuthority], .publicHealthLead),
    ]

    static var dataset: Dataset {
        Dataset(
            bodies: [Body(
                id: SouthwarkData.leadershipTeam, name: "Partnership Southwark Leadership Team", kind: .leadershipTeam,
                place: SouthwarkData.place, ics: SouthwarkData.ics, generation: SouthwarkData.partnershipGeneration,
                decisionMaking: false,
                lifecycle: [LifecycleEvent(.established, SouthwarkData.recoveryPlanGovernanceFrom)],
                remit: ["supports the Partnership Southwark Director in discharging delegated functions",
                        "works together to secure best outcomes for the population"])],
            seats: seats.map { suffix, title, sectors, role in
                Seat(id: ID("swk-lt-seat-\(suffix)"), body: SouthwarkData.leadershipTeam, title: title,
                     sectors: sectors, role: role, period: Period(from: SouthwarkData.strategicBoardEstablished))
            })
    }
}
