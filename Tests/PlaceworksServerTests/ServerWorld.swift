import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PlaceworksServer
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStoreSQLite
import PlaceworksStoreTestSupport

/// Southwark's and Lewisham's ONS codes: the two places of the standard registry's data.
let southwark = "E09000028"
let lewisham = "E09000023"

/// A throwaway embedded store seeded with the standard registry's data, an engine over it, and
/// one token for each role in the store: an ICS admin, a viewer, and a place editor for each place.
struct ServerWorld: Sendable {
    let folder: URL
    let store: any DatasetStore
    let engine: Engine
    let secrets: [String: String]

    static func make() async throws -> ServerWorld {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try await SQLiteStore.open(path: folder.appendingPathComponent("placeworks.sqlite").path)
        let registry = try Registry.standard()
        let engine = Engine(store: store, registry: registry, clock: { Date(timeIntervalSince1970: 1_700_000_000) })
        _ = try await engine.initialise(file: fixture(registry.dataset), by: "setup")
        return try await make(folder: folder, store: store, engine: engine)
    }

    /// What the shipped data lacks for the API's tests, for Southwark and Lewisham alike:
    /// fictional people holding three seats (one membership ended in 2021), a meeting with a
    /// public decision, an indicator with an observation, and a risk.
    static func fixture(_ shipped: Dataset) -> Dataset {
        var data = Dataset()
        let places = RecordPlaces(shipped)
        for (code, prefix) in [(southwark, "swk"), (lewisham, "lew")] {
            let seats = shipped.seats.filter { places.of($0)?.rawValue == code }.sorted { $0.id.rawValue < $1.id.rawValue }
            let periods = [Period(from: "2020-01-01"), Period(from: "2020-01-01", to: "2021-03-31"), Period(from: "2022-01-01")]
            for (index, period) in periods.enumerated() where index < seats.count {
                let person = ID<Person>("test-\(prefix)-person-\(index)")
                data.people.append(Person(id: person, name: "Test Person \(prefix.uppercased()) \(index)", fictional: true))
                data.memberships.append(Membership(id: ID("test-\(prefix)-membership-\(index)"), seat: seats[index].id,
                                                   person: person, period: period))
            }
            if let body = shipped.bodies.filter({ places.of($0)?.rawValue == code }).sorted(by: { $0.id.rawValue < $1.id.rawValue }).first {
                data.meetings.append(Meeting(
                    id: ID("test-\(prefix)-meeting"), body: body.id, date: "2022-06-01",
                    attendance: [Attendance(ID("test-\(prefix)-person-0"), as: .member)],
                    items: [AgendaItem(id: "1", title: "Plan", decision: Decision(id: "d1", summary: "Plan agreed"))]))
            }
            data.indicators.append(Indicator(id: ID("test-\(prefix)-indicator"), place: ID(code), name: "Emergency admissions",
                                             observations: [Observation(period: "2021/22", date: "2022-03-31", value: 10)]))
            data.risks.append(Risk(id: ID("test-\(prefix)-risk"), place: ID(code), title: "Workforce", likelihood: 3,
                                   impact: 3, opened: "2021-01-01"))
        }
        return data
    }

    /// The world over a seeded `store`, with one token of each role created in it.
    static func make(folder: URL, store: any DatasetStore, engine: Engine) async throws -> ServerWorld {
        var secrets: [String: String] = [:]
        let tokens = AccessTokens(store: store)
        for (name, role, places) in [("admin", AccessRole.icsAdmin, [String]()), ("viewer", .viewer, []),
                                     ("swk-editor", .placeEditor, [southwark]), ("lew-editor", .placeEditor, [lewisham])] {
            secrets[name] = try await tokens.create(name: name, role: role, places: places,
                                                    at: Date(timeIntervalSince1970: 0))
        }
        return ServerWorld(folder: folder, store: store, engine: engine, secrets: secrets)
    }

    var application: some ApplicationProtocol {
        buildApplication(engine: engine)
    }

    /// Runs `body` with a test client of the application, then closes the store and removes it.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await closing(store, removing: folder) {
            try await application.test(.router) { client in try await body(client) }
        }
    }

    /// Closes the store and removes it.
    func discard() async throws {
        try await closing(store, removing: folder)
    }

    /// Headers carrying the token of `name` (admin, viewer, swk-editor, lew-editor).
    func auth(_ name: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.authorization] = "Bearer \(secrets[name] ?? "none")"
        return headers
    }

    /// The first record of `kind` filed under `place` in the store now, with its version.
    func record(_ kind: RecordKind, in place: String) async throws -> (id: String, version: Int64)? {
        let snapshot = try await engine.snapshot()
        let places = RecordPlaces(snapshot.dataset)
        for record in snapshot.stored.versions.keys.filter({ $0.kind == kind }).sorted() {
            if places.place(of: record, in: snapshot.dataset) == place {
                return (record.id, snapshot.stored.versions[record] ?? 0)
            }
        }
        return nil
    }
}

extension TestResponse {
    /// The body as a JSON object.
    var object: [String: Any] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) else { return [:] }
        return value as? [String: Any] ?? [:]
    }

    var text: String { String(buffer: body) }
}

/// A JSON request body.
func json(_ object: [String: Any]) -> ByteBuffer {
    ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: object)) ?? Data())
}
