import Foundation
import Hummingbird

/// The API's OpenAPI 3.1 description, shipped with the module and served at `/openapi.json`.
public enum OpenAPIDocument {
    /// The document's bytes.
    public static let bytes: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { return Array("{}".utf8) }
        return Array(data)
    }()

    static func register(on router: Router<ServerContext>) {
        router.get("openapi.json") { _, _ in JSONResponse.make(bytes) }
    }
}
