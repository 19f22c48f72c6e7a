import PlaceworksDomain
import PlaceworksTestSupport
import Southwark
import Testing

@Suite("Southwark rules")
struct SouthwarkRuleTests {
    /// Each rule's severity from the modal verb of the words it enforces (REVIEWING-RULES.md §2):
    /// "must"/"will" error; "should"/"expected"/"proposed", or a slipped date, warning.
    static let fromTheWords: [RuleID: Severity] = [
        "SWK-GOV-1": .error,    // B: "is a committee of the ICS NHS Body"; B.III "we will run the PSSB in shadow form"
        "SWK-GOV-2": .error,    // B.I: "The PSSB will therefore have oversight of …"
        "SWK-GOV-3": .error,    // B.IV: "Appointment will be via a recruitment panel" ("should be via … expressions of interest": warning)
        "SWK-GOV-4": .error,    // 2.A.II: "All partners will be fully involved … incl. a stakeholder panel" (2.A.I "should": warning)
        "SWK-GOV-5": .warning,  // Recommendation 6: "We should have a lived experience assembly or similar"
        "SWK-GOV-6": .warning,  // a design principle: "Transparency to Southwark residents …"
        "SWK-GOV-7": .error,    // Potential options: the options and their gateways, as the slide sets them out
        "SWK-WS-1": .warning,   // §7 "our proposed governance arrangements": "Each cell has a nominated SRO"
        "SWK-WS-2": .warning,   // §7 "our proposed governance arrangements": the Leadership Forum meets "Bi-monthly"
        "SWK-WS-3": .warning,   // §10: a slipped date
        "SWK-OUT-1": .warning,  // §1: "we have … sought to re-frame our partnership priorities through a refreshed quadruple aim"
        "SWK-FIN-1": .error,    // the paper's figures are facts
        "SWK-RISK-1": .error,   // §6, §7: the risks the plan names
        "SWK-TRN-1": .warning,  // "will be submitted … by the end of October": slipped dates
        "SWK-GOV-8": .error,    // 2.A.II "will be fully involved … role description/person spec" (2.A.I "should be via": warning)
        "SWK-MOU-1": .warning,  // stated as fact: "a Memorandum of Understanding signed by our constituent partner organisations"
        "SWK-FIN-2": .warning,  // §6: "with the intention for this to transfer during 20/21"
        "SWK-FIN-3": .warning,  // §6: "Commitment to ensuring that the recovery commitments we make are cost neutral overall e.g. …"
        "SWK-OUT-2": .warning,  // a design principle: "Outcomes driven with a focus on closing the gap on inequalities"
        "SWK-WS-4": .warning,   // §7: the Leadership Forum "to share learning and progress updates from each workstream"
        "SWK-ENG-1": .error,    // §7: "Service users and frontline staff will be engaged"
        "ALL-MEM-1": .warning,  // Rec 4: "The Council should lead without dominating"
        "ALL-MEM-2": .warning,  // Rec 5 proposal: "for every member of the Board to nominate a deputy … empowered to act"
        "ALL-MTG-1": .warning,  // Rec 5: "should consider meeting quarterly"; proposal "To move to quarterly meetings of the Board"
        "ALL-WS-1": .warning,   // Rec 5 proposal: "for all new workstreams … to be sponsored explicitly by a member of the Board"
        "ALL-STR-1": .warning,  // Rec 3 proposal: "To simplify … into the Board plus the following six Thematic Partnerships or Groups"
        "ALL-STR-2": .warning,  // Rec 7 proposal: "To establish an executive sub-committee, chaired by the Leader of the Council"
        "ALL-PMO-1": .warning,  // Rec 8 proposal: "To introduce programme management disciplines"
    ]

