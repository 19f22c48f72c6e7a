import PlaceworksDomain

/// Every SEL rule.
public enum SouthEastLondonRules {
    public static var all: [Rule] { [] }
}
