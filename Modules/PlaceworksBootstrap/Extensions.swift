import Lewisham
import PlaceworksDomain
import SouthEastLondon
import Southwark

/// The extensions every Placeworks executable runs with, each after those it requires. A new
/// borough adds one line here (and its `import`), as `place new-extension` does: see docs/extending.md.
public let placeworksExtensions: [any PlaceworksExtension] = [
    NationalGuidance(),
    SouthEastLondonExtension(),
    SouthwarkExtension(),
    LewishamExtension(),
]

extension Registry {
    /// The registry of every extension Placeworks ships with.
    public static func standard() throws(RegistryError) -> Registry {
        try Registry(placeworksExtensions)
    }
}
