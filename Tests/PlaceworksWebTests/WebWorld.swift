import Foundation
import Hummingbird
import HummingbirdTesting
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksInterchange
import PlaceworksServer
import PlaceworksStore
import PlaceworksStoreSQLite
import PlaceworksStoreTestSupport
import Testing
@testable import PlaceworksWeb

let southwark = "E09000028"
let lewisham = "E09000023"
/// The day the example data describes.
let exampleDay: Day = "2022-04-01"

/// Every private item the fixture seeds carries this word, so a page that shows one is caught.
let secret = "CONFIDENTIAL"

/// A throwaway embedded store with the registered data and the example partnership
/// (examples/sel-2022.yaml), plus private items that must never reach a public page or feed:
/// a private meeting, a decision not taken in public, a declaration on it, and risks.
struct WebWorld: Sendable {
    let folder: URL
    let store: any DatasetStore
    let engine: Engine
    let accounts: Accounts

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func make() async throws -> WebWorld {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try await SQLiteStore.open(path: folder.appendingPathComponent("placeworks.sqlite").path)
        let registry = try Registry.standard()
        let engine = Engine(store: store, registry: registry, clock: { Date(timeIntervalSince1970: 1_700_000_000) })
        var file = try DataFile.read(Dataset.self, from: repository.appendingPathComponent("examples/sel-2022.yaml").path)
        file.meetings += fixtureMeetings
        file.risks.append(Risk(id: "web-secret-risk", place: ID(southwark), title: "\(secret) risk: provider exit",
                               likelihood: 4, impact: 4, mitigation: "\(secret) mitigation", opened: "2021-06-01"))
        file.risks.append(Risk(id: "web-lewisham-risk", place: ID(lewisham), title: "Lewisham workforce", likelihood: 3,
                               impact: 3, opened: "2021-06-01"))
        _ = try await engine.initialise(file: file, by: "setup")
        let accounts = Accounts(store: store as! any AccountStore, hashing: cheapHashing, clock: engine.clock)
        for (name, role, places) in [("admin", AccessRole.icsAdmin, [String]()), ("viewer", .viewer, []),
                                     ("swk-editor", .placeEditor, [southwark]), ("lew-editor", .placeEditor, [lewisham])] {
            try await accounts.create(name: name, password: password(name), role: role, places: places)
        }
        return WebWorld(folder: folder, store: store, engine: engine, accounts: accounts)
    }

    /// scrypt with fewer rounds than the standard, so the suites sign in quickly; the code path is the same.
    static let cheapHashing = PasswordHashing(rounds: 1 << 10, blockSize: 8, parallelism: 1)

    static func password(_ name: String) -> String { "correct horse battery staple \(name)" }

    /// Southwark's strategic board (swk-pssb) meets: once in private, once in public with a private
    /// item, once in public with times and a place, and once called off.
    static var fixtureMeetings: [Meeting] {
        [
            Meeting(id: "web-private-meeting", body: "swk-pssb", date: "2022-02-10", session: .private,
                    attendance: [Attendance("ex-swk-director", as: .member)],
                    items: [AgendaItem(id: "1", title: "\(secret) item of a private meeting",
                                       decision: Decision(id: "p1", summary: "\(secret) decision of a private meeting"))],
                    declarations: [Declaration(person: "ex-swk-director", item: "1", interest: "\(secret) interest")]),
            Meeting(id: "web-mixed-meeting", body: "swk-pssb", date: "2022-03-03", session: .publicWithPrivate,
                    attendance: [Attendance("ex-swk-director", as: .member)],
                    items: [AgendaItem(id: "1", title: "Winter plan", decision: Decision(id: "m1", summary: "Winter plan agreed")),
                            AgendaItem(id: "2", title: "\(secret) contract item",
                                       decision: Decision(id: "m2", summary: "\(secret) contract award", public: false))],
                    declarations: [Declaration(person: "ex-swk-director", item: "2", interest: "\(secret) shares"),
                                   Declaration(person: "ex-swk-director", item: "1", interest: "Trustee of a winter charity")]),
            Meeting(id: "web-timed-meeting", body: "swk-pssb", date: "2022-07-14", session: .public,
                    items: [AgendaItem(id: "1", title: "Summer review")],
                    starts: "14:00", ends: "16:30", location: "Tooley Street, London; Room 1"),
            Meeting(id: "web-cancelled-meeting", body: "swk-pssb", date: "2022-12-20", session: .public,
                    starts: "10:00", cancelled: true),
        ]
    }

    var site: WebSite { WebSite(engine: engine, accounts: accounts) }

    var application: some ApplicationProtocol {
        buildApplication(engine: engine, web: site)
    }

    /// Runs `body` with a test client of the application, then closes the store and removes it.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await closing(store, removing: folder) {
            try await application.test(.router) { client in try await body(client) }
        }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The value a `Set-Cookie` header gives cookie `name`.
    func cookie(_ name: String) -> String? {
        for header in headers[values: .setCookie] where header.hasPrefix(name + "=") {
            return String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }
}

/// A signed-in browser: the session cookie to send, and the CSRF token its forms carry.
struct Session: Sendable, Hashable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: "\(Cookies.session)=\(cookie)"] }

    /// Headers for posting a form.
    var form: HTTPFields {
        var headers = self.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return headers
    }

    /// A form body with this session's CSRF token and `fields`.
    func body(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: encode([("csrf", csrf)] + fields))
    }
}

func encode(_ fields: [(String, String)]) -> String {
    fields.map { "\(HTML.urlComponent($0.0))=\(HTML.urlComponent($0.1))" }.joined(separator: "&")
}

/// The value of the first hidden field `name` on a page.
func hidden(_ name: String, in page: String) -> String? {
    guard let range = page.range(of: "name=\"\(name)\" value=\"") else { return nil }
    return String(page[range.upperBound...].prefix { $0 != "\"" })
}

/// Signs in through the sign-in form as `name`, as a browser would.
func signIn(_ client: any TestClientProtocol, as name: String, password: String? = nil) async throws -> Session? {
    let form = try await client.execute(uri: "/sign-in", method: .get)
    guard let token = form.cookie(Cookies.signIn), let csrf = hidden("csrf", in: form.text) else { return nil }
    let response = try await client.execute(
        uri: "/sign-in", method: .post,
        headers: [.cookie: "\(Cookies.signIn)=\(token)", .contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: encode([("csrf", csrf), ("name", name), ("password", password ?? WebWorld.password(name))])))
    guard response.status == .seeOther, let cookie = response.cookie(Cookies.session) else { return nil }
    let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: "\(Cookies.session)=\(cookie)"])
    guard let sessionCSRF = hidden("csrf", in: home.text) else { return nil }
    return Session(cookie: cookie, csrf: sessionCSRF)
}

/// The addresses a page links to on this site (href="/…"), entities decoded, fragments dropped.
func links(in page: String) -> [String] {
    var found: [String] = []
    var rest = page[...]
    while let start = rest.range(of: "href=\"/") {
        let after = rest[start.upperBound...]
        guard let end = after.firstIndex(of: "\"") else { break }
        var link = "/" + after[..<end]
        link = link.replacingOccurrences(of: "&amp;", with: "&")
        if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
        found.append(link)
        rest = after[end...]
    }
    return found
}
