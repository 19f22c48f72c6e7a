import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon

/// Datasets for SEL rule tests.
enum SouthEastLondonTestWorld {
    /// The extensions the fixtures are checked with: the national guidance (which SEL rules refine)
    /// and SEL.
    static let extensions: [any PlaceworksExtension] = [NationalGuidance(), SouthEastLondonExtension()]

    /// The place leadership team added to the test place.
    static let leadershipTeam: ID<Body> = "tb-leadership-team"

    /// The SEL module's own data: the passing fixture for the ICS-level rules.
    static var system: Dataset { SouthEastLondonData.dataset }

    /// The national test world with its place moved into the SEL ICS, so the SEL place rules apply
    /// to it, and given the place leadership team SEL agreed (SEL-LCP-8). Compliant with every SEL
    /// place rule as of ``Fixtures/asOf``.
    static var place: Dataset {
        TestWorld.dataset.with { data in
            data.update(\.places, TestWorld.place) { $0.ics = SouthEastLondonData.ics }
            data.bodies.append(Body(id: leadershipTeam, name: "Testborough Place Leadership Team", kind: .leadershipTeam,
                                    place: TestWorld.place, ics: TestWorld.ics,
                                    lifecycle: [LifecycleEvent(.established, "2021-10-01")]))
            let leads: [(String, String, Role)] = [
                ("social-care", "Social care lead", .socialCareLead),
                ("primary-care", "Primary care lead", .primaryCareLead),
                ("community", "Community services (physical health) lead", .communityServicesLead),
                ("mental-health", "Mental health services lead", .mentalHealthLead),
                ("acute", "Acute services lead", .acuteServicesLead),
                ("public-health", "Director of Public Health", .publicHealthLead),
            ]
            data.seats += leads.map { suffix, title, role in
                Seat(id: ID("tb-lt-\(suffix)"), body: leadershipTeam, title: title, role: role)
            }
            // Each lead is a person holding the seat (membership means a person, SEL-LCP-8).
            data.people += leads.map { suffix, title, _ in
                Person(id: ID("tb-lead-\(suffix)"), name: "\(title) (fictional)", fictional: true)
            }
            // The public health lead is the borough's DPH (Lewisham §8.1), who also sits on the committee.
            data.memberships += leads.map { suffix, _, _ in
                Membership(id: ID("tb-lt-m-\(suffix)"), seat: ID("tb-lt-\(suffix)"),
                           person: suffix == "public-health" ? "tb-person-dph" : ID("tb-lead-\(suffix)"),
                           period: Period(from: "2021-10-01"))
            }
        }
    }

    /// The test place with its committee no longer recorded as the LCP committee, then changed by `change`.
    static func placeWithoutCommittee(_ change: @escaping (inout Dataset) -> Void = { _ in }) -> Dataset {
        place.with { data in
            data.update(\.bodies, TestWorld.committee) { $0.placeCommittee = false }
            change(&data)
        }
    }

    /// The test place with none of its bodies operating (no committee, no leadership team, no board):
    /// the place exists in the SEL ICS and nothing else is recorded of its partnership.
    static var placeWithNoBodies: Dataset {
        place.with { data in
            for index in data.bodies.indices where data.bodies[index].place == TestWorld.place {
                data.bodies[index].placeCommittee = false
                data.bodies[index].lifecycle = [LifecycleEvent(.proposed, "2023-01-01")]
            }
        }
    }

    /// The test place's committee terms of reference changed by `change`.
    static func placeWithCommitteeTerms(_ change: @escaping (inout TermsOfReference) -> Void) -> Dataset {
        place.with { data in
            data.update(\.bodies, TestWorld.committee) { body in
                for index in body.terms.indices { change(&body.terms[index]) }
            }
        }
    }

    /// The ICP's terms of reference changed by `change`.
    static func systemWithPartnershipTerms(_ change: @escaping (inout TermsOfReference) -> Void) -> Dataset {
        system.with { data in
            data.update(\.bodies, SouthEastLondonData.icp) { body in
                for index in body.terms.indices { change(&body.terms[index]) }
            }
        }
    }
}