    /// Every fixture, with its severity pinned from the words and its place Southwark.
    static let fixtures = (SouthwarkRuleFixtures.all + AllianceRuleFixtures.all).map { fixture in
        RuleFixture(fixture.rule, passing: fixture.passing, failing: fixture.failing, subject: fixture.subject,
                    asOf: fixture.asOf, severity: fixture.severity ?? fromTheWords[fixture.rule],
                    place: fixture.place ?? SouthwarkData.place, mentions: fixture.mentions,
                    label: fixture.label ?? fixture.subject)
    }

    static let harness: RuleHarness = {
        do { return try RuleHarness(SouthwarkWorld.extensions) } catch { fatalError("The extensions do not register: \(error)") }
    }()

    @Test("Each rule finds nothing on its passing data, reports the subject at the words' severity in Southwark on its failing data, and nothing the day before it took effect",
          arguments: fixtures)
    func fixture(_ fixture: RuleFixture) {
        Self.harness.expectAll(fixture)
        let failing = Self.harness.findings(of: fixture.rule, in: fixture.failing, asOf: fixture.asOf)
        #expect(failing.allSatisfy { !$0.citations.isEmpty })
    }

    @Test("Every rule the Southwark extension registers has a fixture")
    func everyRuleHasAFixture() {
        Self.harness.expectEveryRuleCovered(by: Self.fixtures, owner: "Southwark")
    }

