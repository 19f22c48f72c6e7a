import PlaceworksDomain
import PlaceworksTestSupport

/// A passing and a failing dataset for every NAT rule, each derived from ``TestWorld``.
enum ThrivingPlacesFixtures {
    static let world = TestWorld.dataset

    /// The test world with the partnership committee's terms of reference in force changed.
    static func committeeTerms(_ change: @escaping (inout TermsOfReference) -> Void) -> (inout Dataset) -> Void {
        { data in data.update(\.bodies, TestWorld.committee) { change(&$0.terms[0]) } }
    }

    /// The test world with its committee constituted in another form, convened by `convenors`.
    static func constituted(as form: GovernanceForm, convenedBy convenors: [ID<Organisation>] = [TestWorld.icb],
                            decisionRule: DecisionRule? = .consensus) -> Dataset {
        world.with(committeeTerms { terms in
            terms.form = form
            terms.convenedBy = convenors
            terms.decisionRule = decisionRule
        })
    }

    static var leadProviderContract: Delegation {
        Delegation(id: "tb-lead-provider-contract", delegator: TestWorld.icb, toBody: TestWorld.committee,
                   place: TestWorld.place, functions: [.communityPhysicalHealth], instrument: .contract,
                   assurance: "Contract management board", period: Period(from: "2022-04-01"), toOrganisation: "TST01")
    }

    /// A budget of the test world changed by `change`.
    static func budget(_ change: @escaping (inout Budget) -> Void) -> Dataset {
        world.with { $0.update(\.budgets, "tb-budget-2022", change) }
    }

    /// The test world with its committee a lead provider under contract with the ICB, and the
    /// given providers subcontracted by TST01.
    static func leadProvider(subcontracting providers: [ID<Organisation>], by lead: ID<Organisation> = "TST01") -> Dataset {
        constituted(as: .leadProvider).with { data in
            data.delegations.append(leadProviderContract)
            data.delegations += providers.map { provider in
                Delegation(id: ID("tb-subcontract-\(provider.rawValue)"), delegator: lead, place: TestWorld.place,
                           functions: [.communityPhysicalHealth], instrument: .contract,
                           assurance: "Lead provider contract review", period: Period(from: "2022-04-01"),
                           toOrganisation: provider)
            }
        }
    }

