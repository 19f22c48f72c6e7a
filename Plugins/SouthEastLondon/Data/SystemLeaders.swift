import PlaceworksDomain

/// The ICS leaders the documents name (lewisham-lcp… §3.2): Richard Douglas, ICS Chair designate,
/// and Andrew Bland, ICS Chief Executive designate. They hold the Chair and Chief Executive seats of
/// the ICB board and the ICP from the ICS's establishment; no holder is recorded for any other
/// ICS-level seat.
enum SystemLeaders {
    static let chair: ID<Person> = "richard-douglas"
    static let chiefExecutive: ID<Person> = "andrew-bland"

    static var dataset: Dataset {
        let icb = SouthEastLondonData.icb
        let designate = Period(to: SouthEastLondonData.icsEstablished.adding(days: -1))
        let inOffice = Period(from: SouthEastLondonData.icsEstablished)
        return Dataset(
            people: [
                Person(id: chair, name: "Richard Douglas", posts: [
                    Post(title: "ICS Chair designate", organisation: icb, role: .icsChair, substantive: false,
                         period: designate),
                    Post(title: "ICS Chair", organisation: icb, role: .icsChair, period: inOffice),
                ]),
                Person(id: chiefExecutive, name: "Andrew Bland", posts: [
                    Post(title: "ICS Chief Executive designate", organisation: icb, role: .chiefExecutive,
                         substantive: false, period: designate),
                    Post(title: "ICS Chief Executive", organisation: icb, role: .chiefExecutive, period: inOffice),
                ]),
            ],
            memberships: [
                Membership(id: "sel-icb-chair-richard-douglas", seat: "sel-icb-chair", person: chair,
                           onBehalfOf: icb, period: inOffice),
                Membership(id: "sel-icp-ics-chair-richard-douglas", seat: "sel-icp-ics-chair", person: chair,
                           onBehalfOf: icb, period: inOffice),
                Membership(id: "sel-icb-chief-executive-andrew-bland", seat: "sel-icb-chief-executive",
                           person: chiefExecutive, onBehalfOf: icb, period: inOffice),
                Membership(id: "sel-icp-ics-chief-executive-andrew-bland", seat: "sel-icp-ics-chief-executive",
                           person: chiefExecutive, onBehalfOf: icb, period: inOffice),
            ])
    }
}
