import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon
import Testing

@Suite("SEL rules against their fixtures")
struct RuleFixtureTests {
    typealias World = SouthEastLondonTestWorld

    static func harness() throws -> RuleHarness { try RuleHarness(World.extensions) }

    @Test("The passing fixture has no finding of the rule", arguments: SouthEastLondonRuleFixtures.all)
    func passing(_ fixture: RuleFixture) throws {
        try Self.harness().expectPasses(fixture)
    }

    @Test("The failing fixture is reported about its subject, at the severity the source's words give, kept by --place",
          arguments: SouthEastLondonRuleFixtures.all)
    func failing(_ fixture: RuleFixture) throws {
        try Self.harness().expectFails(fixture)
    }

    @Test("Nothing is reported the day before the SEL arrangements took effect (1 April 2022)",
          arguments: SouthEastLondonRuleFixtures.all)
    func dayBefore(_ fixture: RuleFixture) throws {
        try Self.harness().expectSilentBeforeEffective(fixture)
    }

    @Test("Every rule the extension registers has a fixture")
    func everyRuleHasAFixture() throws {
        try Self.harness().expectEveryRuleCovered(by: SouthEastLondonRuleFixtures.all, owner: "South East London")
    }

    @Test("Every SEL rule takes effect on 1 April 2022, the date the papers set for the new ICS arrangements, but SEL-LCP-9, which applies from 1 January to 31 March 2022")
    func effectiveDates() throws {
        for registered in try Registry(World.extensions).rules where registered.owner == "South East London" {
            if registered.rule.id == "SEL-LCP-9" {
                #expect(registered.rule.effective == Period(from: "2022-01-01", to: "2022-03-31"))
                continue
            }
            #expect(registered.rule.effective.start == "2022-04-01", "\(registered.rule.id)")
        }
    }

    @Test("The compliant test place has no SEL finding at all")
    func compliantPlace() throws {
        let report = try Registry(World.extensions).check(World.place, asOf: Fixtures.asOf)
        let findings = report.findings.filter { $0.rule.rawValue.hasPrefix("SEL-") }
        #expect(findings.isEmpty, "\(findings.map { "\($0.rule): \($0.message)" })")
    }

    @Test("Place rules skip a place that has no LCP committee; SEL-LCP-3 reports it once")
    func placeWithoutCommittee() throws {
        let world = World.place.with { $0.update(\.bodies, TestWorld.committee) { $0.placeCommittee = false } }
        let report = try Registry(World.extensions).check(world, asOf: Fixtures.asOf)
        #expect(report.findings.map(\.rule).filter { $0.rawValue.hasPrefix("SEL-") } == ["SEL-LCP-3"])
    }

    @Test("Before the ICB takes over there is no delegation or Executive Place Lead to check")
    func beforeTheICB() throws {
        let world = World.place.with { data in
            data.delegations = []
            data.budgets = []
            data.leadershipRoles.removeAll { $0.role == .executivePlaceLead }
        }
        for rule: RuleID in ["SEL-LCP-1", "SEL-LCP-2"] {
            let before = try Fixtures.findings(of: rule, in: world, asOf: "2022-03-31", extensions: World.extensions)
            let after = try Fixtures.findings(of: rule, in: world, asOf: "2022-04-01", extensions: World.extensions)
            #expect(before.isEmpty)
            #expect(!after.isEmpty)
        }
    }

    @Test("A place with no LCP committee, Executive Place Lead, ICB delegation or leadership team has each reported once, about the place")
    func placeWithNothing() throws {
        let world = World.placeWithNoBodies.with { data in
            data.delegations = []
            data.leadershipRoles.removeAll { $0.role == .executivePlaceLead }
        }
        let report = try Registry(World.extensions).check(world, asOf: Fixtures.asOf)
        let sel = report.findings.filter { $0.rule.rawValue.hasPrefix("SEL-LCP-") }
        #expect(sel.map(\.rule.rawValue).sorted() == ["SEL-LCP-1", "SEL-LCP-2", "SEL-LCP-3", "SEL-LCP-8"])
        #expect(sel.allSatisfy { $0.place == TestWorld.place && $0.subject.id == TestWorld.place.rawValue })
    }

