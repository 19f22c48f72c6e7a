import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("DatasetIndex: as-of queries")
struct DatasetIndexTests {
    let place = TestWorld.place
    let committee = TestWorld.committee

    /// The test world where the DPH seat changed hands on 2022-01-01 and a second version of the
    /// committee's terms was adopted on establishment.
    var data: DatasetIndex {
        DatasetIndex(TestWorld.dataset.with { data in
            data.update(\.memberships, "tb-m-dph") { $0.period = Period(from: "2021-04-01", to: "2021-12-31") }
            data.people.append(Person(id: "tb-new-dph", name: "New DPH", fictional: true))
            data.memberships.append(Membership(id: "tb-m-dph-2", seat: "tb-seat-dph", person: "tb-new-dph",
                                               period: Period(from: "2022-01-01")))
            data.update(\.bodies, TestWorld.committee) { body in
                var second = body.terms[0]
                second.version = "2.0"
                second.adopted = "2022-04-01"
                second.cadence = .bimonthly
                body.terms.append(second)
            }
            data.seats.append(Seat(id: "tb-seat-old", body: TestWorld.committee, title: "Former seat",
                                   period: Period(to: "2021-12-31")))
        })
    }

    @Test("Who holds a seat depends on the day")
    func memberships() {
        #expect(data.membership(of: "tb-seat-dph", on: "2021-12-31")?.person == "tb-person-dph")
        #expect(data.membership(of: "tb-seat-dph", on: "2022-01-01")?.person == "tb-new-dph")
        #expect(data.membership(of: "tb-seat-dph", on: "2021-03-31") == nil)
        #expect(data.memberships(of: "tb-seat-dph").count == 2)
        #expect(data.memberPeople(of: committee, on: "2022-04-01").contains("tb-new-dph"))
        #expect(!data.memberPeople(of: committee, on: "2022-04-01").contains("tb-person-dph"))
        #expect(data.members(of: committee, on: "2021-03-31").allSatisfy { $0.membership == nil })
    }

    @Test("Seats exist only in their period")
    func seats() {
        #expect(data.seats(of: committee, on: "2021-12-31").count == 13)
        #expect(data.seats(of: committee, on: "2022-01-01").count == 12)
    }

    @Test("A body's lifecycle stage, operation and place-committee status follow the day")
    func lifecycle() throws {
        let body = try #require(data.bodies[committee])
        #expect(body.stage(on: "2021-05-31") == nil)
        #expect(body.stage(on: "2021-06-01") == .proposed)
        #expect(body.stage(on: "2021-10-01") == .shadow)
        #expect(body.stage(on: "2022-04-01") == .established)
        #expect(body.exists(on: "2021-06-01") && !body.isOperating(on: "2021-06-01"))
        #expect(body.date(of: .established) == "2022-04-01")
        #expect(data.placeCommittee(of: place, on: "2021-09-30") == nil)
        #expect(data.placeCommittee(of: place, on: "2021-10-01")?.id == committee)
        #expect(data.operatingBodies(in: place, on: "2021-09-30").map(\.id) == [TestWorld.hwb])
    }

    @Test("The place committee prefers an established body to one in shadow form")
    func placeCommitteePrefersEstablished() {
        let index = DatasetIndex(TestWorld.dataset.with { data in
            data.bodies.append(Body(id: "aa-shadow", name: "Shadow committee", kind: .committee, place: TestWorld.place,
                                    placeCommittee: true, lifecycle: [LifecycleEvent(.shadow, "2021-01-01")]))
        })
        #expect(index.placeCommittee(of: place, on: "2021-12-01")?.id == "aa-shadow")
        #expect(index.placeCommittee(of: place, on: "2022-04-01")?.id == committee)
    }

    @Test("The terms of reference in force are the latest adopted on or before the day")
    func terms() throws {
        let body = try #require(data.bodies[committee])
        #expect(body.terms(on: "2021-09-30") == nil)
        #expect(body.terms(on: "2022-03-31")?.version == "1.0")
        #expect(body.terms(on: "2022-04-01")?.version == "2.0")
    }

    @Test("Leadership roles, delegations, workstreams and risks are answered as of the day")
    func delivery() {
        #expect(data.leadershipRole(.chair, in: place, on: "2021-09-30") == nil)
        #expect(data.leadershipRole(.chair, in: place, on: "2021-10-01")?.id == TestWorld.chair)
        #expect(data.delegations(in: place, on: "2022-03-31").isEmpty)
        #expect(data.delegations(in: place, on: "2022-04-01").map(\.id) == ["tb-icb-delegation"])
        #expect(data.openRisks(in: place, on: "2021-09-30").isEmpty)
        #expect(data.openRisks(in: place, on: "2021-10-01").count == 1)
        #expect(data.workstreams(in: place, on: "2022-04-01").count == 1)
        #expect(data.workstreams(in: "E09000000", on: "2022-04-01").isEmpty)
    }

    @Test("A delegation to a role of the place counts as a delegation to the place")
    func delegationThroughRole() {
        let index = DatasetIndex(TestWorld.dataset.with { data in
            data.update(\.delegations, "tb-icb-delegation") { $0.place = nil }
        })
        #expect(index.delegations(in: place, on: "2022-04-01").map(\.id) == ["tb-icb-delegation"])
    }

    @Test("Meetings through a day, oldest first")
    func meetings() {
        let index = DatasetIndex(TestWorld.dataset.with { data in
            data.meetings.append(Meeting(id: "tb-meeting-2022-02", body: TestWorld.committee, date: "2022-02-10"))
            data.meetings.append(Meeting(id: "tb-meeting-2022-04", body: TestWorld.committee, date: "2022-04-14"))
        })
        #expect(index.meetings(of: committee, through: "2022-03-10").map(\.id) == ["tb-meeting-2022-02", "tb-meeting-2022-03"])
        #expect(index.meetings(of: committee, through: "2022-02-09").isEmpty)
    }

    @Test("A seat speaks for its own sectors, or else those of the organisation its holder represents")
    func sectors() throws {
        let seat = Seat(id: "x", body: committee, title: "Partner", organisation: "TST01")
        #expect(data.sectors(of: seat, on: "2022-04-01") == [.acuteProvider, .communityProvider])
        let own = Seat(id: "y", body: committee, title: "VCSE", sectors: [.vcse], organisation: "TST01")
        #expect(data.sectors(of: own, on: "2022-04-01") == [.vcse])
    }
}
