import PlaceworksDomain
import PlaceworksTestSupport
import Testing

@Suite("Thriving places (NAT) rules: behaviour")
struct ThrivingPlacesBehaviourTests {
    let extensions: [any PlaceworksExtension] = [NationalGuidance()]
    let world = TestWorld.dataset

    func findings(_ rule: RuleID, _ dataset: Dataset, asOf: Day = Fixtures.asOf) throws -> [Finding] {
        try Fixtures.findings(of: rule, in: dataset, asOf: asOf, extensions: extensions)
    }

    func natFindings(_ dataset: Dataset, asOf: Day = Fixtures.asOf) throws -> [Finding] {
        try Registry(extensions).check(dataset, asOf: asOf).findings.filter { $0.rule.rawValue.hasPrefix("NAT-") }
    }

    @Test("The test world is consistent and meets every NAT rule")
    func testWorldPasses() throws {
        #expect(world.problems().isEmpty)
        let found = try natFindings(world)
        #expect(found.isEmpty, "\(found.map { "\($0.rule): \($0.message)" })")
    }

    @Test("NAT-MEM-1 reports one finding per missing seat, naming its group and its problem")
    func oneFindingPerSeat() throws {
        let data = world.with { $0.remove(\.seats, "tb-seat-dass", "tb-seat-dph", "tb-seat-vcse", "tb-seat-mental-health") }
        let found = try findings("NAT-MEM-1", data)
        #expect(found.count == 4)
        let dph = try #require(found.first { $0.message.contains("Director of Public Health") })
        #expect(dph.message.contains("local authorities, including the DASS, the DPH and elected members"))
        #expect(dph.problems == ["seat:dph"])
        #expect(found.contains { $0.message.contains("Director of Adult Social Services") })
        #expect(found.contains { $0.message.contains("mental health services provider") })
        #expect(found.contains { $0.message.contains("VCSE") })
        #expect(found.allSatisfy { $0.body == TestWorld.committee && $0.place == TestWorld.place })
    }

    @Test("NAT-MEM-1 counts a seat's sectors from the organisation it represents when the seat names none")
    func sectorsFromOrganisation() throws {
        let data = world.with { $0.update(\.seats, "tb-seat-vcse") { $0.sectors = [] } }
        #expect(try findings("NAT-MEM-1", data).isEmpty)
    }

    @Test("A place with nothing recorded gets one NAT-ICS-1 finding listing everything, and no other NAT finding")
    func emptyPlace() throws {
        let bare = Place(id: "E09000998", name: "Emptyborough", ics: TestWorld.ics)
        let found = try natFindings(world.with { $0.places.append(bare) }).filter { $0.place == bare.id }
        #expect(found.map(\.rule) == ["NAT-ICS-1"])
        let message = try #require(found.first?.message)
        for part in ["boundary", "leadership", "membership", "functions", "governance model", "representation",
                     "reporting relationship"] {
            #expect(message.contains(part), "missing “\(part)” in: \(message)")
        }
    }

    @Test("NAT-ICS-1 names only what is missing")
    func icsNamesOnlyWhatIsMissing() throws {
        let data = world.with { $0.update(\.places, TestWorld.place) { $0.boundary = nil } }
        let found = try findings("NAT-ICS-1", data)
        #expect(found.count == 1)
        #expect(found[0].message.contains("boundary"))
        #expect(!found[0].message.contains("leadership"))
    }

