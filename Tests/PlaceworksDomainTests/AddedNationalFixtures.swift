import PlaceworksDomain
import PlaceworksTestSupport

/// A passing and a failing dataset for every national and good-governance rule of the second
/// reading of the papers (REQUIREMENTS-ADDED.md), each derived from ``TestWorld`` and written from
/// the cited paragraph.
enum AddedNationalFixtures {
    static let place = TestWorld.place
    static let delegation: ID<Delegation> = "tb-icb-delegation"

    /// The test world, which records what the added national rules look for as of 1 April 2022.
    static var world: Dataset { TestWorld.dataset }

    /// A pooled Section 75 fund recording everything GOV-FIN-1 asks, and a Better Care Fund pool
    /// whose NHS contribution meets its stated minimum (NAT-FIN-2).
    static var betterCareFund: Fund {
        Fund(id: "tb-bcf", place: place, name: "Testborough Better Care Fund", arrangement: .pooled,
             purpose: .betterCareFund,
             instrument: FundInstrument(type: .section75, reference: "Section 75 agreement 2022",
                                        parties: [TestWorld.icb, TestWorld.council],
                                        term: Period(from: "2022-04-01", to: "2024-03-31")),
             healthAndWellbeingBoard: TestWorld.hwb,
             hosts: [FundHost(organisation: TestWorld.council, period: Period(from: "2022-04-01"))],
             contributions: [Contribution(organisation: TestWorld.icb, financialYear: "2022/23", amount: 20_000_000),
                             Contribution(organisation: TestWorld.council, financialYear: "2022/23", amount: 5_000_000)],
             totals: [FundTotal(financialYear: "2022/23", amount: 25_000_000, minimumNHSContribution: 19_500_000)],
             riskShare: ShareTerms(terms: "Overspends shared in proportion to contributions"),
             gainShare: ShareTerms(noneAgreed: true), period: Period(from: "2022-04-01"))
    }

    static func withFund(_ change: @escaping (inout Fund) -> Void = { _ in }) -> Dataset {
        world.with { data in
            var fund = betterCareFund
            change(&fund)
            data.funds = [fund]
        }
    }

