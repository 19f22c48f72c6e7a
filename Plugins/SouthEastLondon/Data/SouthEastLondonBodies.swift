import PlaceworksDomain

/// The ICS-level bodies: the ICB board, the ICP, the provider collaboratives — with their seats.
enum SouthEastLondonBodies {
    static var dataset: Dataset {
        Dataset(bodies: [
            Body(id: SouthEastLondonData.icbBoard, name: "NHS South East London ICB Board", kind: .board,
                 ics: SouthEastLondonData.ics,
                 lifecycle: [LifecycleEvent(.shadow, "2021-10-01"),
                             LifecycleEvent(.established, SouthEastLondonData.icsEstablished)]),
            Body(id: SouthEastLondonData.icp, name: "South East London Integrated Care Partnership",
                 kind: .jointCommittee, ics: SouthEastLondonData.ics,
                 lifecycle: [LifecycleEvent(.shadow, "2021-10-01"),
                             LifecycleEvent(.established, SouthEastLondonData.icsEstablished)]),
        ])
    }
}
