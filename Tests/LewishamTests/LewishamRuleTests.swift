import Lewisham
import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon
import Testing

@Suite("LEW rules")
struct LewishamRuleTests {
    /// Each rule's severity from the modal verb of the paragraph it enforces (REVIEWING-RULES.md §2).
    static let fromTheWords: [RuleID: Severity] = [
        "LEW-GOV-1": .error,    // §6.1: the two boards "will be replaced by a single committee"
        "LEW-MEM-1": .warning,  // §6.3: "The Proposed Membership for Lewisham's LCP is"
        "LEW-GOV-2": .error,    // §6.4: the Chair's appointment "will follow that of Place Lead" ("proposed to be from within the membership": warning)
        "LEW-GOV-3": .warning,  // §6.7: "from 1st April it is expected to be a committee of the ICS NHS body"
        "LEW-LEAD-1": .warning, // §8.2: "an additional lead from children and young people's services should be added"
        "LEW-LEAD-2": .error,   // §7.1: "we have agreed to supplement with a 'chief operating officer' role"
        "LEW-ICP-1": .error,    // §3.5: "The Lewisham council representative will be the Cabinet Member …"
        "LEW-PLAN-1": .warning, // §9.1: a slipped date
        "LEW-PLAN-2": .error,   // §9.1: "subject to approvals" (a slipped date: warning; operating without one: error)
        "LEW-LEAD-3": .error,   // §7.1 "will be drawn from the partnership"; §7.2 "key elements will be" (a slipped date: warning)
        "LEW-MEM-2": .warning,  // §6.1: "should have a membership that includes … the authority to make decisions"
    ]

    /// Every fixture, its severity pinned from the words and its place Lewisham.
    static let fixtures = LewishamFixtures.all.map { fixture in
        RuleFixture(fixture.rule, passing: fixture.passing, failing: fixture.failing, subject: fixture.subject,
                    asOf: fixture.asOf, severity: fixture.severity ?? fromTheWords[fixture.rule],
                    place: fixture.place ?? LewishamData.place, mentions: fixture.mentions,
                    label: fixture.label ?? fixture.subject)
    }

    static let harness = try? RuleHarness(LewishamWorld.extensions)

    @Test("Each rule: nothing on its passing data; its subject at the words' severity in Lewisham on its failing data; nothing the day before it took effect",
          arguments: fixtures)
    func fixture(_ fixture: RuleFixture) throws {
        let harness = try #require(Self.harness)
        harness.expectAll(fixture)
    }

    @Test("The registered severities are those of the words")
    func severities() throws {
        let harness = try #require(Self.harness)
        let lewisham = harness.registry.rules.filter { $0.owner == LewishamExtension().name }
        #expect(Dictionary(uniqueKeysWithValues: lewisham.map { ($0.rule.id, $0.rule.severity) }) == Self.fromTheWords)
    }

    @Test("Every rule takes effect on the paper's date, or on 1 April 2022 where the paper sets it",
          arguments: [("LEW-GOV-1", "2022-04-01"), ("LEW-GOV-3", "2022-04-01"), ("LEW-MEM-1", "2021-09-01"),
                      ("LEW-GOV-2", "2021-09-01"), ("LEW-LEAD-1", "2021-09-01"), ("LEW-LEAD-2", "2021-09-01"),
                      ("LEW-ICP-1", "2022-04-01"), ("LEW-PLAN-1", "2021-09-01"), ("LEW-PLAN-2", "2021-09-01"),
                      ("LEW-LEAD-3", "2021-09-01"), ("LEW-MEM-2", "2022-04-01")] as [(String, String)])
    func effectiveDates(_ rule: String, _ from: String) throws {
        let harness = try #require(Self.harness)
        let registered = try #require(harness.registry.rule(RuleID(rawValue: rule)))
        #expect(registered.rule.effective.start == Day(iso: from))
    }

