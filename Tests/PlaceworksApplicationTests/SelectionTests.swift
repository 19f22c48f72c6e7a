import PlaceworksApplication
import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Selection: what holds on a day, for a place")
struct SelectionTests {
    @Test("a risk leaves the list on the day it closes; another place's records never appear")
    func risksAndPlaces() {
        var data = TestWorld.dataset
        data.risks[0].closed = "2022-04-01"
        data.places.append(Place(id: "E09000998", name: "Otherborough", ics: TestWorld.ics))
        data.risks.append(Risk(id: "other-risk", place: "E09000998", title: "Elsewhere"))
        let index = DatasetIndex(data)
        #expect(Selection(index: index, place: TestWorld.place, asOf: "2022-03-31").risks.map(\.id) == ["tb-risk-1"])
        #expect(Selection(index: index, place: TestWorld.place, asOf: "2022-04-01").risks.isEmpty)
        #expect(Selection(index: index, place: nil, asOf: "2022-04-01").risks.map(\.id) == ["other-risk"])
        #expect(Selection(index: index, place: TestWorld.place, asOf: "2022-04-01").places.map(\.id) == [TestWorld.place])
    }

    @Test("members lists every seat of the place's bodies on the day, vacant ones with no membership")
    func members() {
        var data = TestWorld.dataset
        let seat = data.seats.first { $0.body == TestWorld.committee }!
        data.memberships.removeAll { $0.seat == seat.id }
        let members = Selection(index: DatasetIndex(data), place: TestWorld.place, asOf: "2022-04-01").members
        #expect(members.contains { $0.seat.id == seat.id && $0.membership == nil })
        #expect(members.contains { $0.membership != nil })
    }
}
