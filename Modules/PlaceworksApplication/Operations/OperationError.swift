/// Why a write operation was refused before anything was written, in words a board secretary
/// can act on. Each case names the field or record at fault; the server maps them to HTTP
/// statuses (404, 409, 422) and the CLI to exit status 2.
public enum OperationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operation names a record the store does not hold.
    case notFound(kind: String, id: String)
    /// A value is not acceptable: `field` names it.
    case invalid(field: String, reason: String)
    /// The change conflicts with what the store holds (a seat already held, a risk already there).
    case conflict(String)

    public var description: String {
        switch self {
        case let .notFound(kind, id): "there is no \(kind) with the identifier \(id) in the store."
        case let .invalid(field, reason): "\(field): \(reason)"
        case let .conflict(reason): reason
        }
    }
}
