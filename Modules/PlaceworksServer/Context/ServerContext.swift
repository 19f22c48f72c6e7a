import Hummingbird
import PlaceworksApplication

/// The request context of every route: Hummingbird's core storage and the caller, once the
/// bearer token has been checked.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who is calling, when the request carried a valid token.
    public var caller: Caller?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        caller = nil
    }

    /// Request bodies are small JSON documents: anything larger is refused with 413.
    public var maxUploadSize: Int { 64 * 1024 }
}

/// The holder of a valid API token: their name (the actor of their writes), role and places.
public struct Caller: Sendable, Hashable {
    public var name: String
    public var role: AccessRole
    public var places: Set<String>

    public init(name: String, role: AccessRole, places: Set<String> = []) {
        self.name = name
        self.role = role
        self.places = places
    }

    init(_ token: APIToken) {
        self.init(name: token.name, role: token.role, places: Set(token.places))
    }

    /// Whether the caller may change data filed under `place` (nil: data of no one place).
    func mayChange(place: String?) -> Bool {
        switch role {
        case .icsAdmin: true
        case .viewer: false
        case .placeEditor: place.map { places.contains($0) } ?? false
        }
    }
}
