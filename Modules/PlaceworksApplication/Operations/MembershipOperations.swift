import PlaceworksDomain
import PlaceworksStore

/// Appoints a person to a seat from a day, adding the person when a name is given and they are new.
public struct AppointMember: WriteOperation {
    public var membership: Membership
    /// The person's name, to add them if the store does not hold them yet.
    public var personName: String?

    /// A membership of `seat` by `person` from `from`; its identifier defaults to
    /// `seat--person--from`, so appointing the same person to the same seat twice changes nothing.
    public init(seat: ID<Seat>, person: ID<Person>, personName: String? = nil, onBehalfOf: ID<Organisation>? = nil,
                from: Day, deputy: ID<Person>? = nil, deputyBriefed: Bool = false, id: ID<Membership>? = nil) {
        membership = Membership(id: id ?? ID("\(seat)--\(person)--\(from)"), seat: seat, person: person,
                                onBehalfOf: onBehalfOf, period: Period(from: from), deputy: deputy,
                                deputyBriefed: deputyBriefed)
        self.personName = personName
    }

    public var summary: String {
        "Appointed \(membership.person) to seat \(membership.seat) from \(membership.period.start.map { "\($0)" } ?? "") "
            + "(membership \(membership.id))."
    }

    public func validate() throws(OperationError) {
        if membership.deputy == membership.person {
            throw .invalid(field: "deputy", reason: "a member cannot be their own deputy.")
        }
    }

    public func apply(to edit: inout DatasetEdit) throws {
        _ = try edit.existing(Seat.self, membership.seat)
        let from = membership.period.start ?? "0001-01-01"
        if let held = edit.dataset.memberships.first(where: {
            $0.seat == membership.seat && $0.holds(on: from) && $0.id != membership.id
        }) {
            throw OperationError.conflict("seat \(membership.seat) is held by \(held.person) on \(from) "
                + "(membership \(held.id)); end that membership first.")
        }
        if let personName, edit.record(Person.self, id: membership.person) == nil {
            edit.put(Person(id: membership.person, name: personName))
        }
        edit.put(membership)
    }
}

/// Ends a membership on a day (its last day).
public struct EndMembership: WriteOperation {
    public var membership: ID<Membership>
    public var on: Day
    /// The version the change is based on; nil applies it to the membership as it is now.
    public var expectedVersion: Int64?

    public init(membership: ID<Membership>, on: Day, expectedVersion: Int64? = nil) {
        self.membership = membership
        self.on = on
        self.expectedVersion = expectedVersion
    }

    public var summary: String { "Ended membership \(membership) on \(on)." }

    public func apply(to edit: inout DatasetEdit) throws {
        let current = try edit.existing(Membership.self, membership)
        if let start = current.period.start, on < start {
            throw OperationError.invalid(field: "on", reason: "membership \(membership) starts on \(start); "
                + "it cannot end before that (\(on)).")
        }
        try edit.update(Membership.self, id: membership, basedOn: expectedVersion) { $0.period.end = on }
    }
}

/// Sets a membership's nominated deputy, adding the deputy when a name is given and they are new.
public struct SetDeputy: WriteOperation {
    public var membership: ID<Membership>
    public var deputy: ID<Person>
    public var deputyName: String?
    public var briefed: Bool
    public var expectedVersion: Int64?

    public init(membership: ID<Membership>, deputy: ID<Person>, deputyName: String? = nil, briefed: Bool = false,
                expectedVersion: Int64? = nil) {
        self.membership = membership
        self.deputy = deputy
        self.deputyName = deputyName
        self.briefed = briefed
        self.expectedVersion = expectedVersion
    }

    public var summary: String { "Set \(deputy) as deputy on membership \(membership)." }

    public func apply(to edit: inout DatasetEdit) throws {
        let current = try edit.existing(Membership.self, membership)
        if current.person == deputy {
            throw OperationError.invalid(field: "deputy", reason: "\(deputy) holds membership \(membership); "
                + "a member cannot be their own deputy.")
        }
        if let deputyName, edit.record(Person.self, id: deputy) == nil {
            edit.put(Person(id: deputy, name: deputyName))
        }
        try edit.update(Membership.self, id: membership, basedOn: expectedVersion) {
            $0.deputy = deputy
            $0.deputyBriefed = briefed
        }
    }
}
