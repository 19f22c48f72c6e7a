import PlaceworksDomain
import PlaceworksStore
import PlaceworksTestSupport

/// For one kind of record: a new record that fits the sample world, a change to it, and how it
/// ends (a closing date or status, or removal for kinds that do not end).
struct KindSample<E: Entity>: Sendable {
    var record: E
    var update: @Sendable (inout E) -> Void
    /// Nil: the record ends by being removed.
    var end: (@Sendable (inout E) -> Void)?
}

/// A kind sample with its entity type hidden, so the suite can run one per ``RecordKind``.
protocol AnyKindSample: Sendable {
    func lifecycle(in database: TestDatabase) async throws
}

extension KindSample: AnyKindSample {}

extension StoreSamples {
    /// The sample for `kind`.
    static func sample(of kind: RecordKind) -> any AnyKindSample {
        let place = TestWorld.place, committee = TestWorld.committee
        switch kind {
        case .ics:
            return KindSample(record: ICS(id: "QYY", name: "Second Test ICS", onsCode: "E54000998"),
                              update: { $0.name = "Second Test ICS (renamed)" }, end: nil)
        case .place:
            return KindSample(record: Place(id: "E09000998", name: "Otherborough", ics: TestWorld.ics),
                              update: { $0.boundary = "London Borough of Otherborough" }, end: nil)
        case .organisation:
            return KindSample(record: Organisation(id: "tb-housing", name: "Testborough Homes", sectors: [.housing],
                                                   statutory: false, place: place, ics: TestWorld.ics),
                              update: { $0.name = "Testborough Homes Trust" },
                              end: { $0.period.end = "2024-03-31" })
        case .person:
            return KindSample(record: Person(id: "tb-new-person", name: "New Member", fictional: true),
                              update: { $0.name = "New Member (Dr)" }, end: nil)
        case .body:
            return KindSample(record: Body(id: "tb-start-well-board", name: "Start Well Board", kind: .committee,
                                           place: place, ics: TestWorld.ics,
                                           lifecycle: [LifecycleEvent(.established, "2022-04-01")]),
                              update: { $0.remit = ["children and young people"] },
                              end: { $0.lifecycle.append(LifecycleEvent(.dissolved, "2024-03-31")) })
        case .seat:
            return KindSample(record: Seat(id: "tb-seat-housing", body: committee, title: "Housing representative",
                                           sectors: [.housing], voting: false, period: Period(from: "2022-04-01")),
                              update: { $0.voting = true },
                              end: { $0.period.end = "2024-03-31" })
        case .membership:
            return KindSample(record: Membership(id: "tb-m-vcse-2", seat: "tb-seat-vcse", person: "tb-deputy-vcse",
                                                 onBehalfOf: "tb-vcse", period: Period(from: "2025-04-01")),
                              update: { $0.deputy = "tb-person-vcse" },
                              end: { $0.period.end = "2026-03-31" })
        case .leadershipRole:
            return KindSample(record: LeadershipRole(id: "tb-programme-lead", title: "Programme Lead", role: "programme-lead",
                                                     place: place, body: committee, holder: "tb-person-pcn",
                                                     period: Period(from: "2022-04-01")),
                              update: { $0.employer = TestWorld.icb },
                              end: { $0.period.end = "2024-03-31" })
        case .delegation:
            return KindSample(record: Delegation(id: "tb-council-s75", delegator: TestWorld.council, toBody: committee,
                                                 place: place, functions: ["adult-social-care"],
                                                 period: Period(from: "2023-04-01")),
                              update: { $0.assurance = "Annual report to the council's cabinet" },
                              end: { $0.period.end = "2025-03-31" })
        case .budget:
            return KindSample(record: Budget(id: "tb-budget-2023", place: place, financialYear: "2023/24",
                                             lines: [BudgetLine("Prescribing", amount: 31_000_000)]),
                              update: { $0.lines.append(BudgetLine("Community health", amount: 10_500_000)) },
                              end: nil)
        case .workstream:
            return KindSample(record: Workstream(id: "tb-ws-age-well", place: place, name: "Age Well",
                                                 overseenBy: committee, period: Period(from: "2022-04-01")),
                              update: { $0.deliverables = ["Falls prevention service"] },
                              end: { $0.period.end = "2025-03-31" })
        case .milestone:
            return KindSample(record: Milestone(id: "tb-ms-2", place: place, workstream: "tb-ws-start-well",
                                                title: "Second family hub open", due: "2023-09-01"),
                              update: { $0.status = .inProgress },
                              end: { $0.status = .done; $0.completed = "2023-08-20" })
        case .risk:
            return KindSample(record: Risk(id: "tb-risk-2", place: place, body: committee, title: "Data sharing delays",
                                           owner: "tb-person-place-lead", likelihood: 2, impact: 3,
                                           opened: "2022-05-01"),
                              update: { $0.likelihood = 4; $0.mitigation = "Information governance lead appointed" },
                              end: { $0.closed = "2023-01-31" })
        case .indicator:
            return KindSample(record: Indicator(id: "tb-ind-2", place: place, name: "Emergency admissions over 65s",
                                                aim: .populationHealth, unit: "per 100,000"),
                              update: { $0.observations.append(Observation(period: "2022/23", date: "2023-06-01", value: 24_120)) },
                              end: nil)
        case .meeting:
            return KindSample(record: Meeting(id: "tb-meeting-2022-05", body: committee, date: "2022-05-12"),
                              update: { $0.attendance = [Attendance("tb-person-pcn", as: .member)] },
                              end: nil)
        case .option:
            return KindSample(record: GovernanceOption(id: "tb-option-2", place: place, label: "2",
                                                       summary: "A joint committee", requirements: [],
                                                       citation: Citation("southwark-lcp-leadership-and-governance-2021.txt", "Governance options")),
                              update: { $0.discountedBecause = "Needs legislation that has not passed" },
                              end: nil)
        case .fund:
            return KindSample(record: Fund(id: "tb-bcf", place: place, name: "Testborough Better Care Fund",
                                           arrangement: .pooled, purpose: .betterCareFund,
                                           hosts: [FundHost(organisation: TestWorld.council)],
                                           contributions: [Contribution(organisation: TestWorld.icb, financialYear: "2023/24",
                                                                        amount: 20_000_000)],
                                           period: Period(from: "2023-04-01")),
                              update: { $0.riskShare = ShareTerms(noneAgreed: true) },
                              end: { $0.period.end = "2025-03-31" })
        case .accountability:
            return KindSample(record: AccountabilityArrangement(id: "tb-acc-hwb", place: place, type: .healthAndWellbeingBoard,
                                                                body: TestWorld.hwb, period: Period(from: "2022-07-01")),
                              update: { $0.cadence = .quarterly },
                              end: { $0.period.end = "2025-03-31" })
        case .approval:
            return KindSample(record: Approval(id: "tb-approval-tor", place: place, subject: RecordReference(committee),
                                               version: "1", matter: .termsOfReference, approvedBy: TestWorld.icbBoard,
                                               organisation: TestWorld.icb, date: "2022-06-30"),
                              update: { $0.reference = "ICB board minutes, item 7" },
                              end: nil)
        case .publication:
            return KindSample(record: Publication(id: "tb-vision", place: place, type: .vision,
                                                  title: "Testborough vision", published: "2022-09-01"),
                              update: { $0.public = true; $0.address = "https://example.org/vision" },
                              end: nil)
        case .engagement:
            return KindSample(record: Engagement(id: "tb-engagement-1", place: place, title: "Plan listening events",
                                                 started: "2022-10-01", audiences: [.residents]),
                              update: { $0.ended = "2022-11-30" },
                              end: nil)
        case .recruitment:
            return KindSample(record: Recruitment(id: "tb-recruit-vcse", place: place, title: "VCSE member",
                                                  seat: "tb-seat-vcse", opened: "2025-01-06", target: "2025-03-31"),
                              update: { $0.panel = [PanelMember(organisation: "tb-vcse", stakeholder: .voluntarySector)] },
                              end: { $0.closed = "2025-03-20"; $0.outcome = .appointed })
        case .agreement:
            return KindSample(record: Agreement(id: "tb-mou", place: place, title: "Testborough partnership MoU",
                                                versions: [AgreementVersion(version: "1", date: "2022-04-01")]),
                              update: { $0.signatures = [Signature(organisation: TestWorld.council, signed: "2022-04-20")] },
                              end: nil)
        case .commitment:
            return KindSample(record: Commitment(id: "tb-commitment-1", place: place, title: "Extended hours for family hubs",
                                                 costs: [CommitmentCost(financialYear: "2023/24", gross: 250_000)]),
                              update: { $0.costs[0].offsets = 50_000 },
                              end: nil)
        }
    }
}
