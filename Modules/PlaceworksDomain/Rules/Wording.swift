extension Array where Element == String {
    /// The items joined as a reader writes them in a finding: "a", "a and b", "a, b and c" (or,
    /// with `conjunction` "or", "a, b or c").
    public func joinedAsList(_ conjunction: String = "and") -> String {
        switch count {
        case 0: ""
        case 1: self[0]
        default: dropLast().joined(separator: ", ") + " \(conjunction) " + self[count - 1]
        }
    }
}
