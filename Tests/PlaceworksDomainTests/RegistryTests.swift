import PlaceworksDomain
import PlaceworksTestSupport
import Testing

/// A rule that reports every place it is given, and every ICS.
private func everywhere(_ id: RuleID, _ severity: Severity = .warning) -> Rule {
    Rule(id: id, severity: severity, requirement: "Reports every place.", citations: [Citation(.thrivingPlaces, "§1")]) {
        context in
        context.places.map { Concern(about: $0, "\($0.name) was checked.") }
    }
}

@Suite("Registry")
struct RegistryTests {
    static let testborough: ID<Place> = TestWorld.place
    static let otherborough: ID<Place> = "E09000998"

    /// The test world with a second place in the same ICS, and a third place in another ICS.
    static var twoPlaces: Dataset {
        TestWorld.dataset.with { data in
            data.systems.append(ICS(id: "QYY", name: "Other ICS"))
            data.places.append(Place(id: otherborough, name: "Otherborough", ics: TestWorld.ics))
            data.places.append(Place(id: "E09000997", name: "Farborough", ics: "QYY"))
        }
    }

    func refusal(_ extensions: [any PlaceworksExtension]) -> RegistryError? {
        do {
            _ = try Registry(extensions)
            return nil
        } catch {
            return error
        }
    }

