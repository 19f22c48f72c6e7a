import Lewisham
import PlaceworksDomain
import SouthEastLondon
import Southwark

/// The extensions every Placeworks executable runs with. A new borough adds one line here.
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