    @Test("The extension registers exactly the SWK and ALL rules of the catalogue, with the severities of their words")
    func registeredRules() throws {
        let registry = try Registry(SouthwarkWorld.extensions)
        let southwark = registry.rules.filter { $0.owner == "Southwark" }
        let severities = Dictionary(uniqueKeysWithValues: southwark.map { ($0.rule.id, $0.rule.severity) })
        #expect(severities == Self.fromTheWords)
        #expect(southwark.allSatisfy { $0.coverage == .place(SouthwarkData.place) })
        #expect(southwark.allSatisfy { rule in
            rule.rule.citations.allSatisfy { [.southwarkLCP, .recoveryPlan, .allianceReview].contains($0.document) }
        })
    }

    @Test("Every rule takes effect on the day its paper sets",
          arguments: [
              ("SWK-GOV-1", "2021-11-01"), ("SWK-GOV-2", "2022-04-01"), ("SWK-GOV-3", "2021-11-01"),
              ("SWK-GOV-4", "2021-09-02"), ("SWK-GOV-5", "2021-11-01"), ("SWK-GOV-6", "2021-11-01"),
              ("SWK-GOV-7", "2021-09-02"), ("SWK-WS-1", "2020-08-01"), ("SWK-WS-2", "2020-08-01"),
              ("SWK-WS-3", "2020-07-17"), ("SWK-OUT-1", "2020-08-01"), ("SWK-FIN-1", "2021-09-02"),
              ("SWK-RISK-1", "2020-07-17"), ("SWK-TRN-1", "2021-09-02"), ("SWK-GOV-8", "2021-09-02"),
              ("SWK-MOU-1", "2021-09-02"), ("SWK-FIN-2", "2020-08-01"), ("SWK-FIN-3", "2020-08-01"),
              ("SWK-OUT-2", "2022-04-01"), ("SWK-WS-4", "2020-08-01"), ("SWK-ENG-1", "2020-10-01"), ("ALL-MEM-1", "2009-12-01"), ("ALL-MEM-2", "2009-12-01"),
              ("ALL-MTG-1", "2009-12-01"), ("ALL-WS-1", "2009-12-01"), ("ALL-STR-1", "2009-12-01"),
              ("ALL-STR-2", "2009-12-01"), ("ALL-PMO-1", "2009-12-01"),
          ] as [(String, String)])
    func effectiveDates(_ rule: String, _ from: String) throws {
        let registered = try #require(Self.harness.registry.rule(RuleID(rawValue: rule)))
        #expect(registered.rule.effective.start == Day(iso: from))
        if rule.hasPrefix("ALL-") { #expect(registered.rule.effective.end == Day(iso: "2019-04-30")) }
        if ["SWK-WS-1", "SWK-WS-2", "SWK-OUT-1"].contains(rule) {
            #expect(registered.rule.effective.end == Day(iso: "2022-03-31"))
        }
    }

    @Test("The 2020 recovery plan's governance is not judged once the PSSB takes over on 1 April 2022")
    func recoveryPlanGovernanceEnds() {
        for rule: RuleID in ["SWK-WS-1", "SWK-WS-2", "SWK-OUT-1"] {
            #expect(!Self.harness.findings(of: rule, in: SouthwarkWorld.shipped, asOf: "2022-03-31").isEmpty, "\(rule)")
            #expect(Self.harness.findings(of: rule, in: SouthwarkWorld.shipped, asOf: "2022-04-01").isEmpty, "\(rule)")
        }
    }

    @Test("Leadership cells are due by the end of August 2020 (§10 \"Aug\"), not on its first day")
    func leadershipCellsDueByAugustsEnd() {
        let data = SouthwarkWorld.completed.with {
            $0.update(\.workstreams, "swk-ws-start-well") { $0.leadershipCell = nil }
        }
        for day: Day in ["2020-08-15", "2020-08-31"] {
            let cells = Self.harness.findings(of: "SWK-WS-1", in: data, asOf: day).filter { $0.message.contains("leadership cell") }
            #expect(cells.isEmpty, "reported on \(day)")
        }
        let late = Self.harness.findings(of: "SWK-WS-1", in: data, asOf: "2020-09-01")
        #expect(late.contains { $0.message.contains("Start Well workstream has no operating leadership cell")
            && $0.subject.id == "E09000028" && $0.severity == .warning && $0.place == SouthwarkData.place })
    }

    @Test("A workstream whose cell lapsed keeps GOV-WS-1's finding that its SRO sits on no overseeing body")
    func cellFindingKeepsGOVWS1() {
        let data = SouthwarkWorld.completed.with {
            $0.update(\.bodies, "swk-cell-care-well") { $0.lifecycle.append(LifecycleEvent(.dissolved, "2021-03-01")) }
        }
        let before = Self.harness.registry.check(SouthwarkWorld.completed, asOf: SouthwarkRuleFixtures.planEra)
            .findings.filter { $0.rule == "GOV-WS-1" && $0.subject.id == "swk-ws-care-well" }
        let after = Self.harness.registry.check(data, asOf: SouthwarkRuleFixtures.planEra).findings
        #expect(!before.isEmpty)
        #expect(after.filter { $0.rule == "GOV-WS-1" && $0.subject.id == "swk-ws-care-well" }.count == before.count)
        #expect(after.contains { $0.rule == "SWK-WS-1" && $0.subject.id == "swk-cell-care-well" })
    }

    @Test("A new Alliance workstream with no sponsor is reported once, by ALL-WS-1; one that predates the proposals keeps GOV-WS-1's finding")
    func allianceWorkstreamReportedOnce() {
        let new = AllianceRuleFixtures.staffed.with { $0.workstreams.append(AllianceRuleFixtures.unsponsored(from: SouthwarkAlliance.from)) }
        let old = AllianceRuleFixtures.staffed.with { $0.workstreams.append(AllianceRuleFixtures.unsponsored(from: "2008-04-01")) }
        func about(_ data: Dataset) -> [Finding] {
            Self.harness.registry.check(data, asOf: SouthwarkWorld.allianceEra).findings
                .filter { $0.subject.id == "swk-test-alliance-ws-unsponsored" }
        }
        #expect(about(new).map(\.rule) == ["ALL-WS-1"], "\(about(new).map(\.message))")
        #expect(about(old).map(\.rule) == ["GOV-WS-1"], "\(about(old).map(\.message))")
    }

    @Test("In shadow form the PSSB runs under the CCG's constitution; from 1 April 2022 it is a committee of the ICB")
    func shadowUnderTheCCG() {
        let data = SouthwarkWorld.shipped.with {
            $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                board.terms[0].convenedBy = ["72Q"]
                board.terms[0].reportsTo = [ReportingLine(to: SouthwarkData.healthAndWellbeingBoard, .subCommitteeOf),
                                            ReportingLine(to: SouthwarkData.boroughBasedBoard, .reportsTo)]
                board.terms[1] = board.terms[0]
                board.terms[1].adopted = SouthwarkData.strategicBoardEstablished
            }
        }
        let shadow = Self.harness.findings(of: "SWK-GOV-1", in: data, asOf: "2022-01-15")
        #expect(shadow.isEmpty, "\(shadow.map(\.message))")
        let established = Self.harness.findings(of: "SWK-GOV-1", in: data, asOf: SouthwarkWorld.pssbEra)
        #expect(established.contains { $0.subject.id == "swk-pssb" && $0.severity == .error
            && $0.message.contains("not recorded as a committee of the") })
    }

    /// LCP paper B.III: "From November 2021, we will run the PSSB in shadow form operating in tandem
    /// with the borough based board" — only the Borough Based Board runs beside it; recovery plan §7
    /// shows the 2020 Strategic Board and gives it no end, so the day it stopped is assumed.
    @Test("SWK-GOV-1 passes on the shipped data only because the 2020 Strategic Board is assumed to stop when the PSSB stands up in shadow, and says so")
    func passOnTheAssumedEnd() {
        let registry = Self.harness.registry
        for day: Day in ["2021-12-01", SouthwarkWorld.pssbEra] {
            let notes = registry.check(SouthwarkWorld.shipped, asOf: day).findings.filter { $0.rule == "SWK-GOV-1" }
            #expect(notes.count == 1, "\(day): \(notes.map(\.message))")
            #expect(notes.allSatisfy { $0.severity == .info && $0.restsOnAssumptions && $0.subject.id == "swk-pssb"
                && $0.place == SouthwarkData.place })
            #expect(notes.first?.assumptions?.contains { $0.contains("Ends on 1 November 2021") } == true)
        }
        // The assumption is what the pass turns on: a 2020 board still running is a finding…
        let running = SouthwarkWorld.shipped.with {
            $0.update(\.bodies, SouthwarkData.strategicBoard2020) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
        }
        #expect(Self.harness.findings(of: "SWK-GOV-1", in: running, asOf: "2021-12-01").contains {
            $0.subject.id == SouthwarkData.strategicBoard2020.rawValue && $0.severity == .warning
        })
        // … and once the partnership records the day it stopped, the pass is theirs: no note.
        let recorded = SouthwarkWorld.shipped.with {
            $0.update(\.bodies, SouthwarkData.strategicBoard2020) { board in
                board.lifecycle = board.lifecycle.filter { $0.stage != .dissolved } + [LifecycleEvent(.dissolved, "2021-10-28")]
            }
        }
        #expect(registry.check(recorded, asOf: "2021-12-01").findings.filter { $0.rule == "SWK-GOV-1" }.isEmpty)
    }

    /// B.III says only "From November 2021, we will run the PSSB in shadow form operating in tandem with the
    /// borough based board given the current SEL CCG constitution"; no paper says the 2020 Strategic Board
    /// ends, nor that the PSSB replaces it — that is the shipped record's `replaces`, an assumption. A
    /// finding that the 2020 board still runs turns on it, and says so in the paper's words.
    @Test("SWK-GOV-1's finding that the 2020 Strategic Board still runs quotes B.III and says it turns on the PSSB being taken to replace it")
    func replacementAssumed() throws {
        let running = SouthwarkWorld.shipped.with {
            $0.update(\.bodies, SouthwarkData.strategicBoard2020) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
        }
        let found = Self.harness.findings(of: "SWK-GOV-1", in: running, asOf: "2021-12-01")
            .filter { $0.subject.id == SouthwarkData.strategicBoard2020.rawValue }
        let message = try #require(found.first?.message)
        #expect(found.count == 1)
        #expect(message.contains("operating in tandem with the borough based board"), "\(message)")
        #expect(!message.contains("only the Borough Based Board was to run in tandem"), "\(message)")
        #expect(message.contains("This finding turns on what the platform assumed where the papers are silent"), "\(message)")
        #expect(message.contains("Replaces the recovery plan's 2020 Strategic Board"), "\(message)")
        #expect(!message.contains("Proposed from 2 September 2021"), "\(message)")
        // The Borough Based Board's running past 1 April 2022 is the paper's own words: nothing assumed.
        let bbb = SouthwarkWorld.shipped.with {
            $0.update(\.bodies, SouthwarkData.boroughBasedBoard) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
        }
        let late = Self.harness.findings(of: "SWK-GOV-1", in: bbb, asOf: SouthwarkWorld.pssbEra)
            .filter { $0.subject.id == SouthwarkData.boroughBasedBoard.rawValue }
        #expect(late.count == 1 && late.allSatisfy { $0.severity == .error && !$0.message.contains("assumed") })
        #expect(late.first?.message.contains("until full transition takes effect in April 2022") == true,
                "\(late.map(\.message))")
    }

    /// Context: "It is envisaged that the Partnership Southwark Strategic Board (PSSB) will be stood up in shadow
    /// form from November 2021, and we will need to consider the interface with the Borough Based Board until full
    /// transition takes effect in April 2022." Nothing asks the Borough Based Board to outlive April 2022.
    @Test("A PSSB still in shadow on 1 April 2022 is one warning; the Borough Based Board ending as planned is no finding")
    func stillInShadowOnTheFirstOfApril() {
        let found = Self.harness.findings(of: "SWK-GOV-1", in: SouthwarkRuleFixtures.stillInShadow,
                                          asOf: SouthwarkData.strategicBoardEstablished)
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(found.allSatisfy { $0.subject.id == "swk-pssb" && $0.severity == .warning && $0.place == SouthwarkData.place
            && $0.message.contains("is still in shadow form on 1 April 2022") })
        // The day before, the two still run in tandem: nothing.
        #expect(Self.harness.findings(of: "SWK-GOV-1", in: SouthwarkRuleFixtures.stillInShadow, asOf: "2022-03-31").isEmpty)
    }

    /// LCP paper B: the PSSB "is a committee of the ICS NHS Body and will therefore need to operate within the
    /// ICS NHS Body constitution … The PSSB will also be a sub-committee of the Health and Wellbeing Board as
    /// previously agreed." SEL-LCP-7 and NAT-GOV-2 see the same two problems in general words; SWK-GOV-1
    /// reports them once, in the paper's, and their other problems stay.
    @Test("The PSSB's missing Health and Wellbeing Board line and missing convenor are reported once, by SWK-GOV-1")
    func oneFindingForReportingAndConvenor() {
        /// What SWK-GOV-1, SEL-LCP-7 and NAT-GOV-2 report about the PSSB, as "rule (severity): message".
        func about(_ data: Dataset, asOf day: Day = SouthwarkWorld.pssbEra) -> Set<String> {
            Set(Self.harness.registry.check(data, asOf: day).findings
                .filter { $0.subject.id == "swk-pssb" && ["SWK-GOV-1", "SEL-LCP-7", "NAT-GOV-2"].contains($0.rule)
                    && !$0.restsOnAssumptions && $0.place == SouthwarkData.place }
                .map { "\($0.rule) (\($0.severity.rawValue)): \($0.message)" })
        }
        // What they report on the shipped PSSB (e.g. NAT-GOV-2 on seats for non-statutory providers) stays.
        let shipped = about(SouthwarkWorld.shipped), shippedInShadow = about(SouthwarkWorld.shipped, asOf: "2022-01-15")

        let noLine = SouthwarkWorld.shipped.with {
            $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                for index in board.terms.indices { board.terms[index].reportsTo.removeAll { $0.relation == .subCommitteeOf } }
            }
        }
        let line = about(noLine)
        #expect(line.isSuperset(of: shipped))
        #expect(line.subtracting(shipped) == [
            "SWK-GOV-1 (error): The Partnership Southwark Strategic Board is not recorded as a sub-committee of the Southwark Health and Wellbeing Board, as partners previously agreed.",
        ], "\(line.subtracting(shipped))")

        let noConvenor = SouthwarkWorld.shipped.with {
            $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                for index in board.terms.indices { board.terms[index].convenedBy = [] }
            }
        }
        let convenor = about(noConvenor)
        #expect(convenor.isSuperset(of: shipped))
        #expect(convenor.subtracting(shipped) == [
            "SWK-GOV-1 (error): The Partnership Southwark Strategic Board's terms of reference do not name the ICB as the body that convenes it; as a committee of the ICB, the ICB sets its terms and scope.",
        ], "\(convenor.subtracting(shipped))")
        // In shadow form SWK-GOV-1 does not ask who convenes it (the ICB does not exist yet), so NAT-GOV-2 still says so.
        let inShadow = about(noConvenor, asOf: "2022-01-15").subtracting(shippedInShadow)
        #expect(inShadow.count == 1 && inShadow.allSatisfy { $0.hasPrefix("NAT-GOV-2 (warning): ") && $0.contains("name no statutory body") },
                "\(inShadow)")

        // Another problem of the same rules is not lost: a non-statutory convenor beside the ICB is NAT-GOV-2's,
        // even while SWK-GOV-1 reports the missing line.
        let alsoCharity = noLine.with {
            $0.organisations.append(Organisation(id: "swk-test-charity", name: "A Southwark charity",
                                                 sectors: [.vcse], statutory: false, place: SouthwarkData.place))
            $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                for index in board.terms.indices { board.terms[index].convenedBy.append("swk-test-charity") }
            }
        }
        let both = about(alsoCharity).subtracting(shipped)
        #expect(both.count == 2, "\(both)")
        #expect(both.contains { $0.hasPrefix("SWK-GOV-1 (error): ") && $0.contains("sub-committee of the Southwark Health and Wellbeing Board") })
        #expect(both.contains { $0.hasPrefix("NAT-GOV-2 (warning): ") && $0.contains("A Southwark charity") })
    }

    @Test("No PSSB, or a PSSB of a form SEL discounts, is reported once: by SWK-GOV-1, not again by SEL-LCP-3")
    func oneFindingForTheCommittee() {
        let missing = SouthwarkRuleFixtures.withoutStrategicBoard
        #expect(Self.harness.findings(of: "SWK-GOV-1", in: missing, asOf: SouthwarkWorld.pssbEra).map(\.subject.id)
            == ["E09000028"])
        // (SEL-LCP-3 still reports the other SEL boroughs, which record no committee.)
        let sel = Self.harness.findings(of: "SEL-LCP-3", in: missing, asOf: SouthwarkWorld.pssbEra)
            .filter { $0.place == SouthwarkData.place }
        #expect(sel.isEmpty, "\(sel.map(\.message))")
        let forum = SouthwarkWorld.shipped.with {
            $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                for index in board.terms.indices { board.terms[index].form = .consultativeForum }
            }
        }
        #expect(Self.harness.findings(of: "SEL-LCP-3", in: forum, asOf: SouthwarkWorld.pssbEra)
            .filter { $0.place == SouthwarkData.place }.isEmpty)
        #expect(Self.harness.findings(of: "SWK-GOV-1", in: forum, asOf: SouthwarkWorld.pssbEra).contains {
            $0.subject.id == "swk-pssb" && $0.severity == .error && $0.message.contains("consultative forum")
        })
    }

    @Test("A milestone the plan dates by month (\"Aug\") is due at the month's end, not on its first day")
    func monthPrecision() throws {
        let data = SouthwarkWorld.completed.with {
            $0.update(\.milestones, "swk-ms-plan-sign-off") { $0.status = .inProgress; $0.completed = nil }
        }
        for day: Day in ["2020-08-02", "2020-08-31"] {
            #expect(Self.harness.findings(of: "SWK-WS-3", in: data, asOf: day).isEmpty, "reported on \(day)")
        }
        let late = Self.harness.findings(of: "SWK-WS-3", in: data, asOf: "2020-09-01")
        #expect(late.map(\.subject.id) == ["swk-ms-plan-sign-off"])
        #expect(late.allSatisfy { $0.severity == .warning && $0.place == SouthwarkData.place })
        #expect(late.first?.message.contains("was due by 31 August 2020 (the plan dates it August 2020)") == true)
    }

    @Test("The PSSB may stand up in shadow any day of November 2021; not by its end is a slipped date")
    func shadowByNovember() {
        let missing = SouthwarkRuleFixtures.withoutStrategicBoard
        #expect(Self.harness.findings(of: "SWK-GOV-1", in: missing, asOf: "2021-11-30").isEmpty)
        let late = Self.harness.findings(of: "SWK-GOV-1", in: missing, asOf: "2021-12-01")
        #expect(late.map(\.subject.id) == ["E09000028"])
        #expect(late.allSatisfy { $0.severity == .warning && $0.place == SouthwarkData.place })
    }

    @Test("SWK-RISK-1 replaces only GOV-RISK-1's duplicate problems on a risk; a passed review date is still reported")
    func riskRefinement() {
        let data = SouthwarkWorld.completed.with {
            $0.update(\.risks, "swk-risk-relationships") { risk in
                risk.owner = nil
                risk.reviewBy = "2022-01-31"
            }
        }
        let report = Self.harness.registry.check(data, asOf: SouthwarkWorld.pssbEra)
        let about = report.findings.filter { $0.subject.id == "swk-risk-relationships" }
        #expect(about.filter { $0.rule == "SWK-RISK-1" }.count == 1)
        #expect(!about.contains { $0.rule == "GOV-RISK-1" && $0.message.contains("owner") },
                "\(about.map(\.message))")
        #expect(about.contains { $0.rule == "GOV-RISK-1" && $0.message.contains("which has passed") }, "\(about.map(\.message))")
    }

    @Test("Alliance rules find nothing before the Alliance existed or after it ended",
          arguments: ["2009-11-30", "2019-05-01", "2022-06-01"] as [Day])
    func allianceOutsideItsLifetime(_ day: Day) throws {
        for fixture in AllianceRuleFixtures.all {
            let findings = try Fixtures.findings(of: fixture.rule, in: fixture.failing, asOf: day,
                                                 extensions: SouthwarkWorld.extensions)
            #expect(findings.isEmpty, "\(fixture.rule) as of \(day): \(findings.map(\.message))")
        }
    }

    @Test("Recovery-plan and PSSB rules find nothing before their arrangements existed")
    func southwarkRulesBeforeTheirTime() throws {
        let registry = try Registry(SouthwarkWorld.extensions)
        let report = registry.check(SouthwarkWorld.shipped, asOf: "2015-06-01", place: SouthwarkData.place)
        let southwark = report.findings.filter { $0.rule.rawValue.hasPrefix("SWK-") }
        #expect(southwark.isEmpty, "\(southwark.map(\.message))")
    }

    @Test("Findings name what is wrong in words a board secretary reads")
    func messages() throws {
        let findings = try Fixtures.findings(of: "SWK-FIN-1", in: SouthwarkRuleFixtures.resources[0].failing,
                                             asOf: SouthwarkWorld.pssbEra, extensions: SouthwarkWorld.extensions)
        #expect(Set(findings.map(\.message)) == [
            "The Southwark 2020/21 delegated budget records £30,418,000 for Prescribing; the paper gives £30,417,000. Correct the line.",
            "The Southwark 2020/21 delegated budget lines sum to £132,936,000, not its stated total of £132,935,000 (a difference of £1,000); correct the lines or the total.",
        ])
    }
}
