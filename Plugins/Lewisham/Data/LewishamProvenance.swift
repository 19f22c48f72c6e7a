import PlaceworksDomain

/// Where each record the Lewisham extension ships comes from: the paragraphs of the Lewisham LCP
/// paper it cites and, where the paper leaves something open, what is assumed and why. The
/// extension answers ``PlaceworksExtension/provenance(of:_:)`` from it.
///
/// ```swift
/// LewishamProvenance.of(.body, "lew-borough-based-board")?.assumptions   // its start date
/// ```
public enum LewishamProvenance {
    /// A record citing sections of the Lewisham paper, with what it assumes.
    static func cited(_ sections: [String], assuming assumptions: [String] = []) -> Provenance {
        Provenance(sections.map { Citation(.lewishamLCP, $0) }, assuming: assumptions)
    }

    static let sectorStandIn = "Stands for the sector the paper names until the partnership records the body it nominates."
    static let paperDate = "Recorded from 1 September 2021: the paper is dated only by its year and quotes the June 2021 design framework."

    /// The sources of the shipped record of `kind` with identifier `id`; nil if it is not shipped here.
    public static func of(_ kind: SubjectKind, _ id: String) -> Provenance? {
        switch (kind, id) {
        case (.organisation, LewishamOrganisations.healthwatch.rawValue),
             (.organisation, LewishamOrganisations.vcse.rawValue):
            cited(["§6.1", "§6.3"], assuming: [sectorStandIn])
        case (.organisation, LewishamOrganisations.primaryCare.rawValue):
            cited(["§6.1", "§6.3"], assuming: [sectorStandIn])
        case (.organisation, LewishamOrganisations.socialCareProviders.rawValue):
            cited(["§6.3", "§9.1"], assuming: [sectorStandIn])
        case (.body, LewishamData.lcpBoard.rawValue):
            cited(["§6.1", "§6.2", "§6.6", "§6.7"], assuming: [paperDate])
        case (.body, LewishamData.lhcpExecutiveBoard.rawValue):
            cited(["§6.1", "§6.2"],
                   assuming: ["From 1 April 2020, when SEL CCG was formed: the paper gives no founding date.",
                              "\(Provenance.Topic.governanceForm) none, as the paper states none.",
                              "\(Provenance.Topic.decisionMaking) §6.1 does not say whether it does; recorded as taking "
                                + "decisions, as a board the LCP Board replaces."])
        case (.body, LewishamData.boroughBasedBoard.rawValue):
            cited(["§6.1"], assuming: ["From 1 April 2020, when SEL CCG was formed: the paper gives no founding date."])
        case (.body, LewishamData.healthAndWellbeingBoard.rawValue):
            cited(["§6.2", "§11.1"],
                   assuming: ["From 1 April 2013, when health and wellbeing boards became statutory: the paper gives no date."])
        case (.body, LewishamData.mayorAndCabinet.rawValue):
            cited(["§9.1"], assuming: [paperDate])
        case (.body, LewishamData.leadershipTeam.rawValue):
            cited(["§8.1", "§8.2", "§9.1"], assuming: ["Established with the LCP Board on 1 April 2022 (§9.1 confirms its members before then)."])
        case (.seat, _) where id.hasPrefix("lew-lcp-seat-"):
            cited(["§6.3"])
        case (.seat, _) where id.hasPrefix("lew-plt-seat-"):
            cited(["§8.1", "§8.2"])
        case (.leadershipRole, LewishamData.executivePlaceLead.rawValue):
            cited(["§7.1", "§7.2"], assuming: [paperDate])
        case (.leadershipRole, LewishamData.lcpBoardChair.rawValue):
            cited(["§6.2", "§6.4"], assuming: [paperDate])
        case (.delegation, PlaceDelegation.id.rawValue):
            cited(["§7.1", "§6.7"],
                   assuming: ["The functions are those South East London delegates to every place (southwark-lcp… \"Local Care Partnerships\"): the Lewisham paper lists none."])
        case (.delegation, _) where id.hasPrefix("lew-s75-"):
            cited(["§6.7", "§6.2"])
        case (.milestone, _) where id.hasPrefix("lew-ms-"):
            cited(["§9.1"], assuming: ["Due 31 March 2022, the day before the ICB's assumed establishment (§9.1 \"ahead of … 1 April\")."])
        default:
            nil
        }
    }
}
