import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon
import Testing

@Suite("The SEL module's shipped data")
struct ShippedDataTests {
    let data = SouthEastLondonData.dataset
    var index: DatasetIndex { DatasetIndex(data) }
    let boroughs: Set<ID<Place>> = ["E09000004", "E09000006", "E09000011", "E09000022", "E09000023", "E09000028"]

    @Test("The registry accepts the data alongside the national guidance")
    func registers() throws {
        let registry = try Registry([NationalGuidance(), SouthEastLondonExtension()])
        #expect(registry.dataset.problems().isEmpty)
        #expect(registry.rules.filter { $0.owner == "South East London" }.map(\.rule.id) == [
            "SEL-ICB-1", "SEL-ICP-1", "SEL-ICP-2", "SEL-LCP-1", "SEL-LCP-2", "SEL-LCP-3", "SEL-LCP-4", "SEL-LCP-5",
            "SEL-LCP-6", "SEL-LCP-7", "SEL-LCP-8", "SEL-LCP-9", "SEL-PC-1",
        ])
    }

    @Test("Every SEL rule cites a SEL source document")
    func citations() {
        for rule in SouthEastLondonRules.all {
            #expect(!rule.citations.isEmpty)
            #expect(rule.citations.allSatisfy { [.southwarkLCP, .lewishamLCP].contains($0.document) }, "\(rule.id)")
        }
    }

    @Test("The ICS-level bodies meet the SEL rules, in shadow form and once established",
          arguments: ["2021-12-01", "2022-04-01", "2023-04-01"] as [Day])
    func compliant(on day: Day) throws {
        let report = try Registry([NationalGuidance(), SouthEastLondonExtension()]).check(data, asOf: day)
        // The module records no ICP meetings: the unagreed strategy is the one ICS-level gap (below).
        let findings = report.findings.filter { $0.rule.rawValue.hasPrefix("SEL-") && $0.place == nil }
            .filter { !$0.message.contains("no decision recorded agreeing the integrated care strategy") }
            .filter { !$0.restsOnAssumptions }
            // The seats whose holders the papers do not name (below).
            .filter { !$0.message.contains("No holder is recorded for") }
        #expect(findings.isEmpty, "\(findings.map { "\($0.rule): \($0.message)" })")
    }

    @Test("From 1 April 2022 each ICB board and ICP seat whose holder the papers do not name is reported as having no holder recorded, once, at the words' severity",
          arguments: ["2022-04-01", "2023-04-01"] as [Day])
    func vacantSeats(on day: Day) throws {
        let registry = try Registry([NationalGuidance(), SouthEastLondonExtension()])
        let vacancies = registry.check(data, asOf: day).findings.filter { $0.message.contains("No holder is recorded for") }
        let icb = vacancies.filter { $0.rule == "SEL-ICB-1" }, icp = vacancies.filter { $0.rule == "SEL-ICP-1" }
        // 18 board seats less the Chair and Chief Executive; 21 ICP seats less the same two.
        #expect(icb.count == 16 && icb.allSatisfy { $0.severity == .warning && $0.subject.id == "sel-icb-board" })
        #expect(icp.count == 19 && icp.allSatisfy { $0.severity == .error && $0.subject.id == "sel-icp" })
        #expect(vacancies.count == icb.count + icp.count, "\(vacancies.map(\.message))")
        let before = registry.check(data, asOf: "2022-03-31").findings.filter { $0.message.contains("No holder is recorded for") }
        #expect(before.isEmpty)
    }

    @Test("SEL-PC-1 passes on the collaboratives' member seats, which §5.2 leaves to the partners, and says so")
    func collaborativeSeatsAssumed() throws {
        let report = try Registry([NationalGuidance(), SouthEastLondonExtension()]).check(data, asOf: "2022-04-01")
        let notes = report.findings.filter { $0.rule == "SEL-PC-1" }
        #expect(Set(notes.compactMap(\.body)) == [SouthEastLondonData.acuteProviderCollaborative,
                                                  SouthEastLondonData.mentalHealthProviderCollaborative])
        #expect(notes.allSatisfy { $0.severity == .info && $0.restsOnAssumptions })
        #expect(notes.count == 2, "one note per collaborative")
        #expect(notes.allSatisfy { $0.assumptions?.contains { $0.contains("One chief-executive seat per member trust") } == true })
        #expect(notes.allSatisfy { $0.assumptions?.contains { $0.contains("Member trusts") } == true })
    }

    @Test("After 31 March 2023 the shipped data, which records no ICP meeting, has no integrated care strategy agreed")
    func strategyNotRecorded() throws {
        let registry = try Registry([NationalGuidance(), SouthEastLondonExtension()])
        let strategy = { (day: Day) in
            registry.check(self.data, asOf: day).findings.filter {
                $0.rule == "SEL-ICP-2" && $0.message.contains("agreeing the integrated care strategy")
            }
        }
        // Until then the ICP passes, on its assumed terms of reference, and says so.
        #expect(strategy("2023-03-31").map(\.restsOnAssumptions) == [true])
        #expect(strategy("2023-03-31").first?.assumptions?.first?.contains("Terms of reference") == true)
        #expect(strategy("2023-04-01").map(\.severity) == [.error])
    }

    @Test("From 1 April 2022 each SEL place without borough data has its missing LCP committee, Executive Place Lead, ICB delegation and leadership team reported once each")
    func placesWithoutArrangements() throws {
        let registry = try Registry([NationalGuidance(), SouthEastLondonExtension()])
        let before = registry.check(data, asOf: "2022-03-31").findings.filter { $0.rule.rawValue.hasPrefix("SEL-LCP-") }
        #expect(before.isEmpty)
        let findings = registry.check(data, asOf: "2022-04-01").findings.filter { $0.rule.rawValue.hasPrefix("SEL-LCP-") }
        #expect(findings.count == 6 * 4)
        for rule in ["SEL-LCP-1", "SEL-LCP-2", "SEL-LCP-3", "SEL-LCP-8"] {
            #expect(Set(findings.filter { $0.rule.rawValue == rule }.compactMap(\.place)).count == 6, "\(rule)")
        }
    }

    @Test("The ICP has the 21 seats SEL-ICP-1 lists, one per line")
    func partnershipSeats() {
        let seats = index.seats(of: SouthEastLondonData.icp, on: "2022-04-01")
        #expect(seats.count == 21)
        let leaders = seats.filter { $0.role == .electedLeader }
        #expect(leaders.count == 6)
        #expect(Set(leaders.compactMap(\.place)) == boroughs)
        let chairs = seats.filter { $0.role == .trustChair }
        #expect(Set(chairs.compactMap(\.organisation)) == ["bromley-healthcare", "RJ1", "RJ2", "RJZ", "RPG", "RV5"])
        for role: Role in [.icsChair, .chiefExecutive, .dass, .directorOfChildrensServices, .dph] {
            #expect(seats.filter { $0.role == role }.count == 1, "\(role)")
        }
        #expect(seats.contains { $0.organisation == "kings-health-partners" })
        for sector: Sector in [.primaryCare, .vcse, .healthwatch] {
            #expect(seats.filter { $0.sectors == [sector] }.count == 1, "\(sector)")
        }
    }

    @Test("The ICP is a joint committee of the ICB and the six councils that decides by consensus in public")
    func partnershipTerms() throws {
        let icp = try #require(index.bodies[SouthEastLondonData.icp])
        let terms = try #require(icp.terms(on: "2022-04-01"))
        #expect(icp.kind == .jointCommittee)
        #expect(terms.form == .jointCommittee)
        #expect(Set(terms.convenedBy) == Set([SouthEastLondonData.icb] + SouthEastLondonData.boroughs.map(\.council)))
        #expect(terms.decisionRule == .consensus)
        #expect(terms.sessions == .publicWithPrivate)
        #expect(terms.functions.contains { $0.contains("integrated care strategy") })
    }

    @Test("The ICB board has the 18 seats SEL-ICB-1 lists, with one place partner member per borough")
    func boardSeats() {
        let seats = index.seats(of: SouthEastLondonData.icbBoard, on: "2022-04-01")
        #expect(seats.count == 18)
        #expect(seats.filter { $0.role == .nonExecutiveDirector }.count == 2)
        #expect(seats.filter { $0.role == .partnerMember }.count == 5)
        let placeMembers = seats.filter { $0.role == .placePartnerMember }
        #expect(placeMembers.count == 6)
        #expect(Set(placeMembers.compactMap(\.place)) == boroughs)
        #expect(index.seats["sel-icb-place-lewisham"]?.place == "E09000023")
    }

    @Test("The trusts carry their ODS codes, and Oxleas is a SEL partner although its ODS record names QKS")
    func trusts() throws {
        let expected: [ID<Organisation>: String] = [
            "RJ1": "Guy's and St Thomas' NHS Foundation Trust",
            "RJZ": "King's College Hospital NHS Foundation Trust",
            "RJ2": "Lewisham and Greenwich NHS Trust",
            "RV5": "South London and the Maudsley NHS Foundation Trust",
            "RPG": "Oxleas NHS Foundation Trust",
        ]
        for (code, name) in expected {
            let trust = try #require(index.organisations[code])
            #expect(trust.odsCode == code.rawValue)
            #expect(trust.name == name)
            #expect(trust.statutory)
            #expect(trust.ics == SouthEastLondonData.ics)
        }
        #expect(index.organisations["RPG"]?.isIn(.mentalHealthProvider) == true)
        #expect(index.organisations["QKK"]?.isIn(.icb) == true)
        #expect(index.organisations["72Q"]?.holds(on: "2022-07-01") == false)
    }

    @Test("The six councils and places keep the identifiers the borough modules use")
    func places() {
        #expect(Set(data.places.map(\.id)) == boroughs)
        #expect(data.places.allSatisfy { $0.ics == SouthEastLondonData.ics })
        for council: ID<Organisation> in ["bexley-council", "bromley-council", "greenwich-council", "lambeth-council",
                                          "lewisham-council", "southwark-council"] {
            #expect(index.organisations[council]?.statutory == true, "\(council)")
        }
        let system = data.systems.first
        #expect(system?.board == "sel-icb-board")
        #expect(system?.partnership == "sel-icp")
    }

    @Test("Two formal provider collaboratives at chief-executive level, and a community network")
    func collaboratives() throws {
        let acute = try #require(index.bodies[SouthEastLondonData.acuteProviderCollaborative])
        let mental = try #require(index.bodies[SouthEastLondonData.mentalHealthProviderCollaborative])
        let network = try #require(index.bodies[SouthEastLondonData.communityServicesNetwork])
        #expect(acute.kind == .providerCollaborative && acute.focus == .acuteProvider)
        #expect(mental.kind == .providerCollaborative && mental.focus == .mentalHealthProvider)
        #expect(network.kind == .network && !network.decisionMaking && network.focus == .communityProvider)
        let acuteSeats = index.seats(of: acute.id, on: "2022-04-01")
        #expect(Set(acuteSeats.compactMap(\.organisation)) == ["RJ1", "RJZ", "RJ2"])
        #expect(Set(index.seats(of: mental.id, on: "2022-04-01").compactMap(\.organisation)) == ["RV5", "RPG"])
        #expect((acuteSeats + index.seats(of: mental.id, on: "2022-04-01")).allSatisfy { $0.role == .chiefExecutive })
        #expect(!data.delegations.contains { $0.toBody == network.id })
    }

    @Test("The ICS Chair and Chief Executive hold their seats from establishment; other seats are vacant")
    func namedLeaders() {
        let chair = index.membership(of: "sel-icb-chair", on: "2022-04-01")
        #expect(chair?.person == "richard-douglas")
        #expect(index.membership(of: "sel-icb-chair", on: "2022-03-31") == nil)
        #expect(index.membership(of: "sel-icp-ics-chief-executive", on: "2022-04-01")?.person == "andrew-bland")
        #expect(index.people["richard-douglas"]?.fictional == false)
        #expect(index.membership(of: "sel-icb-place-southwark", on: "2022-04-01") == nil)
        #expect(data.memberships.count == 4)
    }
}

