/// The NAT rules: NHS England / LGA "Thriving places" guidance (2021).
extension NationalRules {
    public static var thrivingPlaces: [Rule] { [] }
}
