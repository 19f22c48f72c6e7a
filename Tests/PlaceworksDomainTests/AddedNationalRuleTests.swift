import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("National and good-governance rules of the second reading: fixtures")
struct AddedNationalRuleTests {
    let extensions: [any PlaceworksExtension] = [NationalGuidance()]

    @Test("Each rule: passing fixture silent; failing one at the words' severity, kept by --place; silent before it took effect",
          arguments: AddedNationalFixtures.all)
    func fixture(_ fixture: RuleFixture) throws {
        try RuleHarness(extensions).expectAll(fixture)
    }

    @Test("Every added national rule has a fixture, and none takes effect before its paper")
    func everyRuleHasAFixture() {
        #expect(Set(NationalRules.added.map(\.id)) == Set(AddedNationalFixtures.all.map(\.rule)))
        for rule in NationalRules.added {
            #expect(rule.effective.start.map { $0 >= "2009-12-01" } ?? false, "\(rule.id)")
        }
    }

    @Test("A conditional seat counts as required only from the day its condition is met")
    func conditionalSeat() {
        let data = AddedNationalFixtures.requiredVCSESeat.with { data in
            data.remove(\.memberships, "tb-m-vcse")
            data.update(\.seats, "tb-seat-vcse") { $0.condition = SeatCondition("if a VCSE network is established", met: "2022-05-01") }
        }
        let index = DatasetIndex(data)
        #expect(!SeatFacts.of(TestWorld.committee, data: index, on: "2022-04-01").contains { $0.seat.id == "tb-seat-vcse" })
        #expect(SeatFacts.of(TestWorld.committee, data: index, on: "2022-05-01").contains { $0.seat.id == "tb-seat-vcse" })
    }

    @Test("A seat-list rule reports a vacancy as info inside an open recruitment's window, at its severity after it (GOV-MEM-1)")
    func vacancyUnderTheRequiringRule() throws {
        let harness = try RuleHarness(extensions)
        let data = TestWorld.dataset.with { data in
            data.remove(\.memberships, "tb-m-dph")
            data.recruitments = [Recruitment(id: "tb-recruit-dph", place: TestWorld.place, title: "Director of Public Health",
                                             seat: "tb-seat-dph", opened: "2022-02-01", target: "2022-06-30")]
        }
        let inside = harness.findings(of: "NAT-MEM-1", in: data, asOf: "2022-04-01")
        #expect(!inside.isEmpty && inside.allSatisfy { $0.severity == .info }, "\(inside.map(\.severity))")
        let after = harness.findings(of: "NAT-MEM-1", in: data, asOf: "2022-07-01")
        #expect(!after.isEmpty && after.allSatisfy { $0.severity == .warning }, "\(after.map(\.severity))")
        let closed = harness.findings(of: "NAT-MEM-1", in: data.with { $0.recruitments[0].closed = "2022-03-01" },
                                      asOf: "2022-04-01")
        #expect(!closed.isEmpty && closed.allSatisfy { $0.severity == .warning }, "a closed recruitment has no window")
    }

    @Test("GOV-MEM-1: a vacancy is reported under the requiring rule's ID at its severity, only while it is in effect")
    func vacancyReportedUnderItsRule() throws {
        let harness = try RuleHarness(extensions)
        // NAT-ACC-3 is an error rule in effect from 1 April 2022: the seat's record names it.
        let data = TestWorld.dataset.with { data in
            data.update(\.seats, "tb-seat-vcse") { $0.requiredBy = "NAT-ACC-3" }
            data.remove(\.memberships, "tb-m-vcse")
        }
        let about = harness.registry.check(data, asOf: "2022-04-01").findings.filter { $0.subject.id == "tb-seat-vcse" }
        #expect(about.map(\.rule) == ["NAT-ACC-3"] && about.allSatisfy { $0.severity == .error },
                "\(about.map { "\($0.rule) \($0.severity): \($0.message)" })")
        let before = harness.registry.check(data, asOf: "2022-03-31").findings.filter { $0.subject.id == "tb-seat-vcse" }
        #expect(before.isEmpty, "\(before.map(\.message))")
    }

    @Test("GOV-MEM-1: a vacancy the requiring seat list already reports for the body is reported once, in the list's words")
    func listedVacancyOnce() throws {
        let harness = try RuleHarness(extensions)
        let data = TestWorld.dataset.with { data in
            data.update(\.seats, "tb-seat-vcse") { $0.requiredBy = "NAT-MEM-1" }
            data.remove(\.memberships, "tb-m-vcse")
        }
        let vacancy = harness.registry.check(data, asOf: "2022-04-01").findings
            .filter { $0.message.contains("No holder is recorded for") && ["NAT-MEM-1", "GOV-MEM-1"].contains($0.rule) }
        #expect(vacancy.count == 1 && vacancy.first?.subject.id == TestWorld.committee.rawValue,
                "\(vacancy.map { "\($0.rule) \($0.subject.id): \($0.message)" })")
    }

    /// GOV-MEM-1: "A required seat with no holder on the date is reported under the ID of the rule that
    /// requires it": a vacancy the requiring rule's list does not report (another seat fills its line) is
    /// reported, even while that list reports another seat of the same body.
    @Test("GOV-MEM-1: a required seat's vacancy stays when the requiring list reports only another seat of the body")
    func vacancyBesideAnotherShortfall() throws {
        let harness = try RuleHarness(extensions)
        let data = TestWorld.dataset.with { data in
            // A second VCSE seat, required by NAT-MEM-1, with no holder: the held VCSE seat fills NAT-MEM-1's line.
            data.seats.append(Seat(id: "tb-seat-vcse-2", body: TestWorld.committee, title: "VCSE (second seat)",
                                   sectors: [.vcse], requiredBy: "NAT-MEM-1"))
            // NAT-MEM-1 reports the DPH's seat, of the same committee.
            data.remove(\.memberships, "tb-m-dph")
        }
        let found = harness.registry.check(data, asOf: "2022-04-01").findings
        #expect(found.contains { $0.rule == "NAT-MEM-1" && $0.message.contains("Director of Public Health") })
        let vacancy = found.filter { $0.subject.id == "tb-seat-vcse-2" }
        #expect(vacancy.map(\.rule) == ["NAT-MEM-1"] && vacancy.allSatisfy { $0.severity == .warning
            && $0.place == TestWorld.place }, "\(vacancy.map { "\($0.rule) \($0.severity): \($0.message)" })")
    }

    @Test("GOV-MEM-1: a required seat of the ICS's own board, which belongs to no place, is reported")
    func vacancyOnTheICSBoard() throws {
        let harness = try RuleHarness(extensions)
        let data = TestWorld.dataset.with { data in
            data.seats.append(Seat(id: "qxx-seat-ned", body: TestWorld.icbBoard, title: "Non-executive director",
                                   requiredBy: "QXX-BOARD-1"))
        }
        let vacancy = harness.registry.check(data, asOf: "2022-04-01").findings.filter { $0.subject.id == "qxx-seat-ned" }
        #expect(vacancy.map(\.rule) == ["GOV-MEM-1"] && vacancy.allSatisfy { $0.severity == .warning },
                "\(vacancy.map { "\($0.rule) \($0.severity): \($0.message)" })")
    }

    @Test("Three months after a day, on the shorter month's last day")
    func addingMonths() {
        #expect(Day("2022-11-30").adding(months: 3) == "2023-02-28")
        #expect(Day("2022-04-01").adding(months: -12) == "2021-04-01")
    }
}
