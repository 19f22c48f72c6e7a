import Foundation
import Hummingbird
import PlaceworksApplication

/// Reads `Authorization: Bearer …`, and sets the caller when the token is live. Refuses a
/// request with a missing or unknown token with 401. The token itself is never logged.
///
/// Tokens are looked up in the store on every request, so a token created or revoked through
/// `place token` — or through any instance sharing the store — counts from the next request.
struct TokenAuthenticator: RouterMiddleware {
    typealias Context = ServerContext
    let tokens: AccessTokens

    func handle(_ request: Request, context: ServerContext,
                next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        guard let secret = try Self.bearer(request) else {
            throw Self.unauthorised("This route needs an API token: send `Authorization: Bearer <token>` "
                + "(an administrator creates one with `place token create`).")
        }
        let token = try await Self.verify(secret, with: tokens, context: context)
        var context = context
        context.caller = Caller(token)
        // Writes are logged with their actor. (Each metadata change costs the log handler a pass
        // over all metadata, so reads, which change nothing, are spared it.)
        if request.method != .get && request.method != .head {
            context.logger[metadataKey: "caller"] = .string(token.name)
        }
        return try await next(request, context)
    }

    /// The bearer token the request carries; nil when it has no `Authorization` header.
    /// - Throws: 401 for an `Authorization` header that is not `Bearer <token>`.
    static func bearer(_ request: Request) throws -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        // "Bearer", in any case, a space, then the token (spaces around it ignored).
        let scheme = header.utf8.prefix(7)
        var token = header.dropFirst(7)
        while token.first == " " { token.removeFirst() }
        while token.last == " " { token.removeLast() }
        guard scheme.elementsEqual("bearer ".utf8, by: { $0 | 0x20 == $1 }), !token.isEmpty else {
            throw unauthorised("The Authorization header must be `Bearer <token>`.")
        }
        return String(token)
    }

    /// The live token whose secret is `secret`.
    /// - Throws: 401 for an unknown or revoked token; 503 when the store cannot be asked.
    static func verify(_ secret: String, with tokens: AccessTokens, context: ServerContext) async throws -> APIToken {
        let token: APIToken?
        do { token = try await tokens.verify(secret) } catch {
            context.logger.error("API tokens unreadable", metadata: ["error": "\(error)"])
            throw Problem(.serviceUnavailable, "The server cannot check API tokens just now; try again later, "
                + "and tell its administrator if it persists.")
        }
        guard let token else {
            throw unauthorised("The API token is not valid: it is unknown or has been revoked.")
        }
        return token
    }

    static func unauthorised(_ detail: String) -> Problem {
        Problem(.unauthorized, detail, headers: [.wwwAuthenticate: "Bearer realm=\"placeworks\""])
    }
}

/// A value behind a lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
