extension Role {
    /// A councillor (an elected member of a local authority) who is neither its leader nor a
    /// cabinet member: thriving-places §4 "Membership" names "elected members" without narrowing it.
    public static let electedMember: Role = "elected-member"
}
