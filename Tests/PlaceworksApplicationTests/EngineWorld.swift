import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStoreSQLite
import PlaceworksTestSupport

/// An extension that ships the test world's data (and, for upgrade tests, a changed copy of it).
struct WorldExtension: PlaceworksExtension {
    var data: Dataset
    var name: String { "Testborough" }
    var coverage: Coverage { .place(TestWorld.place) }
    func register(into registrar: inout Registrar) { registrar.add(data) }
}

/// A throwaway embedded store in a folder of its own, with engines over it.
struct EngineWorld {
    let folder: URL
    var path: String { folder.appendingPathComponent("placeworks.sqlite").path }
    let registry: Registry

    /// A new store; `seeded` loads the registry's data with `place init`'s plan.
    static func make(registry: Registry? = nil, seeded: Bool = true) async throws -> EngineWorld {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-app-\(UUID().uuidString)")
        let world = EngineWorld(folder: folder,
                                registry: try registry ?? Registry([NationalGuidance(), WorldExtension(data: TestWorld.dataset)]))
        if seeded {
            try await world.withEngine { engine in _ = try await engine.initialise(by: "setup") }
        }
        return world
    }

    /// Runs `body` with an engine over its own handle on the store (its own connections).
    func withEngine<T>(registry: Registry? = nil, _ body: (Engine) async throws -> T) async throws -> T {
        let store = try await SQLiteStore.open(path: path)
        let engine = Engine(store: store, registry: registry ?? self.registry, clock: { Date(timeIntervalSince1970: 1_700_000_000) })
        return try await store.closing { _ in try await body(engine) }
    }

    func discard() { try? FileManager.default.removeItem(at: folder) }
}

/// A seeded, repeatable source of randomness for property tests.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
