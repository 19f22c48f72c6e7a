/// The NAT rules: NHS England / LGA "Thriving places" guidance (2021).
extension NationalRules {
    /// Every NAT rule, one per requirement of the catalogue's "National guidance (NAT)" section.
    public static var thrivingPlaces: [Rule] {
        membership + governanceForms + delegationForms + accountability + funding + leadership + geography
            + engagement + systemRecords
    }
}