@Suite("Provenance of the SEL data")
struct SouthEastLondonProvenanceTests {
    @Test("Every shipped SEL record cites the paragraph (or data file) it comes from")
    func everyRecordCited() throws {
        let data = SouthEastLondonData.dataset
        let subjects = data.systems.map(\.subject) + data.places.map(\.subject) + data.organisations.map(\.subject)
            + data.bodies.map(\.subject) + data.seats.map(\.subject) + data.people.map(\.subject)
            + data.memberships.map(\.subject)
        let registry = try Registry([NationalGuidance(), SouthEastLondonExtension()])
        for subject in subjects {
            let found = registry.provenance(of: subject.kind, subject.id)
            #expect(found?.extension == "South East London", "\(subject) has no provenance")
            #expect(!(found?.provenance.citations.isEmpty ?? true), "\(subject) cites nothing")
        }
    }

    @Test("What the papers do not say is marked as an assumption, with its reason")
    func assumptions() {
        let board = SouthEastLondonProvenance.of(.body, SouthEastLondonData.icbBoard.rawValue)
        #expect(board?.isAssumption == true)
        #expect(board?.assumptions.contains { $0.contains("1 October 2021") } == true)
        #expect(SouthEastLondonProvenance.of(.body, SouthEastLondonData.acuteProviderCollaborative.rawValue)?
            .assumptions.contains { $0.contains("Member trusts") } == true)
        #expect(SouthEastLondonProvenance.of(.seat, "sel-icb-ned-1")?.isAssumption == false)
    }
}
