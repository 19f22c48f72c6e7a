import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Dataset")
struct DatasetTests {
    static let place = Place(id: "E09000999", name: "Testborough", ics: nil)
    static let person = Person(id: "p1", name: "Alex Example", fictional: true)

    @Test("Merging with refuse adds new records and reports clashes without adding anything")
    func mergeRefuse() {
        var data = Dataset(places: [Self.place])
        let clashes = data.merge(Dataset(people: [Self.person]), overlap: .refuse)
        #expect(clashes.isEmpty)
        #expect(data.people == [Self.person] && data.count == 2)

        let renamed = Place(id: "E09000999", name: "Renamed", ics: nil)
        let other = Dataset(places: [renamed], people: [Person(id: "p2", name: "Sam Example")])
        let refused = data.merge(other, overlap: .refuse)
        #expect(refused == [renamed.subject])
        #expect(data.places == [Self.place], "the present record stays")
        #expect(data.people.map(\.id) == ["p1"], "nothing of a refused merge is added")
    }

    @Test("Merging with replace lets incoming records replace present ones, in place")
    func mergeReplace() {
        var data = Dataset(people: [Self.person, Person(id: "p2", name: "Sam Example")])
        let renamed = Person(id: "p1", name: "Alex Renamed")
        let clashes = data.merge(Dataset(people: [renamed, Person(id: "p3", name: "New")]), overlap: .replace)
        #expect(clashes.isEmpty)
        #expect(data.people.map(\.name) == ["Alex Renamed", "Sam Example", "New"])
        #expect(Dataset(people: [Self.person]).overlaid(with: Dataset(people: [renamed])).people == [renamed])
    }

    @Test("The test world is consistent")
    func worldConsistent() {
        #expect(TestWorld.dataset.problems() == [])
    }

    @Test("A duplicate identifier is reported with the record and field")
    func duplicateID() throws {
        let data = TestWorld.dataset.with { $0.people.append(Person(id: "tb-person-dph", name: "Another")) }
        let problems = data.problems()
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.record == "people[\(data.people.count - 1)] (tb-person-dph)")
        #expect(problem.field == "id")
        #expect(problem.reason.contains("tb-person-dph is used by another record"))
    }

    @Test("A reference to a missing record is reported with the record and field", arguments: [
        ("memberships", "seat", "there is no seat with the identifier nowhere"),
        ("meetings", "attendance.person", "there is no person with the identifier nobody"),
        ("risks", "owner", "there is no person with the identifier nobody"),
        ("workstreams", "leadershipCell", "there is no body with the identifier nowhere"),
        ("bodies", "governs", "there is no organisation with the identifier nowhere"),
    ])
    func danglingReference(_ key: String, _ field: String, _ reason: String) throws {
        let data = TestWorld.dataset.with { data in
            switch key {
            case "memberships": data.update(\.memberships, "tb-m-dph") { $0.seat = "nowhere" }
            case "meetings": data.update(\.meetings, "tb-meeting-2022-03") { $0.attendance.append(Attendance("nobody", as: .member)) }
            case "risks": data.update(\.risks, "tb-risk-1") { $0.owner = "nobody" }
            case "bodies": data.update(\.bodies, TestWorld.hwb) { $0.governs = "nowhere" }
            default: data.update(\.workstreams, "tb-ws-start-well") { $0.overseenBy = "nowhere" }
            }
        }
        let problem = try #require(data.problems().first)
        #expect(data.problems().count == 1)
        #expect(problem.record.hasPrefix("\(key)["))
        #expect(problem.field == field)
        #expect(problem.reason == reason)
    }

    @Test("A likelihood or impact outside 1–5 is reported", arguments: [0, 6, -1])
    func riskOutOfRange(_ value: Int) throws {
        let data = TestWorld.dataset.with { $0.update(\.risks, "tb-risk-1") { $0.impact = value } }
        let problem = try #require(data.problems().first)
        #expect(data.problems().count == 1)
        #expect(problem.record == "risks[0] (tb-risk-1)")
        #expect(problem.field == "impact")
        #expect(problem.description == "risks[0] (tb-risk-1), field “impact”: \(value) is outside the 1–5 scale")
    }

    @Test("A declaration about an item not on the agenda is reported")
    func declarationItem() throws {
        let data = TestWorld.dataset.with { data in
            data.update(\.meetings, "tb-meeting-2022-03") {
                $0.declarations.append(Declaration(person: "tb-person-dph", item: "9", interest: "Trustee"))
            }
        }
        let problem = try #require(data.problems().first)
        #expect(problem.field == "declarations.item")
        #expect(problem.reason == "there is no agenda item 9 on this meeting")
    }
}
