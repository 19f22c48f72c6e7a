import PlaceworksDomain

/// Builds one synthetic place: its organisations, partnership committee and leadership team with
/// seats and members, leadership roles, delegation and budget, workstreams with milestones,
/// risks, indicators with observations, two years of meetings, and the partnership records of
/// `PlaceBuilder+PartnershipRecords.swift`.
struct PlaceBuilder {
    let system: SystemBuilder
    let number: Int
    let trusts: [Organisation]
    var data = Dataset()

    /// Fictional codes in a range ONS does not use (E99), so they never collide with a real place.
    var placeID: ID<Place> { ID("E99\(pad(number, 6))") }
    var key: String { "syn\(pad(number, 3))" }
    var council: ID<Organisation> { ID("\(key)-council") }
    var committee: ID<Body> { ID("\(key)-committee") }

    init(system: SystemBuilder, number: Int, trusts: [Organisation]) {
        self.system = system
        self.number = number
        self.trusts = trusts
    }

    static let committeeSeats: [(String, Sector, Role)] = [
        ("Executive Place Lead", .icb, .executivePlaceLead),
        ("Primary care (PCN clinical director)", .primaryCare, .pcnClinicalDirector),
        ("Primary care (PCN clinical director)", .primaryCare, .pcnClinicalDirector),
        ("Acute services provider", .acuteProvider, .chiefExecutive),
        ("Community services provider", .communityProvider, .chiefExecutive),
        ("Mental health services provider", .mentalHealthProvider, .chiefExecutive),
        ("Director of Adult Social Services", .localAuthority, .dass),
        ("Director of Children's Services", .localAuthority, .directorOfChildrensServices),
        ("Director of Public Health", .localAuthority, .dph),
        ("Cabinet member for health", .localAuthority, .cabinetMember),
        ("Healthwatch", .healthwatch, .representative),
        ("VCSE representative", .vcse, .representative),
        ("VCSE representative", .vcse, .representative),
        ("Social care provider representative", .socialCareProvider, .representative),
    ]

    static let leads: [Role] = [.socialCareLead, .primaryCareLead, .communityServicesLead, .mentalHealthLead,
                                .acuteServicesLead, .publicHealthLead, .childrenAndYoungPeopleLead]

