import PlaceworksApplication
import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("NameLookup: places and ICSs by the names people use")
struct NameLookupTests {
    @Test("a place by ONS code or name, ignoring case")
    func place() throws {
        let data = TestWorld.dataset
        #expect(try NameLookup.place("e09000999", in: data) == TestWorld.place)
        #expect(try NameLookup.place("TESTBOROUGH", in: data) == TestWorld.place)
    }

    @Test("an ICS by identifier, ONS or ODS code, name or initials")
    func system() throws {
        let data = TestWorld.dataset
        for name in ["QXX", "e54000999", "Test ICS", "t"] {
            #expect(try NameLookup.system(name, in: data).id == TestWorld.ics, "\(name)")
        }
    }

    @Test("an unknown name is refused with the names that exist")
    func unknown() {
        let data = TestWorld.dataset
        #expect(throws: NameLookup.Unknown.self) { try NameLookup.place("Nowhere", in: data) }
        do {
            _ = try NameLookup.place("Nowhere", in: data)
        } catch {
            #expect(String(describing: error) == "there is no place “Nowhere”. Known places: Testborough (E09000999).")
        }
        do {
            _ = try NameLookup.system("Nowhere", in: data)
        } catch {
            #expect(String(describing: error).hasPrefix("there is no ICS “Nowhere”. Known ICSs: Test ICS (QXX)."))
        }
    }
}
