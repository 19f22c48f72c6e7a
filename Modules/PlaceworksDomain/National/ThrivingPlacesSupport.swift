/// Helpers the NAT rules share: how they name things in messages and how they tell statutory from
/// non-statutory participation.
enum ThrivingPlaces {
    /// The day integrated care boards take over NHS funding from CCGs (1 April 2022, the date the
    /// guidance plans for 2022/23 arrangements).
    static let icbsEstablished: Day = "2022-04-01"

    /// The sectors whose organisations are statutory bodies in Table 2's sense (ICB, local
    /// authorities, statutory NHS providers, NHS England), used when a seat names no organisation.
    static let statutorySectors: Set<Sector> = [
        .icb, .nhsEngland, .localAuthority, .acuteProvider, .communityProvider, .mentalHealthProvider,
    ]

    /// Joins names as a reader would: "a", "a and b", "a, b and c" (or "a, b or c").
    static func list(_ items: [String], _ conjunction: String = "and") -> String { items.joinedAsList(conjunction) }

    /// Whole pounds as a reader writes them, grouped in thousands: "1,250,000".
    static func pounds(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var grouped = ""
        for (offset, character) in digits.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (amount < 0 ? "-" : "") + String(grouped.reversed())
    }

    /// The delegations of statutory functions to a place on `day`: from a statutory body, and not a
    /// lead provider's subcontract (NAT-GOV-5).
    static func statutoryDelegations(in place: ID<Place>, data: DatasetIndex, on day: Day) -> [Delegation] {
        data.delegations(in: place, on: day).filter { delegation in
            delegation.toOrganisation == nil && isStatutory(delegation.delegator, in: data)
        }
    }

    /// An organisation's name, or its identifier when it is not in the data.
    static func name(of organisation: ID<Organisation>, in data: DatasetIndex) -> String {
        data.organisations[organisation]?.name ?? "organisation \(organisation)"
    }

    /// Whether `organisation` is recorded and statutory.
    static func isStatutory(_ organisation: ID<Organisation>, in data: DatasetIndex) -> Bool {
        data.organisations[organisation]?.statutory ?? false
    }

    /// Whether a seat is held for a non-statutory organisation on `day`: judged by the organisation
    /// it represents where one is recorded, otherwise by its sectors. A seat with neither is not judged.
    static func isNonStatutory(_ seat: Seat, in data: DatasetIndex, on day: Day) -> Bool {
        if let organisation = data.organisation(for: seat, on: day) { return !organisation.statutory }
        let sectors = data.sectors(of: seat, on: day)
        return !sectors.isEmpty && sectors.isDisjoint(with: statutorySectors)
    }

    /// The titles of a body's seats held for non-statutory *providers* on `day` (Table 2: "The
    /// committee may appoint representatives of non-statutory providers"): Healthwatch and VCSE
    /// seats, which are not providers, need no approval.
    static func nonStatutorySeats(of body: Body, in data: DatasetIndex, on day: Day) -> [String] {
        data.seats(of: body.id, on: day).filter { seat in
            isNonStatutory(seat, in: data, on: day)
                && !data.sectors(of: seat, on: day).isDisjoint(with: NationalRules.providerSectors)
        }.map(\.title)
    }

    /// The concern, if any, that a body has non-statutory members without its convening statutory
    /// bodies having recorded that they consider this appropriate (Table 2).
    static func unapprovedNonStatutoryParticipation(of body: Body, terms: TermsOfReference, form: String,
                                                    in data: DatasetIndex, on day: Day) -> Concern? {
        guard (terms.nonStatutoryParticipationApproved ?? "").isEmpty else { return nil }
        let seats = nonStatutorySeats(of: body, in: data, on: day)
        guard !seats.isEmpty else { return nil }
        return Concern(about: body, "\(body.name) is \(form) with seats for non-statutory providers "
            + "(\(list(seats))), but its terms of reference (version \(terms.version)) do not record that the "
            + "convening statutory bodies consider this appropriate; record where they agreed it.")
    }

    /// The delegations that hold on `day` to a body or to a leadership role attached to it.
    static func delegations(to body: Body, in place: ID<Place>, data: DatasetIndex, on day: Day) -> [Delegation] {
        data.delegations(in: place, on: day).filter { delegation in
            if delegation.toBody == body.id { return true }
            if let role = delegation.toRole, data.leadershipRolesByID[role]?.body == body.id { return true }
            return false
        }
    }
}