    @Test("Every fixture dataset is consistent", arguments: LewishamFixtures.all)
    func consistent(_ fixture: RuleFixture) {
        #expect(fixture.passing.problems().isEmpty, "\(fixture.passing.problems())")
        #expect(fixture.failing.problems().isEmpty, "\(fixture.failing.problems())")
    }

    @Test("Every rule the Lewisham extension registers has a fixture, and every fixture a rule")
    func everyRuleHasAFixture() throws {
        let registry = try Registry(LewishamWorld.extensions)
        let registered = Set(registry.rules.filter { $0.owner == LewishamExtension().name }.map(\.rule.id))
        let covered = Set(LewishamFixtures.all.map(\.rule))
        #expect(registered.count == 11)
        #expect(registered.subtracting(covered).isEmpty, "no fixture for \(registered.subtracting(covered).sorted())")
        #expect(covered.subtracting(registered).isEmpty, "fixtures for unregistered \(covered.subtracting(registered).sorted())")
    }

    @Test("The compliant Lewisham raises no LEW finding on 1 April 2022")
    func compliantWorld() throws {
        let registry = try Registry(LewishamWorld.extensions)
        let findings = registry.check(LewishamWorld.compliant, asOf: "2022-04-01").findings
            .filter { $0.rule.rawValue.hasPrefix("LEW-") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// §6.3, "The Proposed Membership for Lewisham's LCP", written out here from the paper.
    static let paperMembership: [PlaceworksDomain.SeatRequirement] = [
        .init(key: "place-lead", title: "Place lead", criteria: [.role(.executivePlaceLead)]),
        .init(key: "dass", title: "Executive Director for Community Services (DASS)", criteria: [.role(.dass)]),
        .init(key: "cyp", title: "Executive Director for CYP", criteria: [.role(.directorOfChildrensServices)]),
        .init(key: "dph", title: "Director of Public Health", criteria: [.role(.dph)]),
        .init(key: "healthwatch", title: "Healthwatch representative", criteria: [.sector(.healthwatch)]),
        .init(key: "vcse", title: "Voluntary, community and social enterprise (VCSE) representation", count: 2,
              criteria: [.sector(.vcse)]),
        .init(key: "slam", title: "South London & Maudsley NHS FT – Executive organisational representative",
              criteria: [.organisation("RV5")]),
        .init(key: "lgt", title: "Lewisham & Greenwich NHS Trust – Executive organisational representative",
              criteria: [.organisation("RJ2")]),
        .init(key: "primary-care", title: "Primary Care", count: 2, criteria: [.sector(.primaryCare)]),
        .init(key: "social-care-provider", title: "Social care provider representative",
              criteria: [.sector(.socialCareProvider)]),
    ]

    @Test("LEW-MEM-1 reports every seat of §6.3 when it is missing, from a list written from the paper")
    func everySeatRequired() throws {
        let harness = try #require(Self.harness)
        harness.expectEverySeatRequired(Self.paperMembership, rule: "LEW-MEM-1", body: LewishamData.lcpBoard,
                                        in: LewishamFixtures.world)
    }

    @Test("A missing Director of Public Health on the LCP Board is reported once, by LEW-MEM-1, as an error (§6.1)")
    func oneProblemOneFinding() throws {
        let harness = try #require(Self.harness)
        let data = LewishamFixtures.world.with {
            $0.remove(\.seats, "lew-lcp-seat-dph")
            $0.remove(\.memberships, "lew-test-m-lew-lcp-seat-dph")
        }
        let about = harness.registry.check(data, asOf: "2022-04-01").findings
            .filter { $0.subject.id == LewishamData.lcpBoard.rawValue && $0.message.contains("Director of Public Health") }
        #expect(about.map(\.rule) == ["LEW-MEM-1"], "\(about.map { "\($0.rule): \($0.message)" })")
        #expect(about.allSatisfy { $0.severity == .error && $0.place == LewishamData.place })
    }

    /// §9.1: the key actions "will be completed" "Ahead of the assumed legal establishment of the ICS NHS Body on
    /// 1 April 2022": on 31 March 2022 a missing approval is not yet late.
    @Test("LEW-PLAN-2 says nothing on 31 March 2022, the last day the approvals were due; from 1 April it reports them")
    func approvalsDueBy31March() throws {
        let harness = try #require(Self.harness)
        let data = LewishamFixtures.world.with { $0.approvals = [] }
        let on = { (day: Day) in harness.registry.check(data, asOf: day).findings.filter { $0.rule == "LEW-PLAN-2" } }
        #expect(on("2022-03-31").isEmpty)
        let late = on("2022-04-01")
        #expect(late.map(\.subject.id) == [LewishamData.lcpBoard.rawValue])
        #expect(late.allSatisfy { $0.severity == .error && $0.place == LewishamData.place })
    }

    /// §6.7: "from 1st April it is expected to be a committee of the ICS NHS body"; the SEL slide keeps "the
    /// prime relationship in governance terms for NHS funds" with the ICB. An LCP Board whose terms name no
    /// convenor is one problem: SEL-LCP-7 reports it in SEL's words, and NAT-GOV-2 (Table 2's general words
    /// for any committee of a statutory body) does not report it again.
    @Test("An LCP Board whose terms name no convenor is reported once, by SEL-LCP-7, not also by NAT-GOV-2")
    func convenorOnce() throws {
        let harness = try #require(Self.harness)
        let data = LewishamFixtures.world.with {
            $0.update(\.bodies, LewishamData.lcpBoard) { board in
                for index in board.terms.indices { board.terms[index].convenedBy = [] }
            }
        }
        let about = harness.registry.check(data, asOf: "2022-04-01").findings
            .filter { $0.subject.id == LewishamData.lcpBoard.rawValue && ["SEL-LCP-7", "NAT-GOV-2"].contains($0.rule) }
        let convenor = about.filter { $0.message.contains("convened by the ICB") || $0.message.contains("name no statutory body") }
        #expect(convenor.map(\.rule) == ["SEL-LCP-7"], "\(about.map { "\($0.rule): \($0.message)" })")
        #expect(convenor.allSatisfy { $0.severity == .warning && $0.place == LewishamData.place })
        // NAT-GOV-2's other problem on the same board stays: with no convenor, nothing records that a statutory
        // body considers the non-statutory members' part appropriate.
        #expect(about.contains { $0.rule == "NAT-GOV-2" && $0.message.contains("non-statutory providers") })
    }

    @Test("A Place Lead employed outside the partnership is reported once, by LEW-LEAD-3 in §7.1's words, not also by SEL-LCP-2")
    func leadEmployerOnce() throws {
        let harness = try #require(Self.harness)
        let data = LewishamFixtures.world.with {
            $0.organisations.append(Organisation(id: "lew-test-consultancy", name: "Test Interim Management Ltd",
                                                 sectors: [.business], statutory: false))
            $0.update(\.leadershipRoles, LewishamData.executivePlaceLead) { $0.employer = "lew-test-consultancy" }
        }
        let about = harness.registry.check(data, asOf: "2022-04-01").findings
            .filter { $0.subject.id == LewishamData.executivePlaceLead.rawValue && ["LEW-LEAD-3", "SEL-LCP-2"].contains($0.rule) }
        #expect(about.map(\.rule) == ["LEW-LEAD-3"], "\(about.map { "\($0.rule): \($0.message)" })")
        #expect(about.allSatisfy { $0.severity == .error && $0.place == LewishamData.place })
    }

    @Test("LEW-MEM-1 reports each missing seat of a two-seat line")
    func eachMissingSeat() throws {
        let data = LewishamFixtures.world.with {
            $0.remove(\.seats, "lew-lcp-seat-vcse-1", "lew-lcp-seat-vcse-2")
            $0.remove(\.memberships, "lew-test-m-lew-lcp-seat-vcse-1", "lew-test-m-lew-lcp-seat-vcse-2")
        }
        let findings = try Fixtures.findings(of: "LEW-MEM-1", in: data, extensions: LewishamWorld.extensions)
        #expect(findings.count == 2)
        #expect(findings.contains { $0.message.contains("(1 of 2)") })
        #expect(findings.contains { $0.message.contains("(2 of 2)") })
    }

    @Test("LEW-GOV-1 and LEW-GOV-3 apply only from 1 April 2022")
    func fromApril2022() throws {
        let data = LewishamFixtures.world.with {
            $0.update(\.bodies, LewishamData.boroughBasedBoard) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
            $0.remove(\.delegations, "lew-s75-better-care-fund")
        }
        for rule: RuleID in ["LEW-GOV-1", "LEW-GOV-3"] {
            let before = try Fixtures.findings(of: rule, in: data, asOf: "2022-03-31", extensions: LewishamWorld.extensions)
            let after = try Fixtures.findings(of: rule, in: data, asOf: "2022-04-01", extensions: LewishamWorld.extensions)
            #expect(before.isEmpty, "\(rule) before April: \(before.map(\.message))")
            #expect(!after.isEmpty, "\(rule) from April")
        }
    }

    @Test("A form the SEL ICS discounts is reported once, by SEL-LCP-3 at error, not again by LEW-GOV-3")
    func discountedFormReportedOnce() throws {
        for form: GovernanceForm? in [.consultativeForum, .leadProvider, nil] {
            let data = LewishamFixtures.world.with {
                $0.update(\.bodies, LewishamData.lcpBoard) { $0.terms[0].form = form }
            }
            let sel = try Fixtures.findings(of: "SEL-LCP-3", in: data, asOf: "2022-04-01", extensions: LewishamWorld.extensions)
                .filter { $0.place == LewishamData.place }
            let lew = try Fixtures.findings(of: "LEW-GOV-3", in: data, asOf: "2022-04-01", extensions: LewishamWorld.extensions)
            #expect(sel.map(\.subject.id) == [LewishamData.lcpBoard.rawValue], "\(String(describing: form))")
            #expect(sel.allSatisfy { $0.severity == .error })
            #expect(lew.isEmpty, "\(String(describing: form)): \(lew.map(\.message))")
        }
    }

    @Test("LEW-ICP-1 reports a council seat with no holder recorded once, saying only that no holder is recorded")
    func vacantICPSeat() throws {
        let data = LewishamFixtures.world.with { $0.remove(\.memberships, "lew-test-m-icp") }
        let findings = try Fixtures.findings(of: "LEW-ICP-1", in: data, extensions: LewishamWorld.extensions)
        #expect(findings.count == 1)
        #expect(findings.allSatisfy { $0.subject.id == SouthEastLondonData.icp.rawValue
            && $0.message.contains("No holder is recorded for") && !$0.message.contains("vacant") })
        #expect(findings.allSatisfy { $0.place == LewishamData.place })
    }

