import PlaceworksDomain

/// The records the second reading of the papers added, a few per synthetic place: a Better Care
/// Fund pool with its Section 75, the committee's accountability arrangements and the approval of
/// its terms, a vision, a plan and a progress report with the engagement that informed the plan and
/// its feedback, the Place Lead's recruitment, a memorandum of understanding with its signatures,
/// and the plan's commitments.
///
/// Derived from the place's number, never drawn from the shared generator, so every record
/// generated before them — and every later place — is the same as without them.
extension PlaceBuilder {
    mutating func buildPartnershipRecords(lead: ID<LeadershipRole>, members: [ID<Person>]) {
        let start = system.start, icb = system.icb
        let year = FinancialYear(containing: start)
        // The pool is of the next year, so a check of its first day reads a Better Care Fund year.
        let poolYear = FinancialYear(containing: start.adding(days: 365))
        let scale = 1 + number % 7   // 1…7, so amounts differ between places
        let partners = [icb, council] + trusts.prefix(2).map(\.id)

        // A Better Care Fund pool under a Section 75 agreement, hosted by the council; one place in ten
        // records an NHS contribution below the stated minimum.
        let nhs = 15_000_000 + scale * 1_000_000, minimum = nhs - (number % 10 == 0 ? -500_000 : 500_000)
        let local = 4_000_000 + scale * 250_000
        data.funds.append(Fund(
            id: ID("\(key)-bcf"), place: placeID, name: "Synthetic Place \(number) Better Care Fund", arrangement: .pooled,
            purpose: .betterCareFund,
            instrument: FundInstrument(type: .section75, reference: "Section 75 agreement, Synthetic Place \(number)",
                                       parties: [icb, council], term: Period(from: start)),
            hosts: [FundHost(organisation: council, period: Period(from: start))],
            contributions: [Contribution(organisation: icb, financialYear: poolYear, amount: nhs),
                            Contribution(organisation: council, financialYear: poolYear, amount: local)],
            totals: [FundTotal(financialYear: poolYear, amount: nhs + local, minimumNHSContribution: minimum)],
            riskShare: ShareTerms(terms: "In proportion to contributions"), gainShare: ShareTerms(noneAgreed: true),
            period: Period(from: start)))

        // How the committee is held to account, and the approval of its terms by the ICB.
        let accountability: [(AccountabilityType, String)] = [
            (.electedMemberEngagement, "The cabinet member for health sits on the committee"),
            (.healthAndWellbeingBoard, "Reports to the Health and Wellbeing Board"),
            (.healthScrutiny, "Attends the council's health scrutiny committee"),
            (.performanceMonitoring, "Shares performance data with the ICB monthly"),
        ]
        for (index, (type, mechanism)) in accountability.enumerated() where number % 5 != 0 || index < 3 {
            data.accountabilities.append(AccountabilityArrangement(
                id: ID("\(key)-accountability-\(index)"), place: placeID, type: type, body: committee,
                organisation: type == .performanceMonitoring ? icb : council, mechanism: mechanism,
                cadence: .quarterly, agreed: start))
        }
        data.approvals.append(Approval(
            id: ID("\(key)-terms-approval"), place: placeID, subject: RecordReference(committee), version: "1",
            matter: .termsOfReference, organisation: icb, action: .approved, date: start))

        // A vision, a plan engaged on before it was agreed (with feedback), and a progress report.
        let plan: ID<Publication> = ID("\(key)-plan"), engagement: ID<Engagement> = ID("\(key)-plan-engagement")
        let planAgreed = start.adding(days: 120)
        data.engagements.append(Engagement(
            id: engagement, place: placeID, title: "Engagement on the place plan", type: .exercise, informs: plan,
            started: start.adding(days: 30), ended: start.adding(days: 90), audiences: [.residents, .serviceUsersOrCarers]))
        data.publications += [
            Publication(id: ID("\(key)-vision"), place: placeID, type: .vision, title: "Synthetic Place \(number) vision",
                        public: true, published: start),
            Publication(id: plan, place: placeID, type: .plan, title: "Synthetic Place \(number) plan", public: true,
                        published: planAgreed, agreed: planAgreed, agreedBy: committee,
                        resourceAvailable: [YearAmount(financialYear: year, amount: 2_000_000 * scale)]),
            Publication(id: ID("\(key)-feedback"), place: placeID, type: .feedback, title: "What you told us",
                        public: true, published: planAgreed.adding(days: 30 + number % 60), engagement: engagement),
            Publication(id: ID("\(key)-progress"), place: placeID, type: .progressReport,
                        title: "Synthetic Place \(number) progress report", public: true, published: start.adding(days: 365)),
        ]

        // The plan's commitments, one per workstream.
        for w in 0..<4 {
            data.commitments.append(Commitment(
                id: ID("\(key)-commitment-\(w)"), place: placeID, title: "Commitment \(w + 1)", plan: plan,
                workstream: ID("\(key)-ws-\(w)"), owner: partners[w % partners.count],
                costs: [CommitmentCost(financialYear: year, gross: 400_000 * scale + 50_000 * w, offsets: 100_000)]))
        }

        // The Place Lead's recruitment: internal first, on secondment.
        data.recruitments.append(Recruitment(
            id: ID("\(key)-lead-recruitment"), place: placeID, title: "Executive Place Lead", role: lead,
            roleDescriptionDated: start.adding(days: -60),
            stages: [RecruitmentStage(scope: .internal, eligibility: "Executive-level staff of the partners",
                                      basis: .secondment, opens: start.adding(days: -50), closes: start.adding(days: -30),
                                      outcome: .appointed)],
            panel: [PanelMember(organisation: icb, stakeholder: .partner),
                    PanelMember(organisation: ID("\(key)-healthwatch"), stakeholder: .healthwatch)],
            opened: start.adding(days: -50), closed: start.adding(days: -20), outcome: .appointed,
            appointee: members.first))

        // A memorandum of understanding signed by the partners.
        data.agreements.append(Agreement(
            id: ID("\(key)-mou"), place: placeID, title: "Synthetic Place \(number) memorandum of understanding",
            versions: [AgreementVersion(version: "1", date: start, principles: ["Decide together", "Share risks"])],
            signatures: partners.map { Signature(organisation: $0, version: "1", signed: start) },
            constituents: partners.map { Constituent(organisation: $0, period: Period(from: start)) }))
    }
}
