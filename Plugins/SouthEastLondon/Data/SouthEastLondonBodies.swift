import PlaceworksDomain

/// The ICS-level bodies: the ICB board, the ICP and the provider collaboratives, with their seats
/// and the ICS leaders the documents name.
enum SouthEastLondonBodies {
    /// The day the ICS bodies start to operate in shadow (designate) form.
    static let shadow: Day = "2021-10-01"

    static var dataset: Dataset {
        var data = Dataset(
            bodies: [IntegratedCareBoard.body, IntegratedCarePartnership.body] + ProviderCollaboratives.bodies,
            seats: IntegratedCareBoard.seats + IntegratedCarePartnership.seats + ProviderCollaboratives.seats)
        data.merge(SystemLeaders.dataset, overlap: .refuse)
        return data
    }

    /// The seat on `body` for each place: `<prefix>-<borough>`, e.g. `sel-icp-leader-lewisham`.
    static func placeSeatID(_ prefix: String, _ boroughName: String) -> ID<Seat> {
        ID("\(prefix)-\(boroughName.lowercased())")
    }
}