    /// Severities from the words: "should" → warning; "must"/"will" → error.
    static let all: [RuleFixture] = [
        // GOV-FIN-1: missing terms are a warning; contributions that do not sum, or a host that does
        // not exist, an error.
        RuleFixture("GOV-FIN-1", passing: withFund(), failing: withFund { $0.riskShare = nil; $0.gainShare = nil },
                    subject: "tb-bcf", severity: .warning, place: place, mentions: "risk-share",
                    label: "no risk- or gain-share terms, nor that none are agreed"),
        RuleFixture("GOV-FIN-1", passing: withFund(), failing: withFund { $0.instrument = nil },
                    subject: "tb-bcf", severity: .warning, place: place, mentions: "instrument",
                    label: "no instrument"),
        RuleFixture("GOV-FIN-1", passing: withFund(),
                    failing: withFund { $0.contributions[1].amount = 4_000_000 },
                    subject: "tb-bcf", severity: .error, place: place, mentions: "sum to £24,000,000",
                    label: "contributions do not sum to the year's total"),
        RuleFixture("GOV-FIN-1", passing: withFund(),
                    failing: withFund().with { data in
                        data.update(\.organisations, TestWorld.council) { $0.period = Period(to: "2022-03-31") }
                    },
                    subject: "tb-bcf", severity: .error, place: place, mentions: "does not exist",
                    label: "the host does not exist on the day"),
        // "host recorded": a pooled fund whose last host period has ended has no host.
        RuleFixture("GOV-FIN-1", passing: withFund(),
                    failing: withFund { $0.hosts[0].period = Period(from: "2022-04-01", to: "2022-06-30") },
                    subject: "tb-bcf", asOf: "2022-07-01", severity: .warning, place: place, mentions: "host partner on 1 July 2022",
                    label: "the host period has ended"),
        // "each partner's contribution per financial year": a year with a total but no contributions.
        RuleFixture("GOV-FIN-1", passing: withFund(),
                    failing: withFund { $0.totals.append(FundTotal(financialYear: "2023/24", amount: 26_000_000)) },
                    subject: "tb-bcf", asOf: "2023-04-02", severity: .warning, place: place,
                    mentions: "any contribution for 2023/24", label: "a year's total with no contributions"),
        RuleFixture("GOV-FIN-1", passing: withFund(),
                    failing: withFund { $0.contributions.removeAll { $0.organisation == TestWorld.council } ; $0.totals[0].amount = 20_000_000 },
                    subject: "tb-bcf", severity: .warning, place: place,
                    mentions: "2022/23 contribution from Testborough Council", label: "an instrument party contributes nothing"),
        RuleFixture("GOV-FIN-1", passing: withFund(), failing: withFund { $0.totals = [] },
                    subject: "tb-bcf", severity: .warning, place: place,
                    mentions: "a total for 2022/23", label: "contributions with no total"),
        RuleFixture("GOV-FIN-1", passing: withFund(), failing: withFund { $0.riskShare = ShareTerms(terms: " ") },
                    subject: "tb-bcf", severity: .warning, place: place, mentions: "risk-share",
                    label: "an empty risk-share record"),
        // NAT-FIN-2: "including stated minimum NHS contributions to Better Care Fund arrangements".
        RuleFixture("NAT-FIN-2", passing: withFund(),
                    failing: withFund { $0.contributions[0].amount = 19_000_000; $0.totals[0].amount = 24_000_000 },
                    subject: "tb-bcf", severity: .warning, place: place, mentions: "below the stated minimum"),
        // The minimum stated on the delegated budget (NAT-FIN-1's record) is the same fact: exactly the
        // minimum passes, below it does not.
        RuleFixture("NAT-FIN-2",
                    passing: withFund { $0.totals[0].minimumNHSContribution = nil; $0.contributions[0].amount = 12_000_000; $0.totals[0].amount = 17_000_000 },
                    failing: withFund { $0.totals[0].minimumNHSContribution = nil; $0.contributions[0].amount = 11_000_000; $0.totals[0].amount = 16_000_000 },
                    subject: "tb-bcf", severity: .warning, place: place, mentions: "below the stated minimum",
                    label: "minimum stated on the delegated budget"),
        RuleFixture("NAT-FIN-2", passing: withFund(),
                    failing: withFund { $0.contributions.removeAll { $0.organisation == TestWorld.icb }; $0.totals[0].amount = 5_000_000 },
                    subject: "tb-bcf", severity: .warning, place: place, mentions: "records no NHS contribution",
                    label: "no NHS contribution"),
        // NAT-ACC-2: "should agree the arrangements … including how they engage council elected members…".
        RuleFixture("NAT-ACC-2", passing: world, failing: world.with { $0.remove(\.accountabilities, "tb-acct-scrutiny") },
                    subject: place.rawValue, severity: .warning, place: place, mentions: "health overview and scrutiny"),
        RuleFixture("NAT-ACC-2", passing: world,
                    failing: world.with { $0.remove(\.accountabilities, "tb-acct-performance") },
                    subject: place.rawValue, severity: .warning, place: place, mentions: "performance-monitoring",
                    label: "functions delegated, no performance-monitoring role"),
        // "should agree": an arrangement with no day agreed is not recorded as agreed.
        RuleFixture("NAT-ACC-2", passing: world,
                    failing: world.with { $0.update(\.accountabilities, "tb-acct-scrutiny") { $0.agreed = nil } },
                    subject: place.rawValue, severity: .warning, place: place, mentions: "health overview and scrutiny",
                    label: "undated arrangement"),
        // "the role … to support effective monitoring of performance" is agreed with the ICB.
        RuleFixture("NAT-ACC-2", passing: world,
                    failing: world.with { $0.update(\.accountabilities, "tb-acct-performance") { $0.organisation = TestWorld.council } },
                    subject: place.rawValue, severity: .warning, place: place, mentions: "performance-monitoring",
                    label: "performance role agreed with the council"),
        // NAT-ACC-3: "must be satisfied …"; "agreed by the ICB".
        RuleFixture("NAT-ACC-3", passing: world, failing: world.with { $0.update(\.delegations, delegation) { $0.agreedBy = nil } },
                    subject: delegation.rawValue, severity: .error, place: place, mentions: "records no decision"),
        // "agreed by the ICB … in adherence with the constitution and schemes of reservation and delegation".
        RuleFixture("NAT-ACC-3", passing: world,
                    failing: world.with { $0.update(\.delegations, delegation) { $0.agreedBy?.body = TestWorld.committee } },
                    subject: delegation.rawValue, severity: .error, place: place, mentions: "the body it delegates to",
                    label: "agreed by the place committee itself"),
        RuleFixture("NAT-ACC-3", passing: world,
                    failing: world.with { $0.update(\.delegations, delegation) { $0.agreedBy?.body = TestWorld.hwb } },
                    subject: delegation.rawValue, severity: .error, place: place, mentions: "does not decide for",
                    label: "agreed by a council body"),
        // "They will agree with the partnership any terms of the delegation": a council's delegation
        // agreed by its executive, recorded as the body that governs the council, is the council's
        // decision; the same body with nothing recorded of whom it decides for is a gap in the record.
        RuleFixture("NAT-ACC-3", passing: agreedByCouncilExecutive(governs: TestWorld.council),
                    failing: agreedByCouncilExecutive(governs: nil),
                    subject: delegation.rawValue, severity: .warning, place: place,
                    mentions: "nothing records which organisation that body decides for",
                    label: "agreed by a body with nothing recorded of whom it decides for"),
        // The ICB's decision "in adherence with the constitution and schemes of reservation and delegation":
        // a body with nothing recorded of whom it decides for does not hide a decision with no constitution.
        RuleFixture("NAT-ACC-3", passing: world,
                    failing: agreedByCouncilExecutive(governs: nil).with {
                        $0.update(\.delegations, delegation) {
                            $0.delegator = TestWorld.icb
                            $0.agreedBy?.constitutionReference = nil
                        }
                    },
                    subject: delegation.rawValue, severity: .error, place: place, mentions: "scheme of reservation",
                    label: "no constitution reference, by a body with nothing recorded of whom it decides for"),
        // "existing Section 75 agreements may rest on a recorded transfer": the council's agreement with the CCG
        // carries over to the committee the ICB, the CCG's successor, convenes.
        RuleFixture("NAT-ACC-3", passing: section75Inherited(from: "tb-ccg"), failing: section75Inherited(from: TestWorld.icb),
                    subject: delegation.rawValue, severity: .error, place: place, mentions: "not recorded as succeeding",
                    label: "a Section 75 transferred from an organisation no party succeeds"),
        RuleFixture("NAT-ACC-3", passing: world,
                    failing: world.with { $0.update(\.delegations, delegation) { $0.agreedBy?.body = nil } },
                    subject: delegation.rawValue, severity: .error, place: place, mentions: "no named body",
                    label: "a decision by no recorded body"),
        RuleFixture("NAT-ACC-3", passing: world,
                    failing: world.with { $0.update(\.delegations, delegation) { $0.agreedBy?.constitutionReference = nil } },
                    subject: delegation.rawValue, severity: .error, place: place, mentions: "scheme of reservation",
                    label: "no constitution reference"),
        // An arrangement inherited from the delegator's predecessor: a transfer from the predecessor only.
        RuleFixture("NAT-ACC-3", passing: inherited(from: "tb-ccg"), failing: inherited(from: TestWorld.council),
                    subject: delegation.rawValue, severity: .error, place: place, mentions: "not recorded as succeeding",
                    label: "transfer from an organisation the ICB does not succeed"),
        RuleFixture("NAT-ACC-3", passing: world,
                    failing: world.with { $0.update(\.delegations, delegation) { $0.agreedBy?.date = "2022-05-01" } },
                    subject: delegation.rawValue, asOf: "2022-05-02", severity: .error, place: place,
                    mentions: "before the decision", label: "starts before the decision that agreed it"),
        RuleFixture("NAT-ACC-3", passing: world,
                    failing: world.with { data in
                        data.meetings.append(Meeting(id: "tb-meeting-2022-04-20", body: TestWorld.committee, date: "2022-04-20",
                                                     items: [AgendaItem(id: "1", title: "Prescribing", decision: Decision(
                                                         id: "tb-d-early", summary: "Agree prescribing budget",
                                                         exercises: delegation))]))
                        data.update(\.delegations, delegation) {
                            $0.agreedBy?.date = "2022-04-15"
                            $0.period = Period(from: "2022-05-01")
                        }
                    },
                    subject: "tb-d-early", asOf: "2022-05-02", severity: .error, place: place,
                    mentions: "before the delegation took effect", label: "a decision under the function before it took effect"),
        // NAT-GOV-6: "agreeing the approaches to managing disagreement … whether a lead member … is required".
        RuleFixture("NAT-GOV-6", passing: world,
                    failing: world.with { $0.update(\.bodies, TestWorld.committee) { $0.terms[0].disagreementProcedure = nil } },
                    subject: TestWorld.committee.rawValue, severity: .warning, place: place, mentions: "disagreement"),
        RuleFixture("NAT-GOV-6", passing: world,
                    failing: world.with { $0.update(\.bodies, TestWorld.committee) { $0.terms[0].seatsWithoutDecisionRights = nil } },
                    subject: TestWorld.committee.rawValue, severity: .warning, place: place,
                    mentions: "no decision-making rights", label: "decision rights per seat not stated (a default does not count)"),
        RuleFixture("NAT-GOV-6", passing: world, failing: world.with { $0.approvals = [] },
                    subject: TestWorld.committee.rawValue, severity: .warning, place: place,
                    mentions: "not recorded as agreed by NHS Test ICB", label: "version not agreed by the delegating body"),
        // "whether a lead member of a committee is required": stated, and the seat named is the committee's.
        RuleFixture("NAT-GOV-6", passing: world,
                    failing: world.with { $0.update(\.bodies, TestWorld.committee) { $0.terms[0].leadMemberRequired = nil } },
                    subject: TestWorld.committee.rawValue, severity: .warning, place: place,
                    mentions: "whether a lead member is required", label: "lead member not stated"),
        RuleFixture("NAT-GOV-6", passing: world.with { data in
                        data.update(\.bodies, TestWorld.committee) {
                            $0.terms[0].leadMemberRequired = true
                            $0.terms[0].leadMemberSeat = "tb-seat-vcse"
                        }
                    },
                    failing: world.with { data in
                        data.update(\.bodies, TestWorld.committee) {
                            $0.terms[0].leadMemberRequired = true
                            $0.terms[0].leadMemberSeat = TestWorld.icbBoardPlaceSeat
                        }
                    },
                    subject: TestWorld.committee.rawValue, severity: .warning, place: place,
                    mentions: "which is not a seat of", label: "lead member seat of another body"),
        // An approval recorded by the ICB's board alone is the ICB's agreement.
        RuleFixture("NAT-GOV-6", passing: world.with { $0.update(\.approvals, "tb-terms-approval") { $0.organisation = nil } },
                    failing: world.with { $0.update(\.approvals, "tb-terms-approval") { $0.organisation = nil; $0.approvedBy = nil } },
                    subject: TestWorld.committee.rawValue, severity: .warning, place: place,
                    mentions: "not recorded as agreed by NHS Test ICB", label: "approval recorded by the ICB board only"),
        // NAT-ENG-2: "provide clear and accessible public information … start engagement early … feed back".
        RuleFixture("NAT-ENG-2", passing: world, failing: world.with { $0.remove(\.publications, "tb-pub-progress") },
                    subject: place.rawValue, severity: .warning, place: place, mentions: "progress report"),
        RuleFixture("NAT-ENG-2", passing: world,
                    failing: world.with { $0.update(\.engagements, "tb-plan-listening") { $0.started = "2022-04-02" } },
                    subject: "tb-pub-plan", asOf: "2022-04-05", severity: .warning, place: place,
                    mentions: "started before it was agreed", label: "engagement started after the plan was agreed"),
        RuleFixture("NAT-ENG-2", passing: world,
                    failing: world.with { $0.update(\.publications, "tb-pub-plan-feedback") { $0.published = "2022-07-15" } },
                    subject: "tb-plan-listening", asOf: "2022-08-01", severity: .warning, place: place,
                    mentions: "three months after", label: "feedback published more than three months after"),
        // "plans": a plan published and agreed more than five years ago is not current.
        RuleFixture("NAT-ENG-2", passing: world,
                    failing: world.with { $0.update(\.publications, "tb-pub-plan") { $0.published = "2016-04-01"; $0.agreed = "2016-03-01" } },
                    subject: place.rawValue, severity: .warning, place: place, mentions: "a current plan",
                    label: "only an old plan"),
        RuleFixture("NAT-ENG-2", passing: world, failing: world.with { $0.remove(\.publications, "tb-pub-vision") },
                    subject: place.rawValue, severity: .warning, place: place, mentions: "its vision", label: "no vision"),
        // GOV-MEM-1: a vacancy is info inside its recruitment window, the requirement's severity after it.
        RuleFixture("GOV-MEM-1", passing: requiredVCSESeat,
                    failing: requiredVCSESeat.with { $0.remove(\.memberships, "tb-m-vcse") },
                    subject: "tb-seat-vcse", severity: .warning, place: place, mentions: "required by LEW-MEM-1"),
        RuleFixture("GOV-MEM-1", passing: requiredVCSESeat, failing: vacantVCSESeat(recruiting: "2022-03-01", to: "2022-06-30"),
                    subject: "tb-seat-vcse", severity: .info, place: place, mentions: "recruitment is open until",
                    label: "inside the window of an open recruitment"),
        // "info while a recruitment to the seat is open and its window has not passed": a window
        // that has passed, or a documents' deadline with no recruitment, takes the requirement's severity.
        RuleFixture("GOV-MEM-1", passing: requiredVCSESeat, failing: vacantVCSESeat(recruiting: "2022-01-01", to: "2022-03-31"),
                    subject: "tb-seat-vcse", severity: .warning, place: place, mentions: "required by LEW-MEM-1",
                    label: "the recruitment's window has passed"),
        RuleFixture("GOV-MEM-1", passing: requiredVCSESeat,
                    failing: requiredVCSESeat.with { data in
                        data.remove(\.memberships, "tb-m-vcse")
                        data.update(\.seats, "tb-seat-vcse") { $0.recruitingUntil = "2022-06-30" }
                    },
                    subject: "tb-seat-vcse", severity: .warning, place: place, mentions: "required by LEW-MEM-1",
                    label: "a deadline on the seat but no recruitment recorded"),
    ]

