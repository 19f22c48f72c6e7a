import Foundation
import Hummingbird
import PlaceworksApplication

/// The live tokens, read from the token file again whenever the file changes (so creating or
/// revoking a token needs no restart). Tests give a fixed list instead.
public final class TokenSource: Sendable {
    private let file: TokenFile?
    private let state: Locked<(stamp: String?, verifier: TokenVerifier)>

    /// Tokens read from `file`.
    public init(file: TokenFile) throws {
        self.file = file
        state = Locked((nil, TokenVerifier(tokens: [])))
        _ = try verifier()
    }

    /// A fixed list of tokens.
    public init(tokens: [APIToken]) {
        file = nil
        state = Locked((nil, TokenVerifier(tokens: tokens)))
    }

    func verifier() throws -> TokenVerifier {
        guard let file else { return state.withLock { $0.verifier } }
        // The file's modification time, size and inode: any rewrite changes at least one.
        let stamp = (try? FileManager.default.attributesOfItem(atPath: file.path)).map { attributes in
            "\(attributes[.modificationDate] ?? "")|\(attributes[.size] ?? "")|\(attributes[.systemFileNumber] ?? "")"
        }
        if let current = state.withLock({ $0.stamp == stamp && stamp != nil ? $0.verifier : nil }) {
            return current
        }
        let verifier = TokenVerifier(tokens: try file.load())
        state.withLock { $0 = (stamp, verifier) }
        return verifier
    }
}

/// Reads `Authorization: Bearer …`, and sets the caller when the token is live. Refuses a
/// request with a missing or unknown token with 401. The token itself is never logged.
struct TokenAuthenticator: RouterMiddleware {
    typealias Context = ServerContext
    let tokens: TokenSource

    func handle(_ request: Request, context: ServerContext,
                next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var context = context
        guard let header = request.headers[.authorization] else {
            throw Self.unauthorised("This route needs an API token: send `Authorization: Bearer <token>` "
                + "(an administrator creates one with `place token create`).")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Self.unauthorised("The Authorization header must be `Bearer <token>`.")
        }
        let verifier: TokenVerifier
        do { verifier = try tokens.verifier() } catch {
            context.logger.error("token file unreadable", metadata: ["error": "\(error)"])
            throw Problem(.serviceUnavailable, "The server cannot read its API tokens just now; tell its administrator.")
        }
        guard let token = verifier.token(for: String(parts[1]).trimmingCharacters(in: .whitespaces)) else {
            throw Self.unauthorised("The API token is not valid: it is unknown or has been revoked.")
        }
        context.caller = Caller(token)
        context.logger[metadataKey: "caller"] = .string(token.name)
        return try await next(request, context)
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
