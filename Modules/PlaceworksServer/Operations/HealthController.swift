import Hummingbird
import PlaceworksApplication

/// `/health/live` (the process answers) and `/health/ready` (the store is reachable, its schema
/// is current and the snapshot reads): what a load balancer polls.
struct HealthController: Sendable {
    let engine: Engine

    func register(on router: Router<ServerContext>) {
        router.get("health/live") { _, _ in
            JSONResponse.make(Array(#"{"status":"live"}"#.utf8))
        }
        router.get("health/ready") { _, context in
            do {
                let status = try await engine.store.schemaStatus()
                guard status.unknown.isEmpty else {
                    throw Problem(.serviceUnavailable, "The store's schema is at version \(status.current), newer than "
                        + "this program understands (\(status.latest)): run a newer release of Placeworks.")
                }
                guard status.isCurrent else {
                    throw Problem(.serviceUnavailable, "The store's schema is at version \(status.current), "
                        + "not \(status.latest): run `place db migrate`.")
                }
                let snapshot = try await engine.snapshot()
                return JSONResponse.make(Array(
                    #"{"status":"ready","schema":\#(status.current),"dataVersion":\#(snapshot.dataVersion)}"#.utf8))
            } catch let problem as Problem {
                throw problem
            } catch {
                context.logger.error("not ready", metadata: ["error": "\(error)"])
                throw Problem(.serviceUnavailable, "The store cannot be reached.")
            }
        }
    }
}
