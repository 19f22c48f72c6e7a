extension DatasetIndex {
    /// The place a record belongs to, by its own place field or its body's: a body, seat,
    /// membership, meeting, leadership role, delegation, budget, workstream, milestone, risk,
    /// indicator or governance option of a place; a place itself. Nil for ICS-level records and for
    /// people and organisations, which belong to no one place.
    public func place(of subject: Subject) -> ID<Place>? {
        func bodyPlace(_ body: ID<Body>?) -> ID<Place>? { body.flatMap { bodies[$0]?.place } }
        func first<E: Entity>(_ list: [E]) -> E? { list.first { $0.id.rawValue == subject.id } }
        switch subject.kind {
        case .place: return places[ID(subject.id)]?.id
        case .body: return bodyPlace(ID(subject.id))
        case .seat: return bodyPlace(seats[ID(subject.id)]?.body)
        case .membership: return bodyPlace(first(dataset.memberships).flatMap { seats[$0.seat]?.body })
        case .meeting: return bodyPlace(first(dataset.meetings)?.body)
        case .leadershipRole:
            let role = leadershipRolesByID[ID(subject.id)]
            return role?.place ?? bodyPlace(role?.body)
        case .delegation:
            let delegation = delegationsByID[ID(subject.id)]
            return delegation?.place ?? bodyPlace(delegation?.toBody)
        case .budget: return first(dataset.budgets)?.place
        case .workstream: return workstreamsByID[ID(subject.id)]?.place
        case .milestone: return first(dataset.milestones)?.place
        case .risk:
            let risk = first(dataset.risks)
            return risk?.place ?? bodyPlace(risk?.body)
        case .indicator: return first(dataset.indicators)?.place
        case .option: return first(dataset.options)?.place
        case .fund: return first(dataset.funds)?.place
        case .accountability: return first(dataset.accountabilities)?.place
        case .approval: return first(dataset.approvals)?.place
        case .publication: return first(dataset.publications)?.place
        case .engagement: return first(dataset.engagements)?.place
        case .recruitment: return first(dataset.recruitments)?.place
        case .agreement: return first(dataset.agreements)?.place
        case .commitment: return first(dataset.commitments)?.place
        case .ics, .organisation, .person, .decision: return nil
        }
    }
}