    /// Severities from the guidance's words: "should"/"could"/"expected" → warning, "must" → error.
    static let all: [RuleFixture] = [
        RuleFixture("NAT-MEM-1", passing: world,
                    failing: world.with { $0.remove(\.seats, "tb-seat-dph") },
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "Director of Public Health"),
        RuleFixture("NAT-MEM-1", passing: world,
                    failing: world.with { $0.remove(\.memberships, "tb-m-dph") },
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "No holder is recorded for", label: "a seat no one holds is not a member"),
        // Table 2: the forms "could be established" → a warning.
        RuleFixture("NAT-GOV-1", passing: world,
                    failing: world.with(committeeTerms { $0.form = nil }),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place),
        // Table 2 describes the forms "that could be established" and what each is, with no "must" or
        // "will" ("are set by the statutory body"; "may … but only where"; "under a contract"): warnings.
        RuleFixture("NAT-GOV-2", passing: world,
                    failing: world.with(committeeTerms { $0.nonStatutoryParticipationApproved = nil }),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place),
        RuleFixture("NAT-GOV-3", passing: constituted(as: .jointCommittee, convenedBy: [TestWorld.icb, TestWorld.council]),
                    failing: constituted(as: .jointCommittee, convenedBy: [TestWorld.icb]),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place),
        RuleFixture("NAT-GOV-3", passing: constituted(as: .jointCommittee, convenedBy: [TestWorld.icb, TestWorld.council]),
                    failing: constituted(as: .jointCommittee, convenedBy: [TestWorld.icb, "tb-vcse"]),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "convened only by NHS Test ICB", label: "a non-statutory convener does not count"),
        RuleFixture("NAT-GOV-3", passing: constituted(as: .jointCommittee, convenedBy: [TestWorld.icb, TestWorld.council]),
                    failing: constituted(as: .jointCommittee, convenedBy: [TestWorld.icb, TestWorld.council])
                        .with(committeeTerms { $0.nonStatutoryParticipationApproved = nil }),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "non-statutory", label: "non-statutory participation not approved"),
        // "Statutory bodies may agree to delegate functions to individual members of staff" → a warning.
        RuleFixture("NAT-GOV-4", passing: constituted(as: .individualExecutive, decisionRule: .individualExecutive),
                    failing: constituted(as: .individualExecutive, decisionRule: .consensus),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place),
        RuleFixture("NAT-GOV-5",
                    passing: leadProvider(subcontracting: ["TST02", "tb-pcn", "tb-care"]),
                    failing: constituted(as: .leadProvider),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place),
        RuleFixture("NAT-GOV-5",
                    passing: leadProvider(subcontracting: ["TST02", "tb-pcn", "tb-care"]),
                    failing: leadProvider(subcontracting: ["TST02", "tb-pcn"]),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "Testborough Care Homes Ltd", label: "a provider in scope is not subcontracted (\"would\")"),
        // "The lead provider would subcontract other providers": a subcontract from another provider does not count.
        RuleFixture("NAT-GOV-5",
                    passing: leadProvider(subcontracting: ["TST02", "tb-pcn", "tb-care"]),
                    failing: leadProvider(subcontracting: ["tb-pcn", "tb-care"], by: "TST02"),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "no subcontract from Testborough Hospitals NHS Trust",
                    label: "subcontracts from a provider that is not the lead provider"),
        RuleFixture("NAT-ACC-1", passing: world,
                    failing: world.with { $0.update(\.delegations, "tb-icb-delegation") { $0.assurance = nil } },
                    subject: "tb-icb-delegation", severity: .error, place: TestWorld.place),
        // "must adopt … equal access … as well as supporting transparency" → errors.
        RuleFixture("NAT-FIN-1", passing: world, failing: budget { $0.publishedAt = nil },
                    subject: "tb-budget-2022", severity: .error, place: TestWorld.place,
                    mentions: "where place spending is published", label: "transparency (must)"),
        RuleFixture("NAT-FIN-1", passing: world, failing: budget { $0.equityPrinciplesRecorded = nil },
                    subject: "tb-budget-2022", severity: .error, place: TestWorld.place,
                    mentions: "equal access for equal need", label: "equal access for equal need (must)"),
        // "The ICB should explain any variation … including stated minimum NHS contributions" → warnings.
        RuleFixture("NAT-FIN-1", passing: world, failing: budget { $0.variationExplained = nil },
                    subject: "tb-budget-2022", severity: .warning, place: TestWorld.place,
                    mentions: "variation from previous CCG budgets", label: "CCG variation (should)"),
        RuleFixture("NAT-FIN-1", passing: world, failing: budget { $0.betterCareFundMinimum = nil },
                    subject: "tb-budget-2022", severity: .warning, place: TestWorld.place,
                    mentions: "Better Care Fund", label: "BCF minimum (should)"),
        RuleFixture("NAT-LEAD-1", passing: world,
                    failing: world.with { $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.employer = TestWorld.council } },
                    subject: TestWorld.placeLead.rawValue, severity: .error, place: TestWorld.place),
        // Table 3: roles "will typically fall into the three broad categories" → a warning.
        RuleFixture("NAT-LEAD-1", passing: world,
                    failing: world.with { $0.update(\.leadershipRoles, TestWorld.placeLead) { $0.kind = nil } },
                    subject: TestWorld.placeLead.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "no recorded leadership kind", label: "a role of no recorded kind (\"typically\")"),
        // A council's Section 75 delegated to the committee the lead serves asks no joint appointment.
        RuleFixture("NAT-LEAD-1",
                    passing: world.with { data in
                        data.delegations.append(Delegation(
                            id: "tb-s75", delegator: TestWorld.council, toBody: TestWorld.committee, place: TestWorld.place,
                            functions: [.adultSocialCare], instrument: .section75, assurance: "S75 review",
                            period: Period(from: "2022-04-01")))
                    },
                    failing: world.with { data in
                        data.delegations.append(Delegation(
                            id: "tb-s75", delegator: TestWorld.council, toRole: TestWorld.placeLead, place: TestWorld.place,
                            functions: [.adultSocialCare], instrument: .section75, assurance: "S75 review",
                            period: Period(from: "2022-04-01")))
                    },
                    subject: TestWorld.placeLead.rawValue, severity: .error, place: TestWorld.place,
                    mentions: "Testborough Council", label: "delegated to the lead, not the committee"),
        RuleFixture("NAT-LEAD-2", passing: world,
                    failing: world.with(committeeTerms { $0.conflictsOfInterestPolicy = nil }),
                    subject: TestWorld.committee.rawValue, severity: .warning, place: TestWorld.place),
        RuleFixture("NAT-GEO-1", passing: world,
                    failing: world.with { $0.update(\.places, TestWorld.place) { $0.alsoWithin = ["QYY"] } },
                    subject: TestWorld.place.rawValue, severity: .warning, place: TestWorld.place),
        RuleFixture("NAT-ENG-1", passing: world,
                    failing: world.with { $0.meetings[0].items[0].decision?.engagement = nil },
                    subject: "tb-d-1", severity: .warning, place: TestWorld.place),
        // A decision taken before the guidance is not judged against it.
        RuleFixture("NAT-ENG-1", passing: world.with { data in
                        data.meetings[0].items[0].decision?.engagement = nil
                        data.meetings[0].date = "2021-09-01"
                    },
                    failing: world.with { data in
                        data.meetings[0].items[0].decision?.engagement = nil
                        data.meetings[0].date = "2021-09-02"
                    },
                    subject: "tb-d-1", severity: .warning, place: TestWorld.place, mentions: "2 September 2021",
                    label: "only decisions since the guidance"),
        RuleFixture("NAT-ICS-1", passing: world,
                    failing: world.with { $0.remove(\.seats, TestWorld.icbBoardPlaceSeat) },
                    subject: TestWorld.place.rawValue, severity: .warning, place: TestWorld.place),
        // "representation on and reporting relationship with the ICP and ICB": both, where the ICS records both.
        RuleFixture("NAT-ICS-1", passing: withPartnership(represented: true, reporting: true),
                    failing: withPartnership(represented: false, reporting: true),
                    subject: TestWorld.place.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "representation on the ICP", label: "not represented on the ICP"),
        RuleFixture("NAT-ICS-1", passing: withPartnership(represented: true, reporting: true),
                    failing: withPartnership(represented: true, reporting: false),
                    subject: TestWorld.place.rawValue, severity: .warning, place: TestWorld.place,
                    mentions: "reporting relationship with the ICP", label: "no reporting line to the ICP"),
    ]

    /// The test world with an ICP recorded for its ICS, on which the place is (or is not) represented
    /// and to which its committee does (or does not) report.
    static func withPartnership(represented: Bool, reporting: Bool) -> Dataset {
        let icp: ID<Body> = "qxx-icp"
        return world.with { data in
            data.update(\.systems, TestWorld.ics) { $0.partnership = icp }
            data.bodies.append(Body(id: icp, name: "Test Integrated Care Partnership", kind: .jointCommittee,
                                    ics: TestWorld.ics, lifecycle: [LifecycleEvent(.established, "2021-04-01")]))
            if represented {
                data.seats.append(Seat(id: "qxx-icp-testborough", body: icp, title: "Leader, Testborough",
                                       sectors: [.localAuthority], role: .electedLeader, place: TestWorld.place,
                                       organisation: TestWorld.council))
            }
            if reporting {
                data.update(\.bodies, TestWorld.committee) { $0.terms[0].reportsTo.append(ReportingLine(to: icp, .reportsTo)) }
            }
        }
    }
}
