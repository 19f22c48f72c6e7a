import Foundation
import HummingbirdTesting
import Testing
@testable import PlaceworksServer
import PlaceworksApplication
import PlaceworksStoreSQLite

@Suite("The OpenAPI document describes exactly the routes served")
struct OpenAPIDocumentTests {
    @Test("every route the router serves is in /openapi.json with its method, and every documented operation is served")
    func routesMatchDocument() async throws {
        let world = try await ServerWorld.make()
        let router = buildRouter(engine: world.engine)
        let served = Set(router.routes.map { route -> String in
            let path = route.path.description.split(separator: "/").map { part in
                part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
            }.joined(separator: "/")
            return "\(route.method.rawValue.lowercased()) /\(path)"
        })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in
            operations.keys.filter { ["get", "post", "patch", "put", "delete"].contains($0) }.map { "\($0) \(path)" }
        })
        #expect(served.subtracting(documented).isEmpty, "served but not documented: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "documented but not served: \(documented.subtracting(served).sorted())")
        #expect(served.count > 30)
        try await world.store.close()
    }

    @Test("/openapi.json and the health routes answer without a token")
    func openRoutes() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let document = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(document.status == .ok)
            #expect(document.object["openapi"] as? String == "3.1.0")
            let ready = try await client.execute(uri: "/health/ready", method: .get)
            #expect(ready.status == .ok, "\(ready.text)")
            #expect(ready.object["status"] as? String == "ready")
        }
    }
}

@Suite("Operations routes")
struct OperationsRouteTests {
    @Test("/metrics answers the Prometheus text format with the data version")
    func metrics() async throws {
        let world = try await ServerWorld.make()
        try await world.test { client in
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let version = try await world.engine.snapshot().dataVersion
            #expect(response.text.contains("placeworks_data_version \(version)"), "\(response.text)")
            #expect(response.text.contains("placeworks_snapshot_age_seconds"))
        }
    }

    @Test("/health/ready is 503 with what to do once the store's schema is not the one this program needs; /health/live still answers")
    func readiness() async throws {
        let world = try await ServerWorld.make()
        let store = try #require(world.store as? SQLiteStore)
        try await world.test { client in
            #expect(try await client.execute(uri: "/health/ready", method: .get).status == .ok)
            // Another release migrated the store further while this instance runs.
            try await store.execute(sql: "INSERT INTO schema_migrations (version, name) VALUES (999, 'from-a-newer-release')")
            let ready = try await client.execute(uri: "/health/ready", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(ready.headers[.contentType] == "application/problem+json")
            #expect(ready.text.contains("newer release"), "\(ready.text)")
            #expect(try await client.execute(uri: "/health/live", method: .get).status == .ok)
        }
    }
}