    /// The delegation made by the council instead, agreed by the council's Mayor and Cabinet (no
    /// terms of reference recorded), recorded as governing `governs`.
    static func agreedByCouncilExecutive(governs: ID<Organisation>?) -> Dataset {
        world.with { data in
            data.bodies.append(Body(id: "tb-mayor-and-cabinet", name: "Testborough Mayor and Cabinet", kind: .executive,
                                    place: place, ics: TestWorld.ics, governs: governs,
                                    lifecycle: [LifecycleEvent(.established, "2002-05-01")]))
            data.update(\.delegations, delegation) {
                $0.delegator = TestWorld.council
                $0.agreedBy?.body = "tb-mayor-and-cabinet"
            }
        }
    }

    /// The delegation as the council's existing Section 75 agreement, carried over to the ICB's committee by a
    /// transfer from `from` (see ``inherited(from:)``).
    static func section75Inherited(from: ID<Organisation>) -> Dataset {
        inherited(from: from).with { data in
            data.update(\.delegations, delegation) {
                $0.delegator = TestWorld.council
                $0.instrument = .section75
            }
        }
    }

    /// The test world with its ICB succeeding a CCG, and the delegation recorded as a transfer from `from`.
    static func inherited(from: ID<Organisation>) -> Dataset {
        world.with { data in
            data.organisations.append(Organisation(id: "tb-ccg", name: "NHS Testborough CCG", sectors: [.icb],
                                                   statutory: true, period: Period(to: "2022-06-30")))
            data.update(\.organisations, TestWorld.icb) { $0.succeeds = Succession(predecessor: "tb-ccg", date: "2022-07-01") }
            data.update(\.delegations, delegation) {
                $0.agreedBy = DelegationDecision(date: "2022-07-01", transferredFrom: from,
                                                 transferReference: "Transfer scheme, 1 July 2022")
            }
        }
    }

    /// The required VCSE seat vacant, with a recruitment to it opened on `opened` and due to end on `target`.
    static func vacantVCSESeat(recruiting opened: Day, to target: Day) -> Dataset {
        requiredVCSESeat.with { data in
            data.remove(\.memberships, "tb-m-vcse")
            data.recruitments = [Recruitment(id: "tb-recruit-vcse", place: place, title: "VCSE member",
                                             seat: "tb-seat-vcse", opened: opened, target: target)]
        }
    }

    /// The test world with its VCSE seat recorded as required (the requirement ID is the seat's own record).
    static var requiredVCSESeat: Dataset {
        world.with { $0.update(\.seats, "tb-seat-vcse") { $0.requiredBy = "LEW-MEM-1" } }
    }
}