    @Test("A collaborative member agreed with the ICS Chair of the day of appointment stays agreed after the Chair changes")
    func chairChange() throws {
        let world = SouthEastLondonRuleFixtures.collaborativeMember(agreedWithChair: true).with { data in
            data.people.append(Person(id: "new-chair", name: "A New ICS Chair", fictional: true))
            data.memberships = data.memberships.map { membership in
                var membership = membership
                if membership.seat == "sel-icb-chair" { membership.period = Period(from: membership.period.start, to: "2023-03-31") }
                return membership
            }
            data.memberships.append(Membership(id: "m-new-chair", seat: "sel-icb-chair", person: "new-chair",
                                               period: Period(from: "2023-04-01")))
        }
        #expect(try Fixtures.findings(of: "SEL-PC-1", in: world, asOf: "2023-06-01", extensions: World.extensions).isEmpty)
    }

    @Test("A council-convened consultative forum is reported once, by SEL-LCP-3, not again by SEL-LCP-7")
    func discountedFormReportedOnce() throws {
        let world = World.placeWithCommitteeTerms { terms in
            terms.form = .consultativeForum
            terms.convenedBy = [TestWorld.council]
        }
        let report = try Registry(World.extensions).check(world, asOf: Fixtures.asOf)
        let about = report.findings.filter { $0.subject.id == TestWorld.committee.rawValue }
        #expect(about.map(\.rule.rawValue).filter { $0.hasPrefix("SEL-") } == ["SEL-LCP-3"])
    }

    @Test("An LCP committee whose terms state no form is reported once, by SEL-LCP-3 (error), not also by NAT-GOV-1")
    func noFormReportedOnce() throws {
        let world = World.placeWithCommitteeTerms { $0.form = nil }
        let report = try Registry(World.extensions).check(world, asOf: Fixtures.asOf)
        let about = report.findings.filter { $0.subject.id == TestWorld.committee.rawValue }
        #expect(about.map(\.rule.rawValue) == ["SEL-LCP-3"])
    }

    @Test("A missing lead is named in the finding, one finding per missing lead")
    func leadershipTeamMessages() throws {
        let world = World.place.with { $0.remove(\.seats, "tb-lt-acute", "tb-lt-social-care") }
        let findings = try Fixtures.findings(of: "SEL-LCP-8", in: world, extensions: World.extensions)
        #expect(findings.count == 2)
        #expect(findings.contains { $0.message.contains("acute services") })
        #expect(findings.contains { $0.message.contains("social care") })
    }

    @Test("A missing delegated function is named in the finding")
    func delegationMessage() throws {
        let world = World.place.with { data in
            data.update(\.delegations, "tb-icb-delegation") { $0.functions = [.primaryCare, .prescribing] }
        }
        let findings = try Fixtures.findings(of: "SEL-LCP-1", in: world, extensions: World.extensions)
        let message = try #require(findings.first?.message)
        #expect(findings.count == 1)
        #expect(message.contains("community physical health services"))
        #expect(message.contains("client groups"))
        #expect(!message.contains("prescribing,"))
    }

    /// GOV-MEM-1 (REQUIREMENTS-ADDED): info "while a recruitment to the seat is open and its window has
    /// not passed … otherwise, including when no recruitment is recorded, it has the requiring rule's
    /// severity". A date recorded on the seat is no recruitment, and the finding does not claim one.
    @Test("A date on a seat with no recruitment recorded is no open recruitment: every seat rule keeps its severity and claims none",
          arguments: [("SEL-ICB-1", "sel-icb-ned-2", Severity.warning), ("SEL-ICP-1", "sel-icp-vcse", .error)] as [(RuleID, ID<Seat>, Severity)])
    func seatDateWithoutRecruitment(rule: RuleID, seat: ID<Seat>, severity: Severity) throws {
        let data = SouthEastLondonRuleFixtures.vacant(seat, recruitingUntil: "2022-06-30")
        let findings = try Fixtures.findings(of: rule, in: data, extensions: World.extensions)
        #expect(findings.count == 1)
        #expect(findings.allSatisfy { $0.severity == severity && !$0.message.contains("recruitment is open") },
                "\(findings.map(\.message))")
    }

    @Test("The Health and Wellbeing Board is recognised by the council convening it, whatever its name")
    func healthAndWellbeingBoardByConvenor() throws {
        let world = World.place.with { $0.update(\.bodies, TestWorld.hwb) { $0.name = "Testborough Health Partnership" } }
        #expect(try Fixtures.findings(of: "SEL-LCP-7", in: world, extensions: World.extensions).isEmpty)
        let unconvened = world.with { data in
            data.update(\.bodies, TestWorld.hwb) { body in
                for index in body.terms.indices { body.terms[index].convenedBy = [TestWorld.icb] }
            }
        }
        #expect(try !Fixtures.findings(of: "SEL-LCP-7", in: unconvened, extensions: World.extensions).isEmpty)
    }
}
