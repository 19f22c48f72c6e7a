import PlaceworksDomain

/// The Southwark Alliance as the 2009 review of strategic partnerships reshaped it: the Alliance
/// Board, its executive sub-committee chaired by the Leader of the Council, six thematic
/// partnerships with their chairs, the secretariat with programme management disciplines, and the
/// Board's outline work programme (alliance-review Recommendations 1–8).
///
/// The review gives no dates; this module reads the proposals as taking effect in December 2009
/// (they anticipate "an awayday … early in the new year" and Total Place pilots reporting in
/// March 2010) and the Alliance generation as ending when Partnership Southwark was established in
/// May 2019 (recovery plan §1). The Board's membership (the review's Appendix 2) is not in the
/// source: the seats recorded are those the proposals name, which keep Council seats below half.
/// The executive sub-committee's membership (Appendix 3) is not in the source either: only its
/// Chair's seat is recorded. All seats and roles are vacant.
///
/// No body records a governance form: the forms of the thriving-places guidance (2021) postdate the
/// Alliance, a non-statutory local strategic partnership. The Board, the executive sub-committee and
/// the thematic partnerships take decisions — the thematic partnerships "exercise both strategic and
/// executive functions, and … a plan or strategy agreed by a TP has been agreed by the Alliance"
/// (Recommendation 1, implications; Recommendation 6) — and the secretariat does not.
public enum SouthwarkAlliance {
    public static let board: ID<Body> = "swk-alliance-board"
    public static let executiveSubCommittee: ID<Body> = "swk-alliance-executive"
    public static let secretariat: ID<Body> = "swk-alliance-secretariat"
    public static let executiveChair: ID<LeadershipRole> = "swk-alliance-executive-chair"
    /// The seat of the Leader of the Council on the executive sub-committee.
    public static let leaderSeat: ID<Seat> = "swk-alliance-executive-seat-leader"

    /// The generation's first day.
    public static let from: Day = "2009-12-01"
    /// The day the generation ends (Partnership Southwark established).
    public static let dissolved: Day = "2019-05-01"

    /// The six thematic partnerships of Recommendation 3: (identifier, name, chair's title).
    public static let thematicPartnerships: [(id: ID<Body>, name: String, chair: String)] = [
        ("swk-tp-young-southwark", "Young Southwark", "Executive Member for Children"),
        ("swk-tp-safer-southwark", "Safer Southwark", "Borough Commander of the Metropolitan Police"),
        ("swk-tp-sustainable-environment", "Southwark Sustainable Environment", "Executive Member for Environment"),
        ("swk-tp-housing", "Housing Strategic Partnership",
         "Regional Director of Family Mosaic, representing Southwark Housing Associations Group"),
        ("swk-tp-adult-health", "Adult Health and Well-Being", "Chair of the Adult Health and Well-Being group"),
        ("swk-tp-local-economy", "Local Economy", "Chair of the Local Economy group"),
    ]

    /// The programme management disciplines of Recommendation 8.
    public static let disciplines = ["project management", "tracking", "risk management", "performance management"]

    static let pct: ID<Organisation> = "southwark-pct"
    static let police: ID<Organisation> = "met-police-southwark"
    static let jobcentre: ID<Organisation> = "jobcentre-plus-lsw"
    static let betterBankside: ID<Organisation> = "better-bankside"
    static let housingAssociations: ID<Organisation> = "southwark-housing-associations-group"
    static let communityAction: ID<Organisation> = "community-action-southwark"

    static var organisations: [Organisation] {
        [
            Organisation(id: pct, name: "NHS Southwark (Primary Care Trust)", sectors: [.icb], statutory: true,
                         place: SouthwarkData.place, period: Period(to: "2013-03-31")),
            Organisation(id: police, name: "Metropolitan Police, Southwark borough", sectors: [.police], statutory: true,
                         place: SouthwarkData.place),
            Organisation(id: jobcentre, name: "Lambeth, Southwark and Wandsworth Jobcentre Plus", sectors: [.other],
                         statutory: true),
            Organisation(id: betterBankside, name: "Better Bankside", sectors: [.business], statutory: false,
                         place: SouthwarkData.place),
            Organisation(id: housingAssociations, name: "Southwark Housing Associations Group", sectors: [.housing],
                         statutory: false, place: SouthwarkData.place),
            Organisation(id: communityAction, name: "Community Action Southwark", sectors: [.vcse], statutory: false,
                         place: SouthwarkData.place),
        ]
    }