    /// §3.5 names Lewisham's representative on the ICP, which the Southwark LCP paper sets up "from
    /// April 2022" ("The Integrated Care Board (ICB) together with the Integrated Care Partnership (ICP)
    /// will form the overarching governance of the SEL Integrated Care System (ICS) from April 2022"):
    /// before then, or while the ICP is not operating, there is no seat to judge.
    @Test("LEW-ICP-1 judges nothing before the ICP exists: not on 31 March 2022, nor while the ICP is not operating")
    func notBeforeTheICP() throws {
        let vacant = LewishamFixtures.world.with { $0.remove(\.memberships, "lew-test-m-icp") }
        let extensions = LewishamWorld.extensions
        #expect(try Fixtures.findings(of: "LEW-ICP-1", in: vacant, asOf: "2022-03-31", extensions: extensions).isEmpty)
        #expect(try Fixtures.findings(of: "LEW-ICP-1", in: vacant, asOf: "2021-12-01", extensions: extensions).isEmpty)
        #expect(try !Fixtures.findings(of: "LEW-ICP-1", in: vacant, asOf: "2022-04-01", extensions: extensions).isEmpty)
        // An ICP recorded as established only in June 2022: SEL-ICP-1 reports that it is not operating;
        // LEW-ICP-1 has no seat on an operating ICP to judge.
        let late = vacant.with {
            $0.update(\.bodies, SouthEastLondonData.icp) {
                $0.lifecycle = [LifecycleEvent(.proposed, "2021-07-01"), LifecycleEvent(.established, "2022-06-01")]
            }
        }
        #expect(try Fixtures.findings(of: "LEW-ICP-1", in: late, asOf: "2022-05-01", extensions: extensions).isEmpty)
        #expect(try Fixtures.findings(of: "SEL-ICP-1", in: late, asOf: "2022-05-01", extensions: extensions)
            .contains { $0.message.contains("not operating") })
    }

    /// How the Lewisham council seat on the ICP goes wrong.
    enum ICPSeatCase: CaseIterable { case vacant, councillor, councillorInSeatWithNoRole }

    @Test("From 1 April 2022 a vacant or wrongly held Lewisham council seat on the ICP is reported once, by LEW-ICP-1 in §3.5's words, not also by SEL-ICP-1",
          arguments: ICPSeatCase.allCases)
    func icpSeatOnce(_ seatCase: ICPSeatCase) throws {
        let harness = try #require(Self.harness)
        // A councillor with no cabinet post: SEL-ICP-1 asks for the leader or a cabinet member.
        let councillor = Post(title: "Councillor", organisation: "lewisham-council")
        let data: Dataset
        switch seatCase {
        case .vacant: data = LewishamFixtures.world.with { $0.remove(\.memberships, "lew-test-m-icp") }
        case .councillor:
            data = LewishamFixtures.world.with { $0.update(\.people, LewishamWorld.icpMember) { $0.posts = [councillor] } }
        case .councillorInSeatWithNoRole: data = LewishamFixtures.councilSeatWithoutRole(heldBy: councillor)
        }
        let about = harness.registry.check(data, asOf: "2022-04-01").findings
            .filter { ["LEW-ICP-1", "SEL-ICP-1"].contains($0.rule) }
            .filter { ($0.problems ?? []).contains { $0.hasPrefix("seat:leader-\(LewishamData.place.rawValue)") } }
        #expect(about.map(\.rule) == ["LEW-ICP-1"], "\(about.map { "\($0.rule): \($0.message)" })")
        #expect(about.allSatisfy { $0.severity == .error })
    }

    /// Lewisham §3.4 lists "A lead Director of Adult Social Care (drawn from the six postholders in SEL)" apart
    /// from the "Elected Leaders (or their nominated cabinet members)": a lead DASS seat recording Lewisham, held
    /// by Lewisham's DASS, fills the lead line, and is not judged as Lewisham's elected leader's seat.
    @Test("A lead director's ICP seat that records Lewisham is the lead line's, not Lewisham's council seat")
    func leadDirectorSeatIsNotTheBoroughs() throws {
        let harness = try #require(Self.harness)
        func about(_ data: Dataset) -> Set<String> {
            Set(harness.registry.check(data, asOf: "2022-04-01").findings
                .filter { ["LEW-ICP-1", "SEL-ICP-1"].contains($0.rule) }.map { "\($0.rule): \($0.message)" })
        }
        let baseline = about(LewishamFixtures.world)
        let data = LewishamFixtures.world.with { data in
            data.seats.append(Seat(id: "lew-test-icp-lead-dass", body: LewishamWorld.icp, title: "Lead DASS",
                                   sectors: [.localAuthority], role: .dass, place: LewishamData.place))
            data.people.append(LewishamWorld.person("lew-test-dass", [Post(title: "Executive Director for Adult Social Care",
                                                                           organisation: "lewisham-council", role: .dass)]))
            data.memberships.append(Membership(id: "lew-test-m-icp-dass", seat: "lew-test-icp-lead-dass",
                                               person: "lew-test-dass", period: Period(from: "2022-04-01")))
        }
        let added = about(data).subtracting(baseline)
        #expect(!added.contains { $0.contains("Director of Adult Social Care") || $0.contains("Executive Director for Adult") },
                "\(added)")
        #expect(added.isEmpty, "\(added)")
    }
}
