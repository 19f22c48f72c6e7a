import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("The seat-requirement model: missing seats, vacancies and recruitment windows")
struct SeatRequirementTests {
    let list: [SeatRequirement] = [
        SeatRequirement(key: "dph", title: "Director of Public Health", criteria: [.role(.dph)]),
        SeatRequirement(key: "pcn", title: "Primary care", count: 2, criteria: [.sector(.primaryCare)]),
    ]

    func shortfalls(_ dataset: Dataset, on day: Day = Fixtures.asOf) -> [SeatShortfall] {
        list.shortfalls(of: TestWorld.committee, in: DatasetIndex(dataset), on: day)
    }

    @Test("A line naming two seats with one filled reports the second missing")
    func missingSecond() {
        let found = shortfalls(TestWorld.dataset)
        #expect(found.map(\.title) == ["Primary care (2 of 2)"])
        #expect(found.first?.kind == .missing)
    }

    @Test("A seat that exists but no one holds on the day is a vacancy, not a membership")
    func vacancy() throws {
        let vacant = TestWorld.dataset.with { $0.remove(\.memberships, "tb-m-dph") }
        let found = shortfalls(vacant).filter { $0.requirement.key == "dph" }
        let shortfall = try #require(found.first)
        guard case .vacant = shortfall.kind else { Issue.record("not a vacancy: \(shortfall.kind)"); return }
        #expect(shortfall.severity(.error, on: Fixtures.asOf) == .error)
    }

    @Test("A vacancy inside the window of a recruitment open on the day is noted (info); after it, the requirement's severity")
    func recruitmentWindow() throws {
        let recruiting = TestWorld.dataset.with { data in
            data.remove(\.memberships, "tb-m-dph")
            data.update(\.seats, "tb-seat-dph") { $0.recruitingUntil = "2022-06-30" }
            data.recruit(to: "tb-seat-dph", opened: "2022-03-01")
        }
        let shortfall = try #require(shortfalls(recruiting).first { $0.requirement.key == "dph" })
        #expect(shortfall.severity(.error, on: "2022-06-30") == .info)
        #expect(shortfall.severity(.error, on: "2022-07-01") == .error)
    }

    /// GOV-MEM-1 (REQUIREMENTS-ADDED): "info while a recruitment to the seat is open and its window
    /// has not passed … otherwise, including when no recruitment is recorded, it has the requiring
    /// rule's severity" — the one reading every seat rule shares (``SeatFacts/recruitingUntil``).
    @Test("A date on the seat with no recruitment open on the day, or a window already passed, is no recruitment window")
    func noRecruitmentNoWindow() throws {
        let dated = TestWorld.dataset.with { data in
            data.remove(\.memberships, "tb-m-dph")
            data.update(\.seats, "tb-seat-dph") { $0.recruitingUntil = "2022-06-30" }
        }
        let index = DatasetIndex(dated)
        let seat = try #require(index.seats[ID("tb-seat-dph")])
        #expect(SeatFacts(seat, data: index, on: Fixtures.asOf).recruitingUntil == nil)
        let shortfall = try #require(shortfalls(dated).first { $0.requirement.key == "dph" })
        #expect(shortfall.severity(.error, on: Fixtures.asOf) == .error)
        // A recruitment that closed before the day, or whose window passed, opens none either.
        let closed = dated.with { data in
            data.recruitments = [Recruitment(id: "r", title: "DPH", seat: "tb-seat-dph", opened: "2022-01-01", closed: "2022-03-01")]
        }
        #expect(SeatFacts(seat, data: DatasetIndex(closed), on: Fixtures.asOf).recruitingUntil == nil)
        let passed = dated.with { $0.recruit(to: "tb-seat-dph", opened: "2022-01-01") }
        #expect(SeatFacts(seat, data: DatasetIndex(passed), on: "2022-07-01").recruitingUntil == nil)
        #expect(SeatFacts(seat, data: DatasetIndex(passed), on: Fixtures.asOf).recruitingUntil == "2022-06-30")
    }

    @Test("A holder's post counts for a role only while they hold it")
    func roleByPost() {
        let list = [SeatRequirement(key: "ce", title: "Chief executive", criteria: [.role(.chiefExecutive)])]
        let index = DatasetIndex(TestWorld.dataset)
        #expect(list.shortfalls(of: TestWorld.committee, in: index, on: Fixtures.asOf).isEmpty)
        let seatOnly = [SeatRequirement(key: "ce", title: "Chief executive", criteria: [.seatRole(.executivePlaceLead)])]
        #expect(seatOnly.shortfalls(of: TestWorld.committee, in: index, on: Fixtures.asOf).isEmpty)
    }

    @Test("A list of groups lets one organisation's seat represent several; a list of seats does not")
    func groupsAndSeats() {
        let list = [SeatRequirement(key: "acute", title: "Acute provider", criteria: [.sector(.acuteProvider)]),
                    SeatRequirement(key: "community", title: "Community provider", criteria: [.sector(.communityProvider)])]
        // The trust's seat names no sectors of its own, so it speaks for the trust's (acute and community).
        let data = TestWorld.dataset.with { data in
            data.update(\.seats, "tb-seat-acute") { $0.sectors = [] }
            data.remove(\.seats, "tb-seat-community")
        }
        let index = DatasetIndex(data)
        #expect(list.shortfalls(of: TestWorld.committee, in: index, on: Fixtures.asOf, oneSeatPerLine: false).isEmpty)
        #expect(list.shortfalls(of: TestWorld.committee, in: index, on: Fixtures.asOf).map(\.title) == ["Community provider"])
    }

    @Test("Alternatives: a line met by either of two kinds of seat")
    func alternatives() {
        let list = [SeatRequirement(key: "leader", title: "Leader or cabinet member", criteria: [],
                                    anyOf: [[.role(.electedLeader)], [.role(.cabinetMember)]])]
        #expect(list.shortfalls(of: TestWorld.committee, in: DatasetIndex(TestWorld.dataset), on: Fixtures.asOf).isEmpty)
    }
}

extension SeatShortfall.Kind: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missing: "missing"
        case let .vacant(seat, until): "vacant \(seat.id) until \(until?.description ?? "-")"
        }
    }
}