    @Test("Refuses two rules with one ID, naming both extensions")
    func duplicateRule() throws {
        let error = try #require(refusal([
            TestExtension("Alpha", .system("QXX")) { $0.add(everywhere("TST-1")) },
            TestExtension("Beta", .place("E09000999")) { $0.add(everywhere("TST-1")) },
        ]))
        #expect(error == .duplicateRule("TST-1", first: "Alpha", second: "Beta"))
        #expect(error.description.contains("by Alpha and by Beta"))
    }

    @Test("Refuses a rule ID the national guidance already uses")
    func duplicateNationalRule() throws {
        let error = try #require(refusal([NationalGuidance(),
                                          TestExtension("Beta", .place("E09000999")) { $0.add(everywhere("GOV-WS-1")) }]))
        #expect(error == .duplicateRule("GOV-WS-1", first: "National guidance", second: "Beta"))
    }

    @Test("Refuses two extensions claiming one place")
    func duplicateClaim() throws {
        let error = try #require(refusal([TestExtension("Alpha", .place("E09000999")),
                                          TestExtension("Beta", .place("E09000999"))]))
        #expect(error == .duplicateClaim(.place("E09000999"), first: "Alpha", second: "Beta"))
        #expect(error.description.contains("place E09000999 is claimed by two extensions: Alpha and Beta"))
    }

    @Test("Refuses a place extension that downgrades a national rule")
    func downgradeNational() throws {
        let error = try #require(refusal([NationalGuidance(),
                                          TestExtension("Testborough", .place("E09000999")) {
                                              $0.tighten("GOV-RISK-1", to: .warning)
                                          }]))
        #expect(error == .weakenedRule("GOV-RISK-1", owner: "National guidance", ownerCoverage: .national,
                                       by: "Testborough", severity: .warning, registered: .error))
        #expect(error.description.hasPrefix(
            "Testborough tries to downgrade rule GOV-RISK-1, which National guidance registers for every place, "
            + "from error to warning."))
    }

    @Test("Refuses a place extension that downgrades an ICS rule")
    func weakenICSRule() throws {
        let ics = TestExtension("Test ICS", .system("QXX"), documents: [.thrivingPlaces]) { $0.add(everywhere("ICS-1", .error)) }
        let down = try #require(refusal([ics, TestExtension("Testborough", .place("E09000999")) {
            $0.tighten("ICS-1", to: .info)
        }]))
        #expect(down == .weakenedRule("ICS-1", owner: "Test ICS", ownerCoverage: .system("QXX"), by: "Testborough",
                                      severity: .info, registered: .error))
        #expect(down.description.hasPrefix("Testborough tries to downgrade rule ICS-1, which Test ICS registers for ICS QXX"))
    }

    @Test("Refuses an extension tightening its own rule: the call would do nothing")
    func ownRuleTightened() throws {
        let error = try #require(refusal([TestExtension("Test ICS", .system("QXX"), documents: [.thrivingPlaces]) {
            $0.add(everywhere("ICS-1", .warning))
            $0.tighten("ICS-1", to: .error)
        }]))
        #expect(error == .ownRuleTightened("ICS-1", by: "Test ICS"))
        #expect(error.description.contains("Register the rule at the severity it should have instead"))
    }

    @Test("Refuses an extension whose required extension is missing, naming it, before looking at its data")
    func missingRequirement() throws {
        // Testborough's place refers to an ICS only the missing extension ships.
        let error = try #require(refusal([
            NationalGuidance(),
            TestExtension("Testborough", .place("E09000999"), requires: ["Test ICS"]) {
                $0.add(Dataset(places: [Place(id: "E09000999", name: "Testborough", ics: "QXX")]))
            },
        ]))
        #expect(error == .missingRequirement("Testborough", requires: ["Test ICS"],
                                             registered: ["National guidance", "Testborough"]))
        #expect(error.description.hasPrefix("Testborough requires Test ICS, which is not registered"))
        let registry = try Registry([
            NationalGuidance(),
            TestExtension("Test ICS", .system("QXX")) { $0.add(Dataset(systems: [ICS(id: "QXX", name: "Test ICS")])) },
            TestExtension("Testborough", .place("E09000999"), requires: ["Test ICS"]) {
                $0.add(Dataset(places: [Place(id: "E09000999", name: "Testborough", ics: "QXX")]))
            },
        ])
        #expect(registry.members.last?.requires == ["Test ICS"])
    }

    @Test("Refuses a rule citing a document no extension registers, and a document registered twice")
    func documents() throws {
        let unregistered = try #require(refusal([TestExtension("Testborough", .place("E09000999")) {
            $0.add(everywhere("TB-1"))
        }]))
        #expect(unregistered == .unregisteredDocument(.thrivingPlaces, citedBy: "Rule TB-1", by: "Testborough"))
        #expect(unregistered.description.hasPrefix("Rule TB-1 of Testborough cites thriving-places-guidance-2021.txt, "
            + "which no registered extension registers."))
        #expect(unregistered.description.contains("registrar.add(document:title:issued:)"))
        let option = GovernanceOption(id: "tb-option-1", place: TestWorld.place, label: "1", summary: "A forum",
                                      requirements: [], citation: Citation("tb-options.txt", "§1"))
        let uncitedOption = try #require(refusal([NationalGuidance(),
                                                  TestExtension("Testborough", .place(TestWorld.place)) {
                                                      $0.add(TestWorld.dataset.with { $0.options = [option] })
                                                  }]))
        #expect(uncitedOption == .unregisteredDocument("tb-options.txt", citedBy: "The governance option tb-option-1",
                                                       by: "Testborough"))
        let twice = try #require(refusal([NationalGuidance(),
                                           TestExtension("Testborough", .place("E09000999"), documents: [.thrivingPlaces])]))
        #expect(twice == .duplicateDocument(.thrivingPlaces, first: "National guidance", second: "Testborough"))
        let registry = try Registry([NationalGuidance(),
                                     TestExtension("Testborough", .place("E09000999"), documents: ["tb-paper.txt"]) {
                                         $0.add(everywhere("TB-1"))
                                     }])
        #expect(registry.documents["tb-paper.txt"]?.owner == "Testborough")
        #expect(registry.documents[.thrivingPlaces]?.details.issued == "2021-09-02")
    }

    @Test("Refuses an extension adjusting a rule of another place")
    func foreignAdjustment() throws {
        let error = try #require(refusal([
            TestExtension("Testborough", .place("E09000999")) { $0.add(everywhere("TB-1")) },
            TestExtension("Otherborough", .place("E09000998")) { $0.tighten("TB-1", to: .error) },
        ]))
        #expect(error == .foreignAdjustment("TB-1", owner: "Testborough", by: "Otherborough"))
        #expect(error.description.contains("Otherborough tries to change rule TB-1 of Testborough"))
    }

    @Test("Refuses an adjustment of a rule nobody registers")
    func unknownRule() throws {
        let error = try #require(refusal([TestExtension("Testborough", .place("E09000999")) {
            $0.tighten("NAT-XXX-9", to: .error)
        }]))
        #expect(error == .unknownRule("NAT-XXX-9", by: "Testborough"))
        #expect(error.description.contains("Testborough tightens rule NAT-XXX-9"))
    }

    @Test("Refuses the same record defined by two extensions, naming both, even when they name it differently")
    func duplicateRecord() throws {
        let error = try #require(refusal([
            TestExtension("Alpha", .system("QXX")) {
                $0.add(Dataset(people: [Person(id: "shared", name: "Alex Example")]))
            },
            TestExtension("Beta", .place("E09000999")) {
                $0.add(Dataset(people: [Person(id: "shared", name: "Alexandra Example")]))
            },
        ]))
        guard case let .duplicateRecord(subject, first, second) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(subject.id == "shared" && subject.kind == .person)
        #expect(first == "Alpha" && second == "Beta")
        #expect(error.description.contains("defined by both Alpha and Beta"))
    }

    @Test("Refuses a record an extension defines twice")
    func duplicateRecordWithinExtension() throws {
        let error = try #require(refusal([TestExtension("Alpha", .system("QXX")) {
            $0.add(Dataset(people: [Person(id: "shared", name: "Alex Example")]))
            $0.add(Dataset(people: [Person(id: "shared", name: "Alex Example")]))
        }]))
        #expect(error == .duplicateRecord(Subject(kind: .person, id: "shared", name: "Alex Example"), first: "Alpha",
                                          second: "Alpha"))
        #expect(error.description == "The person shared (Alex Example) is defined twice by Alpha.")
    }

    @Test("Refuses inconsistent data, naming the extensions and the problem")
    func inconsistentData() throws {
        let error = try #require(refusal([
            TestExtension("Alpha", .system("QXX")) { $0.add(Dataset(places: [Place(id: "E09000999", name: "T", ics: "QXX")])) },
        ]))
        guard case let .inconsistentData(problems, extensions) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(extensions == ["Alpha"])
        #expect(problems == [DatasetProblem(record: "places[0] (E09000999)", field: "ics",
                                            reason: "there is no ICS with the identifier QXX")])
        #expect(error.description.contains("registered by Alpha is inconsistent"))
    }

    @Test("Accepts a consistent list, and merges every extension's data")
    func accepts() throws {
        let registry = try Registry([
            NationalGuidance(),
            TestExtension("Test world", .system("QXX")) { $0.add(TestWorld.dataset) },
            TestExtension("Testborough", .place("E09000999")) { $0.add(everywhere("TB-1")); $0.tighten("GOV-WS-1", to: .error) },
        ])
        #expect(registry.dataset == TestWorld.dataset)
        #expect(registry.members.map(\.name) == ["National guidance", "Test world", "Testborough"])
        #expect(registry.rule("TB-1")?.owner == "Testborough")
        #expect(registry.rules.map(\.rule.id) == registry.rules.map(\.rule.id).sorted())
    }

    @Test("A place extension may tighten a national rule; the tightening applies only to findings about that place")
    func tighteningAppliesToOwnPlace() throws {
        let registry = try Registry([
            NationalGuidance(),
            TestExtension("Testborough", .place("E09000999")) { $0.tighten("GOV-WS-1", to: .error) },
        ])
        // An overdue milestone in each of three places: Testborough, Otherborough (same ICS) and Farborough.
        let data = Self.twoPlaces.with { data in
            data.update(\.milestones, "tb-ms-1") { $0.status = .inProgress; $0.completed = nil }
            data.milestones.append(Milestone(id: "ob-ms-1", place: Self.otherborough, workstream: "tb-ws-start-well", title: "Hub open", due: "2022-01-01"))
            data.milestones.append(Milestone(id: "fb-ms-1", place: "E09000997", workstream: "tb-ws-start-well", title: "Hub open", due: "2022-01-01"))
        }
        let findings = registry.check(data, asOf: Fixtures.asOf).findings.filter { $0.rule == "GOV-WS-1" }
        let severities = Dictionary(uniqueKeysWithValues: findings.map { ($0.subject.id, $0.severity) })
        #expect(severities == ["tb-ms-1": .error, "ob-ms-1": .warning, "fb-ms-1": .warning])
        #expect(registry.rule("GOV-WS-1")?.rule.severity == .warning, "the registered severity is unchanged")
    }

    @Test("An ICS extension's tightening applies to its places, not to another ICS's")
    func tighteningByICS() throws {
        let registry = try Registry([
            NationalGuidance(),
            TestExtension("Test ICS", .system("QXX")) { $0.tighten("GOV-WS-1", to: .error) },
        ])
        let data = Self.twoPlaces.with { data in
            data.milestones.append(Milestone(id: "ob-ms-1", place: Self.otherborough, workstream: "tb-ws-start-well", title: "Hub open", due: "2022-01-01"))
            data.milestones.append(Milestone(id: "fb-ms-1", place: "E09000997", workstream: "tb-ws-start-well", title: "Hub open", due: "2022-01-01"))
        }
        let findings = registry.check(data, asOf: Fixtures.asOf).findings.filter { $0.rule == "GOV-WS-1" }
        let severities = Dictionary(uniqueKeysWithValues: findings.map { ($0.subject.id, $0.severity) })
        #expect(severities == ["ob-ms-1": .error, "fb-ms-1": .warning])
    }

    @Test("A place extension's rules apply only to its place")
    func coverage() throws {
        let registry = try Registry([TestExtension("Testborough", .place("E09000999"), documents: [.thrivingPlaces]) {
                                         $0.add(everywhere("TB-1"))
                                     },
                                     TestExtension("Test ICS", .system("QXX")) { $0.add(everywhere("ICS-1")) }])
        let findings = registry.check(Self.twoPlaces, asOf: Fixtures.asOf).findings
        #expect(findings.filter { $0.rule == "TB-1" }.map(\.subject.id) == ["E09000999"])
        #expect(Set(findings.filter { $0.rule == "ICS-1" }.map(\.subject.id)) == ["E09000999", "E09000998"])
    }

    @Test("Every finding knows its place: from its subject, else the place extension's own place; never another place")
    func findingsKnowTheirPlace() throws {
        // Rules that name no place: one about a milestone, one about an organisation, one about another place.
        let milestone = Rule(id: "NAT-P-1", severity: .warning, requirement: "Milestones.", citations: [],
                             effective: Period(from: "2021-01-01")) { context in
            context.data.dataset.milestones.map { Concern($0.subject, "\($0.title) checked.") }
        }
        let organisation = Rule(id: "TB-P-1", severity: .warning, requirement: "The council.", citations: [],
                                effective: Period(from: "2021-01-01")) { context in
            [Concern(about: context.data.organisations[TestWorld.council]!, "The council checked.")]
        }
        let elsewhere = Rule(id: "TB-P-2", severity: .warning, requirement: "Another place.", citations: [],
                             effective: Period(from: "2021-01-01")) { context in
            context.data.dataset.places.map { Concern(about: $0, "\($0.name) checked.") }
        }
        let registry = try Registry([
            TestExtension("National", .national) { $0.add(milestone) },
            TestExtension("Testborough", .place(TestWorld.place)) { $0.add([organisation, elsewhere]) },
        ])
        let data = Self.twoPlaces.with { data in
            data.milestones.append(Milestone(id: "ob-ms-1", place: Self.otherborough, workstream: "tb-ws-start-well",
                                             title: "Hub open", due: "2022-01-01"))
        }
        let findings = registry.check(data, asOf: Fixtures.asOf).findings
        let places = Dictionary(findings.map { ("\($0.rule) \($0.subject.id)", $0.place) }) { first, _ in first }
        #expect(places == ["NAT-P-1 tb-ms-1": TestWorld.place, "NAT-P-1 ob-ms-1": Self.otherborough,
                           "TB-P-1 \(TestWorld.council)": TestWorld.place, "TB-P-2 \(TestWorld.place)": TestWorld.place])
        for place in [TestWorld.place, Self.otherborough] {
            let narrowed = Set(registry.check(data, asOf: Fixtures.asOf, place: place).findings)
            #expect(narrowed == Set(findings.filter { $0.place == place }), "--place \(place) drops a finding")
        }
    }

    @Test("The rule catalogue shows each extension's rules, the rules it tightened, what it requires and its documents")
    func catalogue() throws {
        let registry = try Registry([
            NationalGuidance(),
            TestExtension("Test ICS", .system("QXX"), documents: ["qxx-paper.txt"]) {
                $0.add(TestWorld.dataset)
                $0.add(Rule(id: "QXX-1", severity: .warning, requirement: "A test requirement.",
                            citations: [Citation("qxx-paper.txt", "§2")], effective: Period(from: "2022-01-01")) { _ in [] })
            },
            TestExtension("Testborough", .place(TestWorld.place), requires: ["Test ICS"]) {
                $0.tighten("GOV-WS-1", to: .error)
                $0.tighten("QXX-1", to: .error)
            },
        ])
        let markdown = RuleCatalogue.markdown(registry)
        #expect(markdown.contains("## Test ICS (ICS QXX)\n\nTest ICS owns 1 rule and tightens 0 rules of broader extensions."))
        #expect(markdown.contains("| QXX-1 | warning | from 1 January 2022 | A test requirement. | `qxx-paper.txt` §2 |"))
        #expect(markdown.contains("Testborough owns 0 rules and tightens 2 rules of broader extensions. Requires Test ICS."))
        #expect(markdown.contains("| GOV-WS-1 | National guidance | warning | error |"))
        #expect(markdown.contains("| QXX-1 | Test ICS | warning | error |"))
        #expect(markdown.contains("| `qxx-paper.txt` | qxx-paper.txt | undated | Test ICS |"))
        #expect(markdown.contains("| `thriving-places-guidance-2021.txt` | NHS England and LGA, Thriving places (2021) | "
            + "2 September 2021 | National guidance |"))
    }
}
