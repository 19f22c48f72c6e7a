import PlaceworksDomain

/// The recovery plan's four prioritised workstreams, each with its leadership cell and SRO role
/// (recovery plan §4, §7), overseen by the Partnership Southwark Leadership Forum.
///
/// The quadruple-aim mapping is this module's reading of each workstream's section of §4: every
/// workstream addresses population health and inequalities (the plan's priority); Start Well and
/// Age Well name waiting times, referral routes and unwarranted variation (experience); all four
/// name workforce support (staff wellbeing); Care Well aligns resources for an efficient model
/// (financial sustainability). The plan names no outcome metrics yet (§10: "Develop outcome
/// metrics", September 2020), so none is recorded. SROs are not named: the roles are vacant.
public enum RecoveryPlanWorkstreams {
    /// A workstream as the plan names it.
    public struct Stream: Sendable {
        public let key: String
        public let name: String
        public let population: String
        public let aims: [QuadrupleAim]
        public let deliverables: [String]

        /// The workstream's identifier, e.g. `swk-ws-start-well`.
        public var id: ID<Workstream> { ID("swk-ws-\(key)") }
        /// Its leadership cell's identifier, e.g. `swk-cell-start-well`.
        public var cell: ID<Body> { ID("swk-cell-\(key)") }
        /// Its SRO's leadership role, e.g. `swk-sro-start-well`.
        public var sro: ID<LeadershipRole> { ID("swk-sro-\(key)") }
    }

    /// Start Well, Live Well, Age Well, Care Well.
    public static let streams: [Stream] = [
        Stream(key: "start-well", name: "Start Well",
               population: "Children and young people and 'keeping families strong'",
               aims: [.populationHealth, .experience, .staffWellbeing],
               deliverables: ["Early identification approach for children at risk of being overlooked, including young carers",
                              "Address the reduction in immunisation activity",
                              "Networked services for children and young people with long-term conditions"]),
        Stream(key: "live-well", name: "Live Well", population: "Working age adults",
               aims: [.populationHealth, .staffWellbeing],
               deliverables: ["Multi-disciplinary neighbourhood working aligned with PCNs",
                              "Review of the COVID community hub with a 'no wrong door' approach",
                              "Embed the Vital 5 for populations known to be more at risk"]),
        Stream(key: "age-well", name: "Age Well", population: "Frailty and older people",
               aims: [.populationHealth, .experience, .staffWellbeing],
               deliverables: ["Integrated neighbourhood-based networks of services and support",
                              "Integrated urgent community response pathway",
                              "Emergency department frailty pathways"]),
        Stream(key: "care-well", name: "Care Well", population: "People in care and residential settings",
               aims: [.populationHealth, .experience, .financialSustainability, .staffWellbeing],
               deliverables: ["Multi-disciplinary support for every care home resident",
                              "Training programme for care home staff in infection prevention and control",
                              "Residential and nursing home charter valuing the care workforce"]),
    ]

    static var dataset: Dataset {
        let from = SouthwarkData.recoveryPlanGovernanceFrom
        return Dataset(
            bodies: streams.map { stream in
                Body(id: stream.cell, name: "\(stream.name) leadership cell", kind: .leadershipCell,
                     place: SouthwarkData.place, ics: SouthwarkData.ics,
                     generation: SouthwarkData.partnershipGeneration, decisionMaking: false,
                     lifecycle: [LifecycleEvent(.established, from)],
                     terms: [TermsOfReference(version: "recovery plan 2020", adopted: from,
                                              reportsTo: [ReportingLine(to: SouthwarkData.leadershipForum, .reportsTo)])],
                     remit: ["accountable for delivery of the \(stream.name) workstream in line with the Recovery Plan"])
            },
            leadershipRoles: streams.map { stream in
                LeadershipRole(id: stream.sro, title: "\(stream.name) SRO", kind: .programmeLead,
                               role: .seniorResponsibleOfficer, place: SouthwarkData.place, body: stream.cell,
                               period: Period(from: from))
            },
            workstreams: streams.map { stream in
                Workstream(id: stream.id, place: SouthwarkData.place, name: stream.name, leadershipCell: stream.cell,
                           overseenBy: SouthwarkData.leadershipForum, aims: stream.aims, population: stream.population,
                           deliverables: stream.deliverables, period: Period(from: from))
            })
    }
}
