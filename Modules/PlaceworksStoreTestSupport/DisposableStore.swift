import Foundation
import PlaceworksStore

/// Runs `body`, then closes `store` and removes `folder`, whether `body` returned or threw: a test
/// world's store never outlives its test.
public func closing(_ store: any DatasetStore, removing folder: URL,
                    after body: () async throws -> Void = {}) async throws {
    do {
        try await body()
    } catch {
        try? await store.close()
        try? FileManager.default.removeItem(at: folder)
        throw error
    }
    try await store.close()
    try? FileManager.default.removeItem(at: folder)
}
