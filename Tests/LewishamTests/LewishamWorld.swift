import Lewisham
import PlaceworksDomain
import PlaceworksTestSupport
import SouthEastLondon

/// The shipped Lewisham data with the national and South East London data, and a fictional
/// Lewisham that meets every LEW rule on 1 April 2022: every LCP Board seat filled, the Place Lead
/// and Chair appointed in order, the children and young people's lead on the leadership team, the
/// next steps done and the ICP seat held by the Cabinet Member for Health and Social Care.
enum LewishamWorld {
    static var extensions: [any PlaceworksExtension] {
        [NationalGuidance(), SouthEastLondonExtension(), LewishamExtension()]
    }

    /// The registry of the three extensions; nil (and the registry test fails) if it refuses them.
    static let registry: Registry? = try? Registry(extensions)

    /// Everything the three extensions ship.
    static var shipped: Dataset { registry?.dataset ?? Dataset() }

    static let place: ID<Place> = LewishamData.place
    static let council: ID<Organisation> = "lewisham-council"
    static let icp: ID<Body> = "sel-icp"
    static let placeLeadPerson: ID<Person> = "lew-test-place-lead"
    static let chairPerson: ID<Person> = "lew-test-member-lew-lcp-seat-vcse-1"
    static let icpMember: ID<Person> = "lew-test-icp-member"
    static let cypLead: ID<Person> = "lew-test-cyp-lead"
    static let recruitment: ID<Recruitment> = "lew-test-place-lead-recruitment"

    /// Lewisham's council seat on the ICP: the one the South East London module ships, or one
    /// added here while it ships none.
    static var icpSeat: ID<Seat> {
        existingICPSeat(in: shipped)?.id ?? "lew-test-icp-seat"
    }

    private static func existingICPSeat(in data: Dataset) -> Seat? {
        data.seats.first { seat in
            seat.body == icp && seat.place == place
                && (seat.role == nil || seat.role == .electedLeader || seat.role == .cabinetMember)
        }
    }

    /// A fictional person whose posts are `posts`.
    static func person(_ id: ID<Person>, _ posts: [Post] = []) -> Person {
        Person(id: id, name: "Test \(id.rawValue)", fictional: true, posts: posts)
    }

    /// The fictional, compliant Lewisham.
    static var compliant: Dataset {
        shipped.with { data in
            // Every LCP Board seat filled from 1 April 2022.
            let boardSeats = data.seats.filter { $0.body == LewishamData.lcpBoard }
            for seat in boardSeats {
                let isLead = seat.role == .executivePlaceLead
                let member: ID<Person> = isLead ? placeLeadPerson : ID("lew-test-member-\(seat.id.rawValue)")
                data.people.append(person(member, isLead
                    ? [Post(title: "Executive Place Lead", organisation: "QKK", role: .executivePlaceLead)]
                    : [Post(title: seat.title, organisation: seat.organisation ?? council, role: seat.role)]))
                // §6.1: each member representing an organisation has the authority to decide for it.
                data.memberships.append(Membership(
                    id: ID("lew-test-m-\(seat.id.rawValue)"), seat: seat.id, person: member,
                    onBehalfOf: isLead ? "QKK" : seat.organisation, period: Period(from: LewishamData.established),
                    authorityToDecide: true, authorityBasis: "Executive post in the organisation"))
            }
            // The Place Lead (ICB) appointed before the Chair (a VCSE member of the Board).
            data.update(\.leadershipRoles, LewishamData.executivePlaceLead) {
                $0.holder = placeLeadPerson
                $0.employer = "QKK"
                $0.appointment?.date = "2022-01-10"
            }
            data.update(\.leadershipRoles, LewishamData.lcpBoardChair) {
                $0.holder = chairPerson
                $0.employer = "lew-vcse"
                $0.appointment?.date = "2022-02-01"
            }
            // §7.1–7.2: the Place Lead recruited from the partnership, with partners and Healthwatch on the panel.
            data.recruitments.append(Recruitment(
                id: recruitment, place: place, title: "Executive Place Lead", role: LewishamData.executivePlaceLead,
                stages: [RecruitmentStage(scope: .internal, eligibility: "Leaders drawn from the partnership",
                                          opens: "2021-10-01", closes: "2021-11-30", outcome: .appointed)],
                panel: [PanelMember(organisation: council, stakeholder: .partner),
                        PanelMember(organisation: "lew-healthwatch", stakeholder: .healthwatch)],
                opened: "2021-10-01", target: "2022-03-31", closed: "2021-11-30", outcome: .appointed,
                appointee: placeLeadPerson))
            // §9.1: the committee status approved by the ICB's (designate) board.
            data.approvals.append(Approval(
                id: "lew-test-status-approval", place: place, subject: RecordReference(LewishamData.lcpBoard),
                matter: .committeeStatus, form: .committeeOfStatutoryBody, approvedBy: "sel-icb-board", date: "2022-03-10"))
            // The children and young people's lead (§8.2) holds the leadership team's seat.
            data.people.append(person(cypLead, [Post(title: "Executive Director for Children and Young People",
                                                     organisation: council)]))
            data.memberships.append(Membership(id: "lew-test-m-plt-cyp", seat: "lew-plt-seat-cyp", person: cypLead,
                                               onBehalfOf: council, period: Period(from: LewishamData.established)))
            // The next steps done in time.
            for index in data.milestones.indices where data.milestones[index].place == place {
                data.milestones[index].status = .done
                data.milestones[index].completed = "2022-03-15"
            }
            // Lewisham's ICP seat held by the Cabinet Member for Health and Social Care.
            if existingICPSeat(in: data) == nil {
                data.seats.append(Seat(id: "lew-test-icp-seat", body: icp,
                                       title: "Elected Leader of Lewisham (or nominated cabinet member)",
                                       sectors: [.localAuthority], role: .electedLeader, place: place,
                                       organisation: council))
            }
            data.people.append(person(icpMember, [Post(title: "Cabinet Member for Health and Social Care",
                                                       organisation: council, role: .cabinetMember)]))
            data.memberships.append(Membership(id: "lew-test-m-icp", seat: icpSeat, person: icpMember,
                                               onBehalfOf: council, period: Period(from: "2021-10-01")))
        }
    }
}
