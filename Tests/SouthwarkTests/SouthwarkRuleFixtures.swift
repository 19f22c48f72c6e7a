import PlaceworksDomain
import PlaceworksTestSupport
import Southwark

/// A passing and a failing dataset for every SWK rule, checked after the PSSB is established unless
/// a fixture says otherwise.
enum SouthwarkRuleFixtures {
    static let shipped = SouthwarkWorld.shipped
    static let completed = SouthwarkWorld.completed
    static let day = SouthwarkWorld.pssbEra

    static var all: [RuleFixture] { governance + leadership + delivery + resources }

    static var governance: [RuleFixture] {
        [
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                    for index in board.terms.indices {
                        board.terms[index].reportsTo.removeAll { $0.relation == .subCommitteeOf }
                    }
                }
            }, subject: "swk-pssb", asOf: day),
            // In shadow form the PSSB runs in tandem with the Borough Based Board.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.boroughBasedBoard) { $0.lifecycle.append(LifecycleEvent(.dissolved, "2021-12-01")) }
            }, subject: "swk-pssb", asOf: "2022-01-15"),
            // Once the PSSB is established the Borough Based Board no longer operates.
            RuleFixture("SWK-GOV-1", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.boroughBasedBoard) { $0.lifecycle.removeAll { $0.stage == .dissolved } }
            }, subject: "swk-bbb", asOf: day),
            RuleFixture("SWK-GOV-2", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.strategicBoard) { board in
                    board.remit.removeAll { $0.contains("transformation") }
                    for index in board.terms.indices { board.terms[index].functions.removeAll { $0.contains("transformation") } }
                }
            }, subject: "swk-pssb", asOf: day),
            RuleFixture("SWK-GOV-5", passing: completed, failing: shipped, subject: "swk-pssb", asOf: day),
            RuleFixture("SWK-GOV-6", passing: completed, failing: shipped, subject: "swk-pssb", asOf: day),
            RuleFixture("SWK-GOV-6", passing: completed, failing: completed.with {
                $0.update(\.budgets, DelegatedBudget.id) { $0.publishedAt = nil }
            }, subject: "swk-budget-2020-21", asOf: day),
            RuleFixture("SWK-GOV-7", passing: shipped, failing: shipped.with {
                $0.remove(\.options, GovernanceOptions.option2b)
            }, subject: "E09000028", asOf: day),
            RuleFixture("SWK-GOV-7", passing: shipped, failing: shipped.with {
                $0.update(\.options, GovernanceOptions.option1) { $0.discountedBecause = nil }
            }, subject: "swk-option-1", asOf: day),
        ]
    }

    static var leadership: [RuleFixture] {
        [
            RuleFixture("SWK-GOV-3", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.strategicBoardChair) { $0.appointment?.process = .singleOrganisation }
            }, subject: "swk-pssb-chair", asOf: day),
            RuleFixture("SWK-GOV-3", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.strategicBoardChair) { $0.appointment?.panel = ["partner representatives"] }
            }, subject: "swk-pssb-chair", asOf: day),
            RuleFixture("SWK-GOV-4", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.appointment?.panel = ["all partners"] }
            }, subject: "swk-ps-director", asOf: day),
            RuleFixture("SWK-GOV-4", passing: shipped, failing: shipped.with {
                $0.update(\.leadershipRoles, SouthwarkData.director) { $0.employer = SouthwarkData.council }
            }, subject: "swk-ps-director", asOf: day),
        ]
    }

    static var delivery: [RuleFixture] {
        [
            RuleFixture("SWK-WS-1", passing: completed, failing: shipped, subject: "swk-ws-start-well", asOf: day),
            RuleFixture("SWK-WS-1", passing: completed, failing: completed.with {
                $0.remove(\.bodies, SouthwarkData.sroTouchpoint)
            }, subject: "E09000028", asOf: day),
            RuleFixture("SWK-WS-1", passing: completed, failing: completed.with {
                $0.update(\.bodies, "swk-cell-care-well") { $0.lifecycle.append(LifecycleEvent(.dissolved, "2021-06-01")) }
            }, subject: "swk-ws-care-well", asOf: day),
            RuleFixture("SWK-WS-2", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.leadershipForum) { $0.terms[0].cadence = .quarterly }
            }, subject: "swk-pslf", asOf: day),
            RuleFixture("SWK-WS-2", passing: shipped, failing: shipped.with {
                $0.update(\.bodies, SouthwarkData.clinicalAndProfessionalLeadsForum) { $0.terms[0].reportsTo = [] }
            }, subject: "swk-cplaf", asOf: day),
            RuleFixture("SWK-WS-3", passing: completed, failing: shipped, subject: "swk-ms-initial-draft", asOf: day),
            RuleFixture("SWK-WS-3", passing: completed, failing: completed.with {
                $0.remove(\.milestones, "swk-ms-outcome-metrics")
            }, subject: "E09000028", asOf: day),
            RuleFixture("SWK-OUT-1", passing: completed, failing: shipped, subject: "swk-ws-live-well", asOf: day),
            RuleFixture("SWK-OUT-1", passing: completed, failing: completed.with {
                $0.update(\.workstreams, "swk-ws-age-well") { $0.aims = [] }
            }, subject: "swk-ws-age-well", asOf: day),
        ]
    }

    static var resources: [RuleFixture] {
        [
            RuleFixture("SWK-FIN-1", passing: shipped, failing: shipped.with {
                $0.update(\.budgets, DelegatedBudget.id) { $0.lines[4].amount += 1000 }
            }, subject: "swk-budget-2020-21", asOf: day),
            RuleFixture("SWK-FIN-1", passing: shipped, failing: shipped.with {
                $0.remove(\.budgets, DelegatedBudget.id)
            }, subject: "E09000028", asOf: day),
            RuleFixture("SWK-RISK-1", passing: completed, failing: shipped, subject: "swk-risk-financial-regime", asOf: day),
            RuleFixture("SWK-RISK-1", passing: completed, failing: completed.with {
                $0.remove(\.risks, "swk-risk-scale-of-change")
            }, subject: "E09000028", asOf: day),
        ]
    }
}