    /// The Board's seats: (id suffix, title, sectors, role, organisation).
    static let boardSeats: [(String, String, [Sector], Role?, ID<Organisation>)] = [
        ("leader", "Leader of the Council", [.localAuthority], .electedLeader, SouthwarkData.council),
        ("opposition", "Leader of the Opposition (place to be reviewed after the 2010 elections)", [.localAuthority],
         Role("leader-of-the-opposition"), SouthwarkData.council),
        ("health-social-care", "Executive Member for Health and Social Care (Adult Health and Well-Being group)",
         [.localAuthority], .cabinetMember, SouthwarkData.council),
        ("children", "Executive Member for Children (Young Southwark)", [.localAuthority], .cabinetMember,
         SouthwarkData.council),
        ("environment", "Executive Member for Environment (Southwark Sustainable Environment)", [.localAuthority],
         .cabinetMember, SouthwarkData.council),
        ("police", "Borough Commander, Metropolitan Police (Safer Southwark)", [.police], nil, police),
        ("housing", "Housing Strategic Partnership (Southwark Housing Associations Group)", [.housing], nil,
         housingAssociations),
        ("local-economy", "External Relations Manager, Jobcentre Plus (Local Economy group)", [.other], nil, jobcentre),
        ("business", "Private business sector nominee of the Local Economy group", [.business], nil, betterBankside),
        ("pct-chief-executive", "Chief Executive, NHS Southwark", [.icb], .chiefExecutive, pct),
        ("pct-chair", "Chair, NHS Southwark", [.icb], .chair, pct),
        ("voluntary-sector", "Voluntary sector (Community Action Southwark)", [.vcse], .representative, communityAction),
    ]

    static var dataset: Dataset {
        let lifecycle = [LifecycleEvent(.established, from), LifecycleEvent(.dissolved, dissolved)]
        let period = Period(from: from, to: dissolved.adding(days: -1))
        func body(_ id: ID<Body>, _ name: String, _ kind: BodyKind, decides: Bool = true,
                  terms: TermsOfReference? = nil, remit: [String]) -> Body {
            Body(id: id, name: name, kind: kind, place: SouthwarkData.place, generation: SouthwarkData.allianceGeneration,
                 decisionMaking: decides, lifecycle: lifecycle, terms: terms.map { [$0] } ?? [], remit: remit)
        }
        func terms(_ cadence: Cadence? = nil, _ line: ReportingLine? = nil) -> TermsOfReference {
            TermsOfReference(version: "2009 review", adopted: from,
                             reportsTo: line.map { [$0] } ?? [], cadence: cadence, deputiesMayAct: true)
        }

        var bodies = [
            body(board, "Southwark Alliance Board", .board, terms: terms(.quarterly),
                 remit: ["articulates a shared vision and priorities through the Sustainable Community Strategy",
                         "specifies and oversees a small number of strategic, cross-cutting programmes",
                         "promotes community engagement, community cohesion and active citizenship"]),
            body(executiveSubCommittee, "Southwark Alliance Executive Sub-Committee", .subCommittee,
                 terms: terms(nil, ReportingLine(to: board, .subCommitteeOf)),
                 remit: ["orchestrates resources for more effective commissioning",
                         "agrees, reviews and monitors performance of the Local Area Agreement",
                         "responds to requests from government or external agencies, e.g. funding bids"]),
            body(secretariat, "Southwark Alliance Secretariat (programme management office)", .group, decides: false,
                 terms: terms(nil, ReportingLine(to: board, .reportsTo)), remit: disciplines),
        ]
        bodies += thematicPartnerships.map { partnership in
            body(partnership.id, partnership.name, .partnership,
                 terms: terms(nil, ReportingLine(to: board, .reportsTo)),
                 remit: ["exercises strategic and executive functions: a plan or strategy it agrees has been agreed by the Alliance"])
        }

        var roles = [LeadershipRole(id: executiveChair, title: "Chair of the Executive Sub-Committee (Leader of the Council)",
                                    kind: .convenor, role: .chair, place: SouthwarkData.place, body: executiveSubCommittee,
                                    period: period)]
        roles += thematicPartnerships.map { partnership in
            LeadershipRole(id: ID("\(partnership.id)-chair"), title: "Chair of \(partnership.name): \(partnership.chair)",
                           kind: .convenor, role: .chair, place: SouthwarkData.place, body: partnership.id, period: period)
        }

        var seats = boardSeats.map { suffix, title, sectors, role, organisation in
            Seat(id: ID("swk-alliance-seat-\(suffix)"), body: board, title: title, sectors: sectors, role: role,
                 organisation: organisation)
        }
        seats.append(Seat(id: leaderSeat, body: executiveSubCommittee, title: "Leader of the Council (Chair)",
                          sectors: [.localAuthority], role: .electedLeader, organisation: SouthwarkData.council))

        let workstreams = [
            Workstream(id: "swk-alliance-ws-public-services", place: SouthwarkData.place,
                       name: "How people interact with public services",
                       overseenBy: board,
                       deliverables: ["Opportunities for service redesign that promotes self reliance and reduces demand and dependency"],
                       period: Period(from: "2010-01-01", to: period.end)),
            Workstream(id: "swk-alliance-ws-public-estate", place: SouthwarkData.place,
                       name: "Mapping the public sector estate", overseenBy: board,
                       deliverables: ["Opportunities for rationalisation and service improvement"],
                       period: Period(from: "2010-01-01", to: period.end)),
            Workstream(id: "swk-alliance-ws-scs-refresh", place: SouthwarkData.place,
                       name: "Mid-term review and refresh of the Sustainable Community Strategy", overseenBy: board,
                       period: Period(from: "2010-06-01", to: period.end)),
        ]
        return Dataset(bodies: bodies, seats: seats, leadershipRoles: roles, workstreams: workstreams)
    }
}
