import PlaceworksDomain

extension RuleContext {
    /// Each place the rule applies to, with its partnership (LCP) committee on the day checked.
    /// Places with no committee recorded are left out: SEL-LCP-3 reports them.
    var placeCommittees: [(place: Place, committee: Body)] {
        places.compactMap { place in data.placeCommittee(of: place.id, on: asOf).map { (place, $0) } }
    }

    /// The ICSs the rule applies to whose ICB board operates (in shadow or established form) on the
    /// day checked; an ICS with no board recorded is checked too.
    var operatingSystems: [ICS] {
        systems.filter { system in
            system.board.flatMap { data.bodies[$0] }?.isOperating(on: asOf) ?? true
        }
    }

    /// Whether the ICB has taken over from the CCG on the day checked (1 April 2022, as the
    /// documents plan it): before then there is no ICB delegation and no Executive Place Lead to check.
    var icbInPlace: Bool { asOf >= SouthEastLondonData.icsEstablished }

    /// Whether `organisation` is an integrated care board (an organisation in the ICB sector).
    func isICB(_ organisation: ID<Organisation>?) -> Bool {
        organisation.flatMap { data.organisations[$0] }?.isIn(.icb) ?? false
    }

    /// The name of an organisation, or its identifier when it is not recorded.
    func name(of organisation: ID<Organisation>) -> String {
        data.organisations[organisation]?.name ?? organisation.rawValue
    }
}

/// Joins names as a board secretary would write them: "a, b and c".
func listed(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
}
