import PlaceworksDomain

/// The extensions the example dataset (`examples/sel-2022.yaml`) and the findings its README
/// documents were written for. Tests of the example build their registry from these only, so
/// registering a further extension — a new borough — leaves their expectations as they are.
///
/// ```swift
/// let registry = try ExampleScope.registry(of: placeworksExtensions)
/// ```
public enum ExampleScope {
    public static let extensionNames = ["National guidance", "South East London", "Southwark", "Lewisham"]

    /// The registry of those of `extensions` the example was written for.
    public static func registry(of extensions: [any PlaceworksExtension]) throws -> Registry {
        try Registry(extensions.filter { extensionNames.contains($0.name) })
    }
}
