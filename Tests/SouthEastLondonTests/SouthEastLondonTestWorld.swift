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

    /// The SEL module's own data, as shipped: the ICB board's and the ICP's seats exist, and only
    /// the ICS Chair and Chief Executive (whom the papers name) hold theirs.
    static var shippedSystem: Dataset { SouthEastLondonData.dataset }

    /// The passing fixture for the ICS-level rules: the shipped data with every other ICB board and
    /// ICP seat held from 1 April 2022 by a fictional person with the post the papers name for it
    /// (``holderPosts(for:)``), and each borough's place partner seat by the borough's Executive
    /// Place Lead.
    static var system: Dataset {
        shippedSystem.with { data in
            let held = Set(data.memberships.map(\.seat))
            let bodies: Set<ID<Body>> = [SouthEastLondonData.icbBoard, SouthEastLondonData.icp]
            for seat in data.seats where bodies.contains(seat.body) && !held.contains(seat.id) {
                let person = ID<Person>("tw-\(seat.id.rawValue)")
                data.people.append(Person(id: person, name: "\(seat.title) (fictional)", fictional: true,
                                          posts: holderPosts(for: seat)))
                data.memberships.append(Membership(id: ID("tw-m-\(seat.id.rawValue)"), seat: seat.id, person: person,
                                                   period: Period(from: SouthEastLondonData.icsEstablished)))
                if seat.role == .placePartnerMember, let place = seat.place {
                    data.leadershipRoles.append(LeadershipRole(
                        id: ID("tw-epl-\(place.rawValue)"), title: "Local Care Partnership Director",
                        role: .executivePlaceLead, place: place, holder: person, employer: SouthEastLondonData.icb))
                }
            }
        }
    }

    /// The posts the papers name for the holder of an ICS-level seat: the ICS's own posts at the ICB
    /// (Lewisham §4.3), a council chief executive ("One CEO"), the primary care leadership group's
    /// Chair, the borough's elected leader (§3.4), the trust's chair, and a SEL council's director
    /// for the lead directors ("drawn from the six postholders in SEL").
    static func holderPosts(for seat: Seat) -> [Post] {
        let icb = SouthEastLondonData.icb
        switch seat.role {
        case .icsChair?, .nonExecutiveDirector?, .chiefExecutive?, .chiefFinancialOfficer?, .medicalDirector?,
             .directorOfNursing?:
            return [Post(title: seat.title, organisation: icb, role: seat.role)]
        case .partnerMember? where seat.sectors.contains(.localAuthority):
            return [Post(title: "Chief Executive", organisation: "lewisham-council", role: .chiefExecutive)]
        case .partnerMember? where seat.sectors.contains(.primaryCare):
            return [Post(title: "Chair, SEL primary care leadership group", organisation: icb,
                         role: .primaryCareLeadershipGroupChair)]
        case .electedLeader?:
            return seat.organisation.map { [Post(title: "Leader of the Council", organisation: $0, role: .electedLeader)] } ?? []
        case .trustChair?:
            return seat.organisation.map { [Post(title: "Chair", organisation: $0, role: .trustChair)] } ?? []
        case .dass?, .directorOfChildrensServices?, .dph?:
            return [Post(title: seat.title, organisation: "lewisham-council", role: seat.role)]
        default:
            return []
        }
    }

    /// `data` with `seat` held from 1 April 2022 by `person` (added), in place of its holder.
    static func holding(_ seat: ID<Seat>, by person: Person, in data: inout Dataset) {
        data.memberships.removeAll { $0.seat == seat }
        data.people.append(person)
        data.memberships.append(Membership(id: ID("m-\(seat.rawValue)-\(person.id.rawValue)"), seat: seat,
                                           person: person.id, period: Period(from: SouthEastLondonData.icsEstablished)))
    }

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