    @Test("NAT-ICS-1 asks for representation on the ICB and the ICP: the ICP alone is not enough (\"the ICP and ICB\")")
    func representationOnPartnership() throws {
        let icp: ID<Body> = "qxx-icp"
        let data = world.with { data in
            data.bodies.append(Body(id: icp, name: "Test ICP", kind: .jointCommittee, ics: TestWorld.ics,
                                    lifecycle: [LifecycleEvent(.established, "2021-04-01")]))
            data.update(\.systems, TestWorld.ics) { $0.partnership = icp }
            data.update(\.seats, TestWorld.icbBoardPlaceSeat) { $0.body = icp }
            data.update(\.bodies, TestWorld.committee) { $0.terms[0].reportsTo.append(ReportingLine(to: icp, .reportsTo)) }
        }
        let found = try findings("NAT-ICS-1", data)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("representation on the ICB") == true)
        #expect(found.first?.message.contains("representation on the ICP") == false)
    }

    @Test("NAT-GOV-1 checks as of the day: before the committee's terms were adopted it has none in force")
    func termsAsOf() throws {
        let data = world.with { data in
            data.update(\.bodies, TestWorld.committee) { $0.terms[0].adopted = "2022-01-01" }
        }
        let found = try findings("NAT-GOV-1", data, asOf: "2021-12-01")
        #expect(found.map(\.subject.id) == [TestWorld.committee.rawValue])
        #expect(try findings("NAT-GOV-1", data, asOf: "2022-01-01").isEmpty)
    }

    /// Table 2 lists five "Governance approaches for place-based partnerships": consultative forum,
    /// individual executives or staff, committee of a statutory body, joint committee, lead provider.
    /// Committees in common are not among them (Lewisham §9.1 names that form), so the finding does not
    /// offer it as one of Table 2's.
    @Test("NAT-GOV-1 asks for one of Table 2's five forms, as its requirement lists them")
    func tableTwoForms() throws {
        let data = world.with(ThrivingPlacesFixtures.committeeTerms { $0.form = nil })
        let message = try #require(try findings("NAT-GOV-1", data).first?.message)
        let five = "consultative forum, individual executive (with supporting committee), committee of a statutory "
            + "body, joint committee or lead provider"
        #expect(message.contains(five), "\(message)")
        #expect(!message.contains("committees in common"))
        let requirement = try #require(NationalRules.all.first { $0.id == "NAT-GOV-1" }?.requirement)
        #expect(requirement.contains(five))
    }

    /// Table 2 "summarises the broad types of governance arrangements that could be established to
    /// support place-based partnerships to make decisions"; a council's executive decides for the
    /// council under its own constitution and is not one of those arrangements.
    @Test("NAT-GOV-1 judges the partnership's bodies, not a statutory body's own executive")
    func statutoryBodysOwnExecutive() throws {
        let cabinet: ID<Body> = "tb-mayor-and-cabinet"
        func world(governs: ID<Organisation>?) -> Dataset {
            self.world.with { data in
                data.bodies.append(Body(id: cabinet, name: "Testborough Mayor and Cabinet", kind: .executive,
                                        place: TestWorld.place, ics: TestWorld.ics, governs: governs,
                                        lifecycle: [LifecycleEvent(.established, "2002-05-01")]))
            }
        }
        #expect(try findings("NAT-GOV-1", world(governs: TestWorld.council)).isEmpty)
        // The same body, not recorded as governing the council, is a body of the partnership with no form.
        let found = try findings("NAT-GOV-1", world(governs: nil))
        #expect(found.map(\.subject.id) == [cabinet.rawValue])
        #expect(found.allSatisfy { $0.severity == .warning && $0.place == TestWorld.place })
    }

    @Test("NAT-GOV-2 reports a committee convened by a non-statutory organisation")
    func nonStatutoryConvenor() throws {
        let data = world.with(ThrivingPlacesFixtures.committeeTerms { $0.convenedBy = ["tb-vcse"] })
        let found = try findings("NAT-GOV-2", data)
        #expect(found.contains { $0.message.contains("convened by Testborough Community Action, which is not a statutory body") })
        // Table 2 does not limit who delegates to the committee: the ICB's delegation is not reported.
        #expect(!found.contains { $0.message.contains("delegates functions") })
    }

    @Test("NAT-GOV-2 does not ask for approval when every seat is held for a statutory body")
    func statutoryOnlyCommittee() throws {
        let data = world.with { data in
            data.seats.removeAll { ["tb-seat-pcn", "tb-seat-healthwatch", "tb-seat-vcse", "tb-seat-social-care"]
                .contains($0.id.rawValue) }
            data.update(\.bodies, TestWorld.committee) { $0.terms[0].nonStatutoryParticipationApproved = nil }
        }
        #expect(try findings("NAT-GOV-2", data).isEmpty)
    }

    @Test("NAT-GOV-3 reports a delegation from a body that does not convene the joint committee")
    func jointCommitteeDelegator() throws {
        let data = ThrivingPlacesFixtures.constituted(as: .jointCommittee, convenedBy: [TestWorld.council, "TST01"])
        let found = try findings("NAT-GOV-3", data)
        #expect(found.count == 1)
        #expect(found[0].message.contains("NHS Test ICB"))
    }

    @Test("NAT-GOV-4 reports functions delegated to the committee as a whole; several executives are allowed (\"the decision-makers\")")
    func individualExecutive() throws {
        let base = ThrivingPlacesFixtures.constituted(as: .individualExecutive, decisionRule: .individualExecutive)
        let toBody = base.with { $0.update(\.delegations, "tb-icb-delegation") { $0.toBody = TestWorld.committee; $0.toRole = nil } }
        #expect(try findings("NAT-GOV-4", toBody).contains { $0.message.contains("as a whole") })
        let twoExecutives = base.with { data in
            data.delegations.append(Delegation(id: "tb-council-delegation", delegator: TestWorld.council,
                                               toRole: TestWorld.chair, place: TestWorld.place,
                                               functions: [.adultSocialCare], instrument: .section75,
                                               assurance: "Section 75 partnership board"))
        }
        #expect(try findings("NAT-GOV-4", twoExecutives).isEmpty)
    }

    @Test("NAT-GOV-5 does not accept a contract from a provider, nor a delegation under another instrument")
    func leadProviderContract() throws {
        let base = ThrivingPlacesFixtures.constituted(as: .leadProvider)
        var fromProvider = ThrivingPlacesFixtures.leadProviderContract
        fromProvider.delegator = "TST01"
        #expect(try findings("NAT-GOV-5", base.with { $0.delegations.append(fromProvider) }).count == 1)
        var scheme = ThrivingPlacesFixtures.leadProviderContract
        scheme.instrument = .schemeOfReservationAndDelegation
        #expect(try findings("NAT-GOV-5", base.with { $0.delegations.append(scheme) }).count == 1)
    }

    @Test("NAT-ACC-1 lists everything a delegation leaves out, including a non-statutory delegator")
    func delegationListsMissing() throws {
        let data = world.with { data in
            data.update(\.delegations, "tb-icb-delegation") {
                $0.delegator = "tb-vcse"
                $0.instrument = nil
                $0.functions = []
            }
        }
        let found = try findings("NAT-ACC-1", data)
        #expect(found.count == 1)
        for part in ["statutory", "functions", "instrument"] { #expect(found[0].message.contains(part)) }
        #expect(!found[0].message.contains("assurance"))
        #expect(found[0].body == TestWorld.committee)
    }

    @Test("NAT-ACC-1 ignores a delegation that does not hold on the day")
    func delegationNotYetInForce() throws {
        let data = world.with { $0.update(\.delegations, "tb-icb-delegation") { $0.assurance = nil } }
        #expect(try findings("NAT-ACC-1", data, asOf: "2022-03-31").isEmpty)
    }

    @Test("NAT-FIN-1 leaves a budget for a financial year that has not started yet")
    func futureBudget() throws {
        let data = world.with { data in
            data.budgets.append(Budget(id: "tb-budget-2023", place: TestWorld.place, delegation: "tb-icb-delegation",
                                       financialYear: "2023/24", lines: [BudgetLine("Prescribing", amount: 1)]))
        }
        #expect(try findings("NAT-FIN-1", data).isEmpty)
        #expect(Set(try findings("NAT-FIN-1", data, asOf: "2023-04-01").map(\.subject.id)) == ["tb-budget-2023"])
    }

    @Test("NAT-LEAD-1 reports a role with no kind, and asks for joint appointment where several bodies delegate to the lead")
    func leadershipKinds() throws {
        let noKind = world.with { $0.update(\.leadershipRoles, TestWorld.chair) { $0.kind = nil } }
        #expect(try findings("NAT-LEAD-1", noKind).map(\.subject.id) == [TestWorld.chair.rawValue])

        // A council's Section 75 delegated to the committee the lead serves is the committee's to
        // transact (Lewisham §6.7): it asks for no joint appointment of the lead.
        let toCommittee = Delegation(id: "tb-council-delegation", delegator: TestWorld.council,
                                     toBody: TestWorld.committee, place: TestWorld.place,
                                     functions: [.adultSocialCare], instrument: .section75,
                                     assurance: "Section 75 partnership board")
        #expect(try findings("NAT-LEAD-1", world.with { $0.delegations.append(toCommittee) }).isEmpty)

        var councilDelegation = toCommittee
        councilDelegation.toBody = nil
        councilDelegation.toRole = TestWorld.placeLead
        let twoDelegators = world.with { $0.delegations.append(councilDelegation) }
        let found = try findings("NAT-LEAD-1", twoDelegators)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.message.contains("Testborough Council") && $0.subject.id == TestWorld.placeLead.rawValue })

        let jointlyAppointed = twoDelegators.with { data in
            data.update(\.leadershipRoles, TestWorld.placeLead) {
                $0.jointlyAppointedBy = [TestWorld.icb, TestWorld.council]
                $0.conflictPoliciesOf = [TestWorld.icb, TestWorld.council]
            }
        }
        #expect(try findings("NAT-LEAD-1", jointlyAppointed).isEmpty)
    }

    @Test("NAT-LEAD-2 reports a partnership with no leadership roles defined")
    func noLeadershipRoles() throws {
        let data = world.with { $0.leadershipRoles = [] }
        let found = try findings("NAT-LEAD-2", data)
        #expect(found.count == 1)
        #expect(found[0].message.contains("No leadership roles"))
    }

    @Test("NAT-GEO-1 reports a place with no ICS, or with an ICS that is not recorded")
    func geography() throws {
        let noSystem = world.with { $0.update(\.places, TestWorld.place) { $0.ics = nil } }
        #expect(try findings("NAT-GEO-1", noSystem).count == 1)
        let unknown = world.with { $0.update(\.places, TestWorld.place) { $0.ics = "QZZ" } }
        #expect(try findings("NAT-GEO-1", unknown).count == 1)
        let alsoOwn = world.with { $0.update(\.places, TestWorld.place) { $0.alsoWithin = [TestWorld.ics] } }
        #expect(try findings("NAT-GEO-1", alsoOwn).isEmpty)
    }

    @Test("NAT-ENG-1 asks whether an equality impact assessment was done, and accepts a recorded “no”")
    func equalityImpact() throws {
        let unrecorded = world.with { $0.meetings[0].items[0].decision?.equalityImpactAssessment = nil }
        let found = try findings("NAT-ENG-1", unrecorded)
        #expect(found.count == 1)
        #expect(found[0].message.contains("equality impact assessment"))
        #expect(found[0].body == TestWorld.committee)
        let recordedNo = world.with { $0.meetings[0].items[0].decision?.equalityImpactAssessment = false }
        #expect(try findings("NAT-ENG-1", recordedNo).isEmpty)
        let unaffected = world.with { data in
            data.meetings[0].items[0].decision?.affectsCommunities = false
            data.meetings[0].items[0].decision?.engagement = nil
        }
        #expect(try findings("NAT-ENG-1", unaffected).isEmpty)
    }

    @Test("Committee-based NAT rules skip a place whose partnership committee is not yet operating")
    func committeeNotOperating() throws {
        let data = world.with { $0.remove(\.seats, "tb-seat-dph") }
        #expect(try findings("NAT-MEM-1", data, asOf: "2021-09-30").isEmpty)
        #expect(try findings("NAT-MEM-1", data, asOf: "2021-10-01").count == 1)
    }

    // MARK: False alarms the source papers do not support

    @Test("NAT-GOV-2: a council's Section 75 delegated to a committee of the ICB is not reported (Lewisham §6.7)")
    func section75ToICBCommittee() throws {
        let data = world.with { data in
            data.delegations.append(Delegation(
                id: "tb-s75", delegator: TestWorld.council, toBody: TestWorld.committee, place: TestWorld.place,
                functions: [.adultSocialCare], instrument: .section75, assurance: "S75 review",
                period: Period(from: "2022-04-01")))
        }
        #expect(try findings("NAT-GOV-2", data).isEmpty)
    }

    @Test("NAT-ACC-1: a non-statutory lead provider's subcontract is not a delegation of statutory functions")
    func subcontractIsNotADelegation() throws {
        let data = ThrivingPlacesFixtures.leadProvider(subcontracting: ["TST02", "tb-care"], by: "tb-pcn")
        #expect(try findings("NAT-ACC-1", data).isEmpty)
        // A delegation from a non-statutory body that is not a subcontract is still reported.
        let delegated = world.with { data in
            data.delegations.append(Delegation(
                id: "tb-vcse-delegation", delegator: "tb-vcse", toBody: TestWorld.committee, place: TestWorld.place,
                functions: [.adultSocialCare], instrument: .section75, assurance: "Review",
                period: Period(from: "2022-04-01")))
        }
        #expect(try findings("NAT-ACC-1", delegated).map(\.subject.id) == ["tb-vcse-delegation"])
    }

    @Test("NAT-FIN-1 reads only NHS funding from the ICB: a council's budget, and any budget before 1 April 2022, are not judged")
    func fundingFromTheICBOnly() throws {
        let unexplained = world.with { $0.update(\.budgets, "tb-budget-2022") { $0.variationExplained = nil } }
        #expect(try findings("NAT-FIN-1", unexplained).count == 1)
        let council = unexplained.with { $0.update(\.delegations, "tb-icb-delegation") { $0.delegator = TestWorld.council } }
        #expect(try findings("NAT-FIN-1", council).isEmpty)
        let earlier = unexplained.with { data in
            data.update(\.delegations, "tb-icb-delegation") { $0.period = Period(from: "2021-04-01") }
            data.update(\.budgets, "tb-budget-2022") { $0.financialYear = "2021/22" }
        }
        #expect(try findings("NAT-FIN-1", earlier, asOf: "2022-01-10").isEmpty)
    }

    @Test("NAT-ICS-1 before 1 April 2022 reads the arrangements planned for 2022/23, not those in force")
    func plannedArrangements() throws {
        // The ICB's delegation starts on 1 April 2022: planned, so not missing on 1 December 2021.
        #expect(try findings("NAT-ICS-1", world, asOf: "2021-12-01").isEmpty)
        let unplanned = world.with { $0.remove(\.delegations, "tb-icb-delegation") }
        let found = try findings("NAT-ICS-1", unplanned, asOf: "2021-12-01")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("functions carried out at place as planned for 1 April 2022") == true)
    }

    @Test("NAT-MEM-1: a councillor who is not a leader or cabinet member is an elected member (§4 \"elected members\")")
    func councillorIsAnElectedMember() throws {
        let councillor = world.with { data in
            data.update(\.seats, "tb-seat-member") { $0.role = .electedMember; $0.title = "Councillor" }
            data.update(\.people, "tb-person-member") { person in
                person.posts = [Post(title: "Councillor", organisation: TestWorld.council, role: .electedMember)]
            }
        }
        #expect(try findings("NAT-MEM-1", councillor).isEmpty)
        let officer = councillor.with { data in
            data.update(\.seats, "tb-seat-member") { $0.role = .representative }
            data.update(\.people, "tb-person-member") { $0.posts = [] }
        }
        #expect(try findings("NAT-MEM-1", officer).map(\.problems) == [["seat:elected-member"]])
    }

    @Test("NAT-GOV-2: Healthwatch and VCSE seats are not \"non-statutory providers\" and need no convenor approval")
    func healthwatchAndVCSEAreNotProviders() throws {
        let unapproved = world.with(ThrivingPlacesFixtures.committeeTerms { $0.nonStatutoryParticipationApproved = nil })
        let providers = try findings("NAT-GOV-2", unapproved)
        #expect(providers.count == 1)
        #expect(providers.first.map { !$0.message.contains("Healthwatch") && $0.message.contains("non-statutory providers") } == true)
        let noProviders = unapproved.with { $0.remove(\.seats, "tb-seat-pcn", "tb-seat-social-care") }
        #expect(try findings("NAT-GOV-2", noProviders).isEmpty)
    }
}
