import PlaceworksDomain

/// Where every record the SEL extension ships comes from: the paragraphs it cites, and what is
/// assumed where the papers leave something open, with the reason.
///
/// ```swift
/// SouthEastLondonProvenance.of(.body, "sel-icb-board")?.isAssumption   // true: the shadow date
/// ```
public enum SouthEastLondonProvenance {
    static let lcp = SourceDocument.southwarkLCP
    static let lewisham = SourceDocument.lewishamLCP
    /// The real NHS ODS and ONS data files the identifiers come from (`shared/data/real/`).
    static let trusts: SourceDocument = "etr.csv"
    static let ccgs: SourceDocument = "eccg.csv"
    static let icbs: SourceDocument = "icb_names_codes_dec_2024.csv"
    static let districts: SourceDocument = "lad-december-2023.csv"

    static let shadowDate = "In shadow form from 1 October 2021: the papers set April 2022 for the new arrangements "
        + "and describe designate roles before it (Lewisham §3.2), but give no shadow date."
    static let establishedDate = "Established on 1 April 2022, the date the papers plan (statute later moved it to "
        + "1 July 2022)."

    /// The provenance of the shipped record of `kind` with identifier `id`; nil if SEL does not ship it.
    public static func of(_ kind: SubjectKind, _ id: String) -> Provenance? {
        switch kind {
        case .ics:
            id == SouthEastLondonData.ics.rawValue
                ? Provenance([Citation(icbs, "QKK / E54000030"), Citation(lewisham, "§2")]) : nil
        case .place:
            SouthEastLondonData.boroughs.contains { $0.code.rawValue == id }
                ? Provenance([Citation(districts, "LAD23CD"), Citation(lewisham, "§3.4 (the six local authorities)")])
                : nil
        case .organisation: organisation(id)
        case .body: body(id)
        case .seat: seat(id)
        case .person, .membership:
            ["richard-douglas", "andrew-bland"].contains { id.contains($0) }
                ? Provenance([Citation(lewisham, "§3.2")],
                             assuming: ["In office as ICS Chair and Chief Executive from 1 April 2022, and holding those "
                                        + "seats from then: §3.2 names them as designate."])
                : nil
        default: nil
        }
    }

    static func organisation(_ id: String) -> Provenance? {
        switch id {
        case SouthEastLondonData.icb.rawValue:
            Provenance([Citation(icbs, "QKK"), Citation(lewisham, "§4")],
                       assuming: ["Succeeds NHS South East London CCG on 1 July 2022, when statute closed CCGs; the papers plan April 2022."])
        case "72Q":
            Provenance([Citation(ccgs, "72Q"), Citation(lewisham, "§6.1 (\"a prime committee of the SEL CCG governing body\")")],
                       assuming: ["Open to 30 June 2022, when statute closed CCGs; the papers plan April 2022."])
        case "RJ1", "RJZ", "RJ2", "RV5", "RPG":
            Provenance([Citation(trusts, id), Citation(lewisham, "§3.4")])
        case "bromley-healthcare", "kings-health-partners":
            Provenance([Citation(lewisham, "§3.4")],
                       assuming: ["Identifier chosen by the platform: the organisation has no NHS trust ODS code in the data files."])
        default:
            SouthEastLondonData.boroughs.contains { $0.council.rawValue == id }
                ? Provenance([Citation(districts, "LAD23NM"), Citation(lewisham, "§3.4")]) : nil
        }
    }

    static func body(_ id: String) -> Provenance? {
        switch id {
        case SouthEastLondonData.icbBoard.rawValue:
            Provenance([Citation(lcp, "SEL Integrated Care Board"), Citation(lewisham, "§4.2–§4.3")],
                       assuming: [shadowDate, establishedDate,
                                  "Terms of reference (version \"2021\", adopted 1 October 2021): the papers give the "
                                    + "board's membership, not its terms, form, convenors or adoption."])
        case SouthEastLondonData.icp.rawValue:
            Provenance([Citation(lcp, "SEL Integrated Care Partnership"), Citation(lewisham, "§3.3–§3.4")],
                       assuming: [shadowDate, establishedDate,
                                  "Terms of reference (version \"2021\", adopted 1 October 2021) as a joint committee "
                                    + "convened by the ICB and the six councils, deciding by consensus, meeting in public "
                                    + "with private sessions and agreeing the integrated care strategy: Lewisham §3.3 gives "
                                    + "these only as what the ICP \"would be expected\" and \"is required\" to do, and "
                                    + "names no convenors or adoption date."])
        case SouthEastLondonData.acuteProviderCollaborative.rawValue,
             SouthEastLondonData.mentalHealthProviderCollaborative.rawValue:
            Provenance([Citation(lewisham, "§5.1–§5.3")],
                       assuming: [shadowDate,
                                  "Member trusts (acute: GSTT, King's, Lewisham and Greenwich; mental health: SLaM, "
                                    + "Oxleas) and their convening of a joint committee: §5 names neither the members "
                                    + "nor the form beyond \"a form of committee arrangement (across the partners Boards)\"."])
        case SouthEastLondonData.communityServicesNetwork.rawValue:
            Provenance([Citation(lewisham, "§5.4")], assuming: [shadowDate])
        default: nil
        }
    }

    static func seat(_ id: String) -> Provenance? {
        if id.hasPrefix("sel-icb-") { return Provenance([Citation(lewisham, "§4.3"), Citation(lcp, "SEL Integrated Care Board")]) }
        if id.hasPrefix("sel-icp-") {
            return Provenance([Citation(lewisham, "§3.4"), Citation(lcp, "SEL Integrated Care Partnership")])
        }
        if id.hasPrefix("sel-apc-") || id.hasPrefix("sel-mhpc-") {
            return Provenance([Citation(lewisham, "§5.2")],
                              assuming: ["One chief-executive seat per member trust: §5.2 leaves membership to the "
                                         + "collaborating partners, at chief-executive level."])
        }
        return nil
    }
}