    mutating func build(random: inout SeededGenerator) {
        let start = system.start
        let icb = system.icb
        let ics = system.icsID
        data.places.append(Place(id: placeID, name: "Synthetic Place \(number)", ics: ics,
                                 boundary: "Synthetic borough \(number) (LAD \(placeID))"))
        let local: [Organisation] = [
            Organisation(id: council, name: "Synthetic Borough Council \(number)", sectors: [.localAuthority],
                         statutory: true, place: placeID, ics: ics),
            Organisation(id: ID("\(key)-pcn"), name: "Synthetic PCN \(number)", sectors: [.primaryCare],
                         statutory: false, place: placeID, ics: ics),
            Organisation(id: ID("\(key)-healthwatch"), name: "Healthwatch Synthetic \(number)", sectors: [.healthwatch],
                         statutory: false, place: placeID, ics: ics),
            Organisation(id: ID("\(key)-vcse"), name: "Synthetic Community Action \(number)", sectors: [.vcse],
                         statutory: false, place: placeID, ics: ics),
            Organisation(id: ID("\(key)-care"), name: "Synthetic Care \(number)", sectors: [.socialCareProvider],
                         statutory: false, place: placeID, ics: ics),
        ]
        data.organisations += local
        func organisation(for sector: Sector) -> ID<Organisation> {
            switch sector {
            case .icb: icb
            case .localAuthority: council
            case .primaryCare: local[1].id
            case .healthwatch: local[2].id
            case .vcse: local[3].id
            case .socialCareProvider: local[4].id
            default: (trusts.first { $0.isIn(sector) } ?? trusts[0]).id
            }
        }

        // The partnership committee and the leadership team, with seats and members.
        data.bodies.append(Body(
            id: committee, name: "Synthetic Place \(number) Partnership Committee", kind: .committee, place: placeID,
            ics: ics, placeCommittee: true,
            lifecycle: [LifecycleEvent(.shadow, start), LifecycleEvent(.established, start.adding(days: 365))],
            terms: [TermsOfReference(
                version: "1", adopted: start, form: .committeeOfStatutoryBody, convenedBy: [icb],
                reportsTo: [ReportingLine(to: system.board, .committeeOf)], cadence: .monthly,
                decisionRule: .consensus, quorum: QuorumRule(fraction: Fraction(1, 2), mustInclude: [.icb, .localAuthority]),
                deputiesMayAct: true, sessions: .publicWithPrivate,
                nonStatutoryParticipationApproved: "ICB board minute", conflictsOfInterestPolicy: "ICB policy")]))
        let team: ID<Body> = ID("\(key)-leadership-team")
        data.bodies.append(Body(id: team, name: "Synthetic Place \(number) Leadership Team", kind: .leadershipTeam,
                                place: placeID, ics: ics, decisionMaking: false,
                                lifecycle: [LifecycleEvent(.established, start)]))
        data.seats.append(Seat(id: ID("\(key)-icb-place-member"), body: system.board,
                               title: "Place partner member, Synthetic Place \(number)", sectors: [.icb],
                               role: .placePartnerMember, place: placeID))

        var members: [ID<Person>] = []
        for (index, seat) in Self.committeeSeats.enumerated() {
            let seatID: ID<Seat> = ID("\(key)-seat-\(index)")
            let orgID = organisation(for: seat.1)
            data.seats.append(Seat(id: seatID, body: committee, title: seat.0, sectors: [seat.1], role: seat.2,
                                   organisation: orgID))
            if random.chance(0.05) { continue }   // a vacancy
            let person = addPerson("\(key)-member-\(index)", post: seat.0, organisation: orgID, role: seat.2)
            let deputy = random.chance(0.9) ? addPerson("\(key)-deputy-\(index)", post: seat.0, organisation: orgID, role: nil) : nil
            data.memberships.append(Membership(id: ID("\(key)-m-\(index)"), seat: seatID, person: person,
                                               onBehalfOf: orgID, period: Period(from: start), deputy: deputy,
                                               deputyBriefed: deputy != nil))
            members.append(person)
        }
        for (index, role) in Self.leads.enumerated() {
            let seatID: ID<Seat> = ID("\(key)-lead-\(index)")
            data.seats.append(Seat(id: seatID, body: team, title: role.rawValue, role: role, voting: false))
            if let person = members[safe: index] {
                data.memberships.append(Membership(id: ID("\(key)-lead-m-\(index)"), seat: seatID, person: person,
                                                   period: Period(from: start)))
            }
        }

        // Leadership and delegation.
        let lead: ID<LeadershipRole> = ID("\(key)-place-lead")
        data.leadershipRoles.append(LeadershipRole(
            id: lead, title: "Executive Place Lead", kind: .executiveLead, role: .executivePlaceLead, place: placeID,
            body: committee, holder: members.first, employer: icb, conflictPoliciesOf: [icb],
            appointment: Appointment(process: .jointRecruitment, date: start), period: Period(from: start)))
        data.leadershipRoles.append(LeadershipRole(
            id: ID("\(key)-chair"), title: "Chair", kind: .convenor, role: .chair, place: placeID, body: committee,
            holder: members.last, appointment: Appointment(process: .openExpressionsOfInterest, date: start),
            period: Period(from: start)))
        let delegation: ID<Delegation> = ID("\(key)-delegation")
        data.delegations.append(Delegation(
            id: delegation, delegator: icb, toRole: lead, place: placeID,
            functions: [.primaryCare, .communityPhysicalHealth, .communityMentalHealth, .prescribing,
                        .continuingHealthcare, .clientGroups],
            instrument: .schemeOfReservationAndDelegation, assurance: "Quarterly assurance report",
            period: Period(from: start)))
        let categories = ["Other Acute", "Other Community Health", "Mental Health", "Continuing Care", "Prescribing",
                          "Other Primary Care", "Other Programme", "Delegated Primary Care", "Corporate"]
        let lines = categories.map { BudgetLine($0, amount: random.int(500...50_000) * 1000) }
        data.budgets.append(Budget(
            id: ID("\(key)-budget"), place: placeID, delegation: delegation, financialYear: "2021/22", basis: "plan",
            lines: lines, statedTotal: lines.reduce(0) { $0 + $1.amount } + (random.chance(0.05) ? 1000 : 0),
            publishedAt: "Committee papers", equityPrinciplesRecorded: "Terms of reference",
            variationExplained: "No variation", betterCareFundMinimum: random.int(5_000...20_000) * 1000))

        // Delivery: workstreams, milestones, risks, indicators.
        for (w, name) in ["Start Well", "Live Well", "Age Well", "Care Well"].enumerated() {
            let workstream: ID<Workstream> = ID("\(key)-ws-\(w)")
            data.workstreams.append(Workstream(
                id: workstream, place: placeID, name: name, sro: members[safe: w + 1], overseenBy: committee,
                sponsor: members[safe: w + 1], aims: [QuadrupleAim.allCases[w]], deliverables: ["Deliverable \(w)"]))
            for m in 0..<8 {
                let due = start.adding(days: 45 * (m + 1))
                let done = random.chance(0.85)
                data.milestones.append(Milestone(
                    id: ID("\(key)-ms-\(w)-\(m)"), place: placeID, workstream: workstream, title: "\(name) step \(m + 1)",
                    due: due, status: done ? .done : .inProgress, completed: done ? due.adding(days: -3) : nil))
            }
            for i in 0..<2 {
                data.indicators.append(Indicator(
                    id: ID("\(key)-ind-\(w)-\(i)"), place: placeID, workstream: workstream, name: "\(name) indicator \(i + 1)",
                    aim: QuadrupleAim.allCases[w], unit: "%",
                    observations: (0..<8).map { q in
                        Observation(period: "Q\(q % 4 + 1)", date: start.adding(days: 91 * q),
                                    value: Double(random.int(400...900)) / 10)
                    }))
            }
        }
        for r in 0..<12 {
            let likelihood = random.int(1...5), impact = random.int(1...5)
            data.risks.append(Risk(
                id: ID("\(key)-risk-\(r)"), place: placeID, body: committee, title: "Risk \(r + 1) of place \(number)",
                owner: random.chance(0.95) ? members[safe: r % max(1, members.count)] : nil,
                likelihood: likelihood, impact: impact, mitigation: random.chance(0.95) ? "Mitigation plan" : nil,
                reviewBy: start.adding(days: 400 + random.int(0...300)), opened: start,
                escalatedTo: likelihood * impact >= Risk.escalationThreshold ? committee : nil))
        }

        // Two years of monthly meetings.
        for month in 0..<24 {
            let date = start.adding(days: 30 * month + 10)
            let present = members.filter { _ in random.chance(0.85) }
            let conflicted = present.first
            data.meetings.append(Meeting(
                id: ID("\(key)-meeting-\(month)"), body: committee, date: date, session: .publicWithPrivate,
                attendance: present.map { Attendance($0, as: .member) },
                items: [AgendaItem(id: "1", title: "Performance report"),
                        AgendaItem(id: "2", title: "Investment decision",
                                   decision: Decision(id: "\(key)-d-\(month)", summary: "Approve investment",
                                                      rule: .consensus, excluded: conflicted.map { [$0] } ?? [],
                                                      affectsCommunities: true, engagement: "Resident panel",
                                                      equalityImpactAssessment: true))],
                declarations: conflicted.map { [Declaration(person: $0, item: "2", interest: "Provider interest")] } ?? []))
        }

        buildPartnershipRecords(lead: lead, members: members)
    }

    private mutating func addPerson(_ id: String, post: String, organisation: ID<Organisation>, role: Role?) -> ID<Person> {
        let person = ID<Person>(id)
        data.people.append(Person(id: person, name: "Person \(id)", fictional: true,
                                  posts: [Post(title: post, organisation: organisation, role: role)]))
        return person
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
