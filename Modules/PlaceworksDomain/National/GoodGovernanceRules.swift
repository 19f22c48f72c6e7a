/// The GOV rules: good governance practice implied across the documents.
extension NationalRules {
    public static var goodGovernance: [Rule] { [] }
}
