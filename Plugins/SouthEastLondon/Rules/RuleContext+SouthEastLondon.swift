import PlaceworksDomain

extension RuleContext {
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
}

/// Joins names as a board secretary would write them: "a, b and c".
func listed(_ items: [String]) -> String { items.joinedAsList() }
