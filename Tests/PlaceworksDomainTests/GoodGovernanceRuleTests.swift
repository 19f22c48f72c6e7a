import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Good governance rules (GOV)")
struct GoodGovernanceRuleTests {
    let extensions: [any PlaceworksExtension] = [NationalGuidance()]

    @Test("The compliant test world has no GOV finding")
    func testWorldPasses() throws {
        let registry = try Registry(extensions)
        let findings = registry.check(TestWorld.dataset, asOf: Fixtures.asOf).findings
            .filter { $0.rule.rawValue.hasPrefix("GOV-") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("Each fixture: the passing data has no finding, the failing data one about the subject at the pinned severity",
          arguments: GoodGovernanceFixtures.all)
    func fixture(_ fixture: RuleFixture) throws {
        #expect(fixture.passing.problems().isEmpty, "passing data is inconsistent: \(fixture.passing.problems())")
        #expect(fixture.failing.problems().isEmpty, "failing data is inconsistent: \(fixture.failing.problems())")
        // ID, pinned severity, subject and place; kept by --place; silent the day before the rule took effect.
        let harness = try RuleHarness(extensions)
        harness.expectAll(RuleFixture(fixture.rule, passing: fixture.passing, failing: fixture.failing,
                                      subject: fixture.subject, asOf: fixture.asOf, severity: fixture.severity,
                                      place: TestWorld.place, mentions: fixture.mentions, label: fixture.label))
    }

    @Test("Every GOV rule has fixtures, and every GOV rule is registered by the national guidance")
    func everyRuleHasFixtures() throws {
        let registered = Set(try Registry(extensions).rules.map(\.rule.id).filter { $0.rawValue.hasPrefix("GOV-") })
        let ruleIDs = Set(NationalRules.goodGovernance.map(\.id))
        // GOV-FIN-1 and GOV-MEM-1 (REQUIREMENTS-ADDED.md) have their fixtures with the added national rules.
        let added = Set(NationalRules.added.map(\.id).filter { $0.rawValue.hasPrefix("GOV-") })
        #expect(added == ["GOV-FIN-1", "GOV-MEM-1"])
        #expect(registered == ruleIDs.union(added))
        #expect(ruleIDs == ["GOV-MTG-1", "GOV-COI-1", "GOV-RISK-1", "GOV-WS-1"])
        let covered = Set(GoodGovernanceFixtures.all.map(\.rule))
        #expect(ruleIDs.subtracting(covered).isEmpty, "no fixture for \(ruleIDs.subtracting(covered))")
    }

    @Test("GOV rules cite the sources the catalogue gives, at the guide's severities")
    func citationsAndSeverities() throws {
        let rules = Dictionary(uniqueKeysWithValues: NationalRules.goodGovernance.map { ($0.id, $0) })
        #expect(rules["GOV-MTG-1"]?.citations == [Citation(.allianceReview, "Rec 5"), Citation(.thrivingPlaces, "§4")])
        #expect(rules["GOV-COI-1"]?.citations.map(\.document) == [.thrivingPlaces])
        #expect(rules["GOV-RISK-1"]?.citations.map(\.document) == [.allianceReview, .recoveryPlan])
        #expect(rules["GOV-WS-1"]?.citations.map(\.document) == [.recoveryPlan, .allianceReview])
        #expect(rules["GOV-MTG-1"]?.severity == .error)
        #expect(rules["GOV-COI-1"]?.severity == .error)
        #expect(rules["GOV-RISK-1"]?.severity == .error)
        #expect(rules["GOV-WS-1"]?.severity == .warning)
    }

    // MARK: Meetings

    @Test("An inquorate meeting's finding says how many attended, how many were needed, and why deputies did not count")
    func quorumMessage() throws {
        let data = GoodGovernanceFixtures.attended(members: ["dass", "dph"], deputies: ["acute"], deputiesMayAct: false)
        let findings = try Fixtures.findings(of: "GOV-MTG-1", in: data, extensions: extensions)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.body == TestWorld.committee)
        #expect(finding.message.contains("Testborough Partnership Committee on 10 March 2022 was not quorate"))
        #expect(finding.message.contains("only 2 of its 12 voting members were present (6 needed)"))
        #expect(finding.message.contains("integrated care board"))
        #expect(finding.message.contains("Deputy acute (fictional) attended as a deputy but cannot count"))
    }

    @Test("Meetings more than twelve months before, or after, the day checked are not checked")
    func meetingWindow() throws {
        let inquorate = GoodGovernanceFixtures.attended(members: ["dass"], excluded: [])
        #expect(try Fixtures.findings(of: "GOV-MTG-1", in: inquorate, asOf: "2023-03-09", extensions: extensions)
            .count == 1)
        #expect(try Fixtures.findings(of: "GOV-MTG-1", in: inquorate, asOf: "2023-03-10", extensions: extensions)
            .isEmpty)
        #expect(try Fixtures.findings(of: "GOV-MTG-1", in: inquorate, asOf: "2022-03-09", extensions: extensions)
            .isEmpty)
    }

    @Test("Quorum follows the terms of reference in force on the day of the meeting")
    func quorumUsesTermsOfTheDay() throws {
        // Version 2, adopted after the meeting, would need all twelve; the meeting is judged by version 1.0.
        let data = GoodGovernanceFixtures.attended(members: GoodGovernanceFixtures.seats.filter { $0 != "vcse" })
            .with { data in
                data.update(\.bodies, TestWorld.committee) { body in
                    var strict = body.terms[0]
                    strict.version = "2.0"
                    strict.adopted = "2022-03-11"
                    strict.quorum = QuorumRule(minimum: 12)
                    body.terms.append(strict)
                }
            }
        #expect(try Fixtures.findings(of: "GOV-MTG-1", in: data, extensions: extensions).isEmpty)
        let later = data.with { data in data.update(\.meetings, GoodGovernanceFixtures.meeting) { $0.date = "2022-03-20" } }
        #expect(try Fixtures.findings(of: "GOV-MTG-1", in: later, extensions: extensions).count == 1)
    }

    @Test("Meetings of ICS-level bodies are checked too, and a body without a quorum rule is not")
    func icsBodies() throws {
        let data = TestWorld.dataset.with { data in
            data.seats.append(Seat(id: "qxx-seat-chair", body: TestWorld.icbBoard, title: "Chair", sectors: [.icb]))
            data.memberships.append(Membership(id: "qxx-m-chair", seat: "qxx-seat-chair", person: "tb-person-place-lead"))
            data.meetings.append(Meeting(id: "qxx-board-2022-03", body: TestWorld.icbBoard, date: "2022-03-15"))
        }
        #expect(try Fixtures.findings(of: "GOV-MTG-1", in: data, extensions: extensions).isEmpty)
        let withQuorum = data.with { data in
            data.update(\.bodies, TestWorld.icbBoard) { $0.terms[0].quorum = QuorumRule(minimum: 1) }
        }
        let findings = try Fixtures.findings(of: "GOV-MTG-1", in: withQuorum, extensions: extensions)
        #expect(findings.map(\.subject.id) == ["qxx-board-2022-03"])
        #expect(findings.first?.place == nil && findings.first?.body == TestWorld.icbBoard)
    }

    // MARK: Conflicts of interest

    @Test("A conflicted member not recorded as withdrawing is named, with the item and the interest")
    func conflictMessage() throws {
        let data = GoodGovernanceFixtures.attended(members: GoodGovernanceFixtures.seats, excluded: [])
        let findings = try Fixtures.findings(of: "GOV-COI-1", in: data, extensions: extensions)
        #expect(findings.count == 1)
        let message = try #require(findings.first?.message)
        #expect(message.contains("Member pcn (fictional) declared an interest in item 1 (“Prescribing budget”)"))
        #expect(message.contains("Partner in a practice affected"))
        #expect(findings.first?.subject.kind == .decision)
    }

    @Test("A decision is not re-checked for quorum when the meeting itself was inquorate (GOV-MTG-1 reports that)")
    func noDoubleReporting() throws {
        let data = GoodGovernanceFixtures.attended(members: ["place-lead", "pcn", "dass"])
        #expect(try Fixtures.findings(of: "GOV-MTG-1", in: data, extensions: extensions).count == 1)
        #expect(try Fixtures.findings(of: "GOV-COI-1", in: data, extensions: extensions).isEmpty)
    }

    // MARK: Risks

    @Test("One finding per risk lists everything that needs attention")
    func riskMessage() throws {
        let data = GoodGovernanceFixtures.risk { risk in
            risk.owner = nil
            risk.mitigation = nil
            risk.likelihood = 5
            risk.impact = 4
            risk.reviewBy = "2022-01-31"
        }
        // One finding per problem, each naming it, so a borough rule restating one replaces only that one.
        let findings = try Fixtures.findings(of: "GOV-RISK-1", in: data, extensions: extensions)
        #expect(findings.count == 4)
        #expect(findings.allSatisfy { $0.message.hasPrefix("The open risk “Workforce shortages”") })
        let byProblem = Dictionary(uniqueKeysWithValues: findings.map { ($0.problems?.first ?? "", $0) })
        #expect(byProblem["risk:owner"]?.message.contains("has no owner") == true)
        #expect(byProblem["risk:mitigation"]?.message.contains("has no mitigation") == true)
        #expect(byProblem["risk:review-passed"]?.message.contains("was due for review on 31 January 2022") == true)
        #expect(byProblem["risk:review-passed"]?.severity == .warning)
        #expect(byProblem["risk:escalation"]?.message.contains("scores 20 (15 or more) but has not been escalated") == true)
        #expect(byProblem["risk:escalation"]?.severity == .error)
    }

    @Test("A risk not yet opened on the day checked is not checked")
    func riskNotYetOpen() throws {
        let data = GoodGovernanceFixtures.risk { $0.owner = nil; $0.opened = "2022-04-02" }
        #expect(try Fixtures.findings(of: "GOV-RISK-1", in: data, extensions: extensions).isEmpty)
        #expect(try Fixtures.findings(of: "GOV-RISK-1", in: data, asOf: "2022-04-02", extensions: extensions).count == 1)
    }

    // MARK: Workstreams

    @Test("A workstream that has ended is not checked; an overdue milestone names its workstream")
    func workstreams() throws {
        let ended = GoodGovernanceFixtures.workstream { $0.sro = nil; $0.period = Period(to: "2022-03-31") }
        #expect(try Fixtures.findings(of: "GOV-WS-1", in: ended, extensions: extensions).isEmpty)
        let overdue = GoodGovernanceFixtures.milestone { $0.status = .atRisk; $0.completed = nil }
        let finding = try #require(try Fixtures.findings(of: "GOV-WS-1", in: overdue, extensions: extensions).first)
        #expect(finding.message.contains("“Family hubs open” of the Start Well workstream was due on 1 March 2022"))
        #expect(finding.message.contains("overdue by 31 days"))
        #expect(finding.body == TestWorld.committee)
    }

    @Test("A cancelled milestone is not overdue")
    func cancelledMilestone() throws {
        let data = GoodGovernanceFixtures.milestone { $0.status = .cancelled; $0.completed = nil }
        #expect(try Fixtures.findings(of: "GOV-WS-1", in: data, extensions: extensions).isEmpty)
    }

    @Test("An overdue milestone of a plan rather than a workstream is left to the plan's own rules")
    func planMilestone() throws {
        let data = GoodGovernanceFixtures.milestone { $0.status = .planned; $0.completed = nil; $0.workstream = nil }
        #expect(try Fixtures.findings(of: "GOV-WS-1", in: data, extensions: extensions).isEmpty)
    }
}
