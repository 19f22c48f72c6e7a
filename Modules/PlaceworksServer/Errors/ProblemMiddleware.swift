import Foundation
import Hummingbird
import Logging
import PlaceworksApplication
import PlaceworksStore

/// Turns every error a route throws into a problem document: the application layer's errors
/// into 404, 409, 412 and 422 with their messages; anything unexpected into a 500 that says
/// only that the server failed (the cause goes to the log, not to the client).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error)
            if problem.status.code >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            return try problem.response(from: request, context: context)
        }
    }

    static func problem(for error: any Error) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let error as OperationError:
            switch error {
            case let .notFound(kind, id): return .notFound("There is no \(kind) with the identifier \(id).")
            case let .invalid(field, reason): return .unprocessable("\(field): \(reason)", field: field)
            case let .conflict(reason): return Problem(.conflict, reason)
            }
        case let error as StoreError:
            switch error {
            case .staleVersion:
                return Problem(.preconditionFailed, error.description)
            case .recordNotFound:
                return .notFound(error.description)
            case let .invalidData(problems):
                return .unprocessable(error.description, field: problems.first?.field)
            case .duplicateChange, .tokenExists:
                return Problem(.conflict, error.description)
            case .tokenNotFound:
                return .notFound(error.description)
            case .schemaBehind, .schemaAhead, .database, .invalidLocation, .unreadableRecord:
                return Problem(.serviceUnavailable, "The store cannot be used just now. Try again later; "
                    + "if it persists, tell the service's administrator.")
            }
        case let error as HTTPError:
            switch error.status {
            case .notFound: return .notFound("There is no such route. GET /openapi.json lists the routes.")
            case .methodNotAllowed: return Problem(.methodNotAllowed, "This route does not take that method.")
            case .contentTooLarge: return Problem(.contentTooLarge, "The request body is too large (at most 64 KiB).")
            default: return Problem(error.status, error.body ?? error.status.reasonPhrase)
            }
        case let error as any HTTPResponseError:
            if error.status == .contentTooLarge {
                return Problem(.contentTooLarge, "The request body is too large (at most 64 KiB).")
            }
            return Problem(error.status, error.status.reasonPhrase)
        default:
            return Problem(.internalServerError, "The server failed to answer this request. It has been logged; "
                + "try again, and tell the service's administrator if it persists.")
        }
    }
}
